/** Partner sites in the footer: public bodies and industry associations. */
export const FRIEND_LINKS = [
  { name: '中国政府网', url: 'https://www.gov.cn/' },
  { name: '中华人民共和国商务部', url: 'https://www.mofcom.gov.cn/' },
  { name: '国家市场监督管理总局', url: 'https://www.samr.gov.cn/' },
  { name: '国家企业信用信息公示系统', url: 'https://www.gsxt.gov.cn/' },
  { name: '中国国际贸易促进委员会', url: 'https://www.ccpit.org/' },
  { name: '中华全国工商业联合会', url: 'https://www.acfic.org.cn/' },
  { name: '中国物流与采购联合会', url: 'https://www.chinawuliu.com.cn/' },
  { name: '中国钢铁工业协会', url: 'https://www.chinaisa.org.cn/' },
  { name: '中国纺织工业联合会', url: 'https://www.cntac.org.cn/' },
  { name: '中国石油和化学工业联合会', url: 'https://www.cpcif.org.cn/' },
] as const;

export const SITE = {
  siteName: '惠久商贸网',
  tagline: '供求信息、团购优惠与行业资讯，一站看全',
  description:
    '惠久是面向中小商家与采购方的商贸信息平台：发布供应与求购信息，参与本地与快递团购，' +
    '每天都有 0 元抽奖。',
  titleTemplate: '%s - 惠久商贸网',
  defaultSeo: {
    metaTitle: '惠久商贸网 - 供应求购信息、本地团购与行业资讯',
    metaDescription:
      '惠久商贸网汇集钢材、机械、农产品、化工、建材等行业的供应和求购信息，提供本地与快递团购、' +
      '0元抽奖和每日行业资讯，帮助中小商家找货源、找客户。',
    keywords: '供应信息,求购信息,商贸网,团购,行业资讯,0元抽奖',
    longTailKeywords: [
      '免费发布供应信息的网站',
      '哪里可以发布求购信息',
      '中小企业找货源平台',
      '本地团购优惠券',
      '钢材价格行情今日报价',
    ].join('\n'),
  },
  organization: {
    name: '惠久商贸网',
    legalName: '上海惠久信息科技有限公司',
    phone: '021-61234567',
    email: 'service@huijiu.example.cn',
    address: '上海市嘉定区叶城路1288号惠久大厦8楼',
    icpNumber: '沪ICP备2026000000号-1',
  },
  launchBanner: {
    title: '惠久商贸网正式上线',
    text: '新会员注册即送7天VIP体验，商家入驻首年免年费，0元抽奖天天开。',
    linkUrl: '/deals',
    linkLabel: '去看看',
  },
} as const;

/** A free draw, described the way the site's rules page would. */
export interface LotteryIdea {
  title: string;
  prize: string;
  prizeValue: number;
  winnerCount: number;
  story: string;
}

export const LOTTERIES: readonly LotteryIdea[] = [
  {
    title: '0元抽奖：五常稻花香大米礼盒',
    prize: '五常稻花香大米10公斤礼盒',
    prizeValue: 168,
    winnerCount: 3,
    story: '本期奖品由会员商家哈尔滨稻香米业提供，当季新米，真空包装，中奖后包邮到家。',
  },
  {
    title: '0元抽奖：智能扫地机器人',
    prize: '智能扫地机器人一台',
    prizeValue: 1999,
    winnerCount: 1,
    story: '扫拖一体，自动回充，适合一百平方米左右的家庭，中奖后由平台统一发货。',
  },
  {
    title: '0元抽奖：商务拉杆箱',
    prize: '20寸商务拉杆箱一只',
    prizeValue: 599,
    winnerCount: 2,
    story: '铝框箱体，万向静音轮，可登机尺寸，出差的生意人用得上。',
  },
];

/** How a draw works, shown under every lottery. */
export const LOTTERY_RULES = [
  '参与方式：登录惠久会员账号，在报名时间内点击“免费参与”即可，每个账号每期限参与一次，不收取任何费用。',
  '公平开奖：报名开始前，平台公布本期开奖种子的SHA-256承诺哈希；开奖后公开种子本身，任何人都可以用种子和报名编号复算中奖结果，确认平台没有事后更改。',
  '领奖说明：中奖名单在开奖后公示，姓名做脱敏处理。中奖会员请在7天内填写收货信息，逾期视为放弃。',
];

export const SUPPLY_PROMISES = [
  '欢迎来电咨询或到厂考察，可提供样品和检测报告，签订正规购销合同并开具增值税发票。',
  '我们常年做这一行，价格实在、发货及时，长期合作客户可享受月结账期。',
  '下单前可先看样或视频看货，批量采购价格另议，欢迎比价。',
];

export const SUPPLY_DELIVERIES = [
  '本地可当天送货，外省发物流专线，运费按实际结算。',
  '发货前拍照确认，支持第三方验货，货到验收合格再付尾款。',
  '合作物流覆盖全国主要城市，一般三到五天到货。',
];

export const WANTED_REASONS = ['生产需要', '工程项目需要', '年度备货', '新产线投产', '门店扩张'];

export const WANTED_PAYMENTS = [
  '货到验收合格后付款',
  '预付三成，到货付清',
  '长期合作可月结',
  '现款现货',
];
