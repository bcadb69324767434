/** A line of business of a trading or manufacturing merchant. */
export interface Industry {
  /** Key of the top-level supply category the merchant sells in. */
  supplyKey: string;
  /** How the company name ends before 有限公司, with the merchant category it belongs to. */
  names: readonly { word: string; category: string }[];
  /** What the merchant does, completing 公司主营… */
  business: string;
  /** A sentence about its plant, stock or service. */
  capabilities: readonly string[];
}

export const INDUSTRIES: readonly Industry[] = [
  {
    supplyKey: 'metals',
    names: [
      { word: '金属材料', category: 'metals' },
      { word: '钢铁贸易', category: 'wholesale' },
      { word: '不锈钢制品', category: 'metals' },
      { word: '特钢', category: 'metals' },
    ],
    business: '不锈钢板卷、建筑钢材和有色金属的销售与加工',
    capabilities: [
      '公司拥有两条开平线和多台激光切割设备，可按图纸下料加工。',
      '仓库常年备货万余吨，常用规格随到随提。',
      '与多家大型钢厂保持长期合作，资源稳定、价格透明。',
    ],
  },
  {
    supplyKey: 'machinery',
    names: [
      { word: '精密机械', category: 'machinery' },
      { word: '工程机械', category: 'machinery' },
      { word: '智能装备', category: 'machinery' },
      { word: '机械设备', category: 'wholesale' },
    ],
    business: '数控机床、工程机械和包装设备的生产、销售与维修',
    capabilities: [
      '公司拥有装配车间和检测中心，整机出厂前逐台调试。',
      '售后团队覆盖周边省份，接到报修当天响应。',
      '可承接非标设备定制，从方案设计到安装调试全程负责。',
    ],
  },
  {
    supplyKey: 'farm',
    names: [
      { word: '农业科技', category: 'agriculture' },
      { word: '粮油贸易', category: 'wholesale' },
      { word: '生态农业', category: 'agriculture' },
      { word: '农产品', category: 'agriculture' },
    ],
    business: '粮油、水果、茶叶等农副产品的种植、收购和批发',
    capabilities: [
      '公司与周边合作社签订种植协议，基地面积三千余亩。',
      '自建冷库和分选线，旺季每天可发货上百吨。',
      '常年为学校食堂、商超和餐饮连锁供货。',
    ],
  },
  {
    supplyKey: 'chemicals',
    names: [
      { word: '化工', category: 'materials' },
      { word: '新材料科技', category: 'materials' },
      { word: '塑化贸易', category: 'wholesale' },
    ],
    business: '塑料原料、工业涂料和化肥的生产与经销',
    capabilities: [
      '公司设有理化实验室，每批产品出厂前检测。',
      '在华东、华南设有中转仓库，常用牌号当天发货。',
      '持有危险化学品经营许可，运输和仓储符合规范。',
    ],
  },
  {
    supplyKey: 'textiles',
    names: [
      { word: '纺织', category: 'textiles' },
      { word: '服饰', category: 'textiles' },
      { word: '针织', category: 'textiles' },
    ],
    business: '面料织造、纱线和成品服装加工',
    capabilities: [
      '公司拥有织机两百余台、缝制工人三百余名。',
      '可承接来样加工、来图定制和贴牌生产。',
      '产品出口日韩和东南亚，执行严格的验货标准。',
    ],
  },
  {
    supplyKey: 'electronics',
    names: [
      { word: '电子科技', category: 'electronics' },
      { word: '光电科技', category: 'electronics' },
      { word: '电子元件', category: 'electronics' },
    ],
    business: '集成电路、连接器和LED照明产品的研发与销售',
    capabilities: [
      '公司建有SMT贴片线和老化测试房，品质可控。',
      '常用元器件现货库存数千种，支持配单和小批量采购。',
      '研发团队可根据客户需求开发非标产品。',
    ],
  },
  {
    supplyKey: 'building',
    names: [
      { word: '建材', category: 'materials' },
      { word: '新型建材', category: 'materials' },
      { word: '装饰材料', category: 'materials' },
      { word: '门窗', category: 'materials' },
    ],
    business: '水泥、瓷砖、板材和门窗的销售与工程配套',
    capabilities: [
      '公司为多个住宅和市政项目供货，工程经验丰富。',
      '自有车队和仓储场地，可按工期分批配送。',
      '提供从选样、测量到安装的一站式服务。',
    ],
  },
  {
    supplyKey: 'hardware',
    names: [
      { word: '五金制品', category: 'manufacturing' },
      { word: '工具', category: 'manufacturing' },
    ],
    business: '紧固件、手动工具和电动工具的生产与批发',
    capabilities: [
      '公司拥有冷镦、热处理和电镀配套，产业链完整。',
      '产品通过多项质量体系认证，长期供应五金批发市场。',
      '支持贴牌加工，最小起订量灵活。',
    ],
  },
  {
    supplyKey: 'packaging',
    names: [
      { word: '包装材料', category: 'manufacturing' },
      { word: '印刷包装', category: 'manufacturing' },
    ],
    business: '纸箱、包装袋和标签的设计、印刷与生产',
    capabilities: [
      '公司拥有多色印刷机和自动糊箱线，打样快、交期短。',
      '使用环保油墨和食品级材料，可提供检测报告。',
      '为众多电商卖家和食品企业提供包装配套。',
    ],
  },
];

/** Shop names (字号) a company may trade under; each is used once. */
export const TRADE_NAMES = [
  '恒信',
  '鑫源',
  '华泰',
  '顺达',
  '宏远',
  '金鼎',
  '瑞丰',
  '天成',
  '永盛',
  '博创',
  '汇通',
  '佳禾',
  '信诚',
  '中润',
  '立达',
  '福源',
  '久安',
  '明辉',
  '祥和',
  '锦程',
  '东升',
  '润丰',
  '嘉禾',
  '凯越',
  '盛隆',
  '新航',
  '广联',
  '同鑫',
  '丰泰',
  '华瑞',
  '长青',
  '宏达',
] as const;

export const COMPANY_SUFFIXES = ['有限公司', '有限公司', '有限公司', '股份有限公司'] as const;

export const MOTTOS = [
  '诚信为本、质量第一',
  '客户至上、合作共赢',
  '以质量求生存，以信誉求发展',
  '专注品质，服务至上',
  '踏实做事，长久经营',
] as const;

/** One group-buy a shop offers. */
export interface Offering {
  name: string;
  originalPrice: number;
  dealPrice: number;
  /** What is included, listed on the deal page. */
  contents: readonly string[];
  /** Deal category key. */
  category: string;
}

/** A shop or producer that sells to consumers through deals. */
export interface ConsumerMerchant {
  name: string;
  /** How deal titles name the shop. */
  shortName: string;
  region: string;
  district: string;
  /** Merchant category key. */
  category: string;
  /** Redeemed in the shop, or sent by courier. */
  dealType: 'local' | 'shipped';
  summary: string;
  about: string;
  /** Opening hours (local) or courier (shipped). */
  hoursOrCourier: string;
  /** Title suffix of shipped deals. */
  shippingTag?: string;
  offerings: readonly Offering[];
}

export const CONSUMER_MERCHANTS: readonly ConsumerMerchant[] = [
  {
    name: '蜀香记火锅（春熙路店）',
    shortName: '蜀香记火锅',
    region: '四川·成都',
    district: '锦江区',
    category: 'dining',
    dealType: 'local',
    summary: '成都本地老牌火锅，牛油锅底现炒，毛肚鸭肠每日鲜切。',
    about:
      '蜀香记开业十余年，坚持每天现炒牛油底料，毛肚、鸭肠、黄喉当天采购当天售完。店内有大厅和六个包间，适合朋友聚餐和公司团建。',
    hoursOrCourier: '11:00-次日02:00',
    offerings: [
      {
        name: '双人精品套餐',
        originalPrice: 398,
        dealPrice: 168,
        contents: [
          '鸳鸯锅底',
          '精品肥牛',
          '鲜毛肚',
          '鸭肠',
          '手打虾滑',
          '时令蔬菜拼盘',
          '酸梅汤两杯',
        ],
        category: 'hotpot',
      },
      {
        name: '4-6人欢聚套餐',
        originalPrice: 798,
        dealPrice: 398,
        contents: [
          '九宫格锅底',
          '雪花肥牛',
          '千层毛肚',
          '鲜鸭血',
          '耗儿鱼',
          '手工酥肉',
          '蔬菜拼盘',
        ],
        category: 'hotpot',
      },
      {
        name: '100元代金券',
        originalPrice: 100,
        dealPrice: 79,
        contents: ['全场通用，可叠加使用两张'],
        category: 'hotpot',
      },
    ],
  },
  {
    name: '老码头重庆火锅（观音桥店）',
    shortName: '老码头火锅',
    region: '重庆·渝北',
    district: '江北区',
    category: 'dining',
    dealType: 'local',
    summary: '重庆老火锅，九宫格铜锅，麻辣鲜香。',
    about:
      '老码头沿用老重庆的铜锅和九宫格吃法，底料选用石柱辣椒和汉源花椒，麻辣够劲。门店位于商圈步行街旁，地铁站出口步行五分钟。',
    hoursOrCourier: '10:30-次日01:00',
    offerings: [
      {
        name: '经典牛油锅底双人餐',
        originalPrice: 326,
        dealPrice: 139,
        contents: ['牛油锅底', '鲜毛肚', '黄喉', '嫩牛肉', '鸭肠', '豆皮', '冰粉两份'],
        category: 'hotpot',
      },
      {
        name: '三至四人套餐',
        originalPrice: 568,
        dealPrice: 268,
        contents: ['九宫格锅底', '鲜毛肚', '腰片', '鹅肠', '麻辣牛肉', '虾滑', '蔬菜拼盘'],
        category: 'hotpot',
      },
    ],
  },
  {
    name: '江南小馆（工业园区店）',
    shortName: '江南小馆',
    region: '江苏·苏州',
    district: '工业园区',
    category: 'dining',
    dealType: 'local',
    summary: '地道苏帮菜，松鼠鳜鱼和响油鳝糊是招牌。',
    about:
      '江南小馆的厨师团队来自老字号苏帮菜馆，菜品讲究时令，春有腌笃鲜，秋有大闸蟹。店内装修是江南园林风格，适合家宴和商务宴请。',
    hoursOrCourier: '11:00-14:00，17:00-21:30',
    offerings: [
      {
        name: '苏帮菜四人餐',
        originalPrice: 688,
        dealPrice: 358,
        contents: ['松鼠鳜鱼', '响油鳝糊', '樱桃肉', '清炒河虾仁', '时令蔬菜', '莼菜银鱼羹'],
        category: 'local-cuisine',
      },
      {
        name: '工作日单人商务午餐',
        originalPrice: 88,
        dealPrice: 49,
        contents: ['两荤一素', '例汤', '米饭', '餐后水果'],
        category: 'local-cuisine',
      },
      {
        name: '家宴十人桌',
        originalPrice: 1888,
        dealPrice: 1288,
        contents: ['八道热菜', '四道冷盘', '一道汤', '两道点心', '时令水果拼盘'],
        category: 'local-cuisine',
      },
    ],
  },
  {
    name: '拾味自助餐厅',
    shortName: '拾味自助',
    region: '浙江·杭州',
    district: '滨江区',
    category: 'dining',
    dealType: 'local',
    summary: '两百多种菜品的海鲜自助，现烤牛排和刺身畅吃。',
    about:
      '拾味自助餐厅面积一千二百平方米，设有海鲜、烧烤、日料、甜品等八个档口，菜品两百余种，海鲜每日从舟山直送。',
    hoursOrCourier: '11:00-14:30，17:00-21:00',
    offerings: [
      {
        name: '工作日午市自助餐',
        originalPrice: 168,
        dealPrice: 99,
        contents: ['成人午市自助一位', '含软饮和甜品'],
        category: 'buffet',
      },
      {
        name: '周末晚市海鲜自助',
        originalPrice: 258,
        dealPrice: 168,
        contents: ['成人晚市自助一位', '含现烤牛排、刺身和生蚝'],
        category: 'buffet',
      },
      {
        name: '儿童自助餐',
        originalPrice: 88,
        dealPrice: 49,
        contents: ['身高1.2-1.4米儿童自助一位'],
        category: 'buffet',
      },
    ],
  },
  {
    name: '半岛咖啡烘焙',
    shortName: '半岛咖啡',
    region: '福建·厦门',
    district: '湖里区',
    category: 'dining',
    dealType: 'local',
    summary: '海边的小咖啡馆，自家烘焙豆子，蛋糕每日现做。',
    about:
      '半岛咖啡由两位咖啡师创办，咖啡豆每周小批量烘焙，甜品使用动物奶油现做现卖。店里有一面朝海的落地窗，是很多人周末看书的地方。',
    hoursOrCourier: '09:00-22:00',
    offerings: [
      {
        name: '双人下午茶套餐',
        originalPrice: 156,
        dealPrice: 79,
        contents: ['任选咖啡两杯', '司康两个', '当日蛋糕一块'],
        category: 'cafe',
      },
      {
        name: '6寸鲜奶油蛋糕',
        originalPrice: 198,
        dealPrice: 118,
        contents: ['6寸动物奶油蛋糕一个', '含蜡烛和餐具'],
        category: 'cafe',
      },
    ],
  },
  {
    name: '星光KTV（万达店）',
    shortName: '星光KTV',
    region: '湖南·长沙',
    district: '岳麓区',
    category: 'leisure',
    dealType: 'local',
    summary: '音响效果好、曲库更新快的量贩式KTV。',
    about:
      '星光KTV有大中小包厢四十余间，音响系统专业调校，曲库每周更新。包厢内可点自助小吃，生日聚会可免费布置。',
    hoursOrCourier: '12:00-次日06:00',
    offerings: [
      {
        name: '欢唱3小时（小包）',
        originalPrice: 288,
        dealPrice: 98,
        contents: ['小包欢唱3小时', '果盘一份', '纯净水四瓶'],
        category: 'ktv',
      },
      {
        name: '周末欢唱套餐含果盘',
        originalPrice: 498,
        dealPrice: 228,
        contents: ['中包欢唱4小时', '果盘一份', '小吃两份', '啤酒一打'],
        category: 'ktv',
      },
    ],
  },
  {
    name: '迷城密室逃脱',
    shortName: '迷城密室',
    region: '湖北·武汉',
    district: '汉阳区',
    category: 'leisure',
    dealType: 'local',
    summary: '实景机关密室和原创剧本杀，每个主题都有真人演员。',
    about:
      '迷城有八个实景主题和二十多个剧本杀本子，场景全部自主搭建，机关和灯光效果讲究。每场都有主持人全程带领，新手也能玩得明白。',
    hoursOrCourier: '10:00-次日01:00',
    offerings: [
      {
        name: '主题密室双人票',
        originalPrice: 276,
        dealPrice: 168,
        contents: ['任选主题密室一场', '两人', '约90分钟'],
        category: 'escape-room',
      },
      {
        name: '6人剧本杀包场',
        originalPrice: 720,
        dealPrice: 468,
        contents: ['任选剧本一本', '六人包场', '含主持人和茶水'],
        category: 'escape-room',
      },
    ],
  },
  {
    name: '西安光影国际影城',
    shortName: '光影影城',
    region: '陕西·西安',
    district: '雁塔区',
    category: 'leisure',
    dealType: 'local',
    summary: '九个放映厅，含激光巨幕厅和情侣厅。',
    about:
      '光影国际影城共有九个放映厅，全部采用激光放映，其中一个是巨幕厅。影城位于购物中心五楼，停车方便。',
    hoursOrCourier: '09:30-次日00:30',
    offerings: [
      {
        name: '2D/3D通兑电影票',
        originalPrice: 80,
        dealPrice: 35.9,
        contents: ['2D或3D电影票一张', '巨幕厅需补差价'],
        category: 'cinema',
      },
      {
        name: '双人观影套餐含爆米花',
        originalPrice: 168,
        dealPrice: 79,
        contents: ['电影票两张', '中份爆米花一桶', '可乐两杯'],
        category: 'cinema',
      },
    ],
  },
  {
    name: '悦己美发沙龙',
    shortName: '悦己美发',
    region: '广东·深圳',
    district: '南山区',
    category: 'services',
    dealType: 'local',
    summary: '资深设计师一对一设计，进口染膏，不推销办卡。',
    about:
      '悦己美发的设计师平均从业八年以上，先沟通脸型和打理习惯再动剪刀。店里明码标价，不强制推销办卡，这是很多老顾客回头的原因。',
    hoursOrCourier: '10:00-22:00',
    offerings: [
      {
        name: '设计师洗剪吹',
        originalPrice: 128,
        dealPrice: 58,
        contents: ['洗发', '设计师剪发', '造型吹发'],
        category: 'beauty',
      },
      {
        name: '烫染护理套餐',
        originalPrice: 880,
        dealPrice: 398,
        contents: ['烫发或染发任选一项', '深层护理一次', '洗剪吹'],
        category: 'beauty',
      },
    ],
  },
  {
    name: '洁亮汽车美容服务中心',
    shortName: '洁亮汽车美容',
    region: '山东·济南',
    district: '历城区',
    category: 'services',
    dealType: 'local',
    summary: '手工精洗、打蜡镀晶和内饰清洁，老师傅操作。',
    about:
      '洁亮汽车美容坚持手工洗车，使用中性洗车液和分桶清洗，避免划伤车漆。店内有休息区和免费无线网络，洗车期间可以坐着等候。',
    hoursOrCourier: '08:00-19:00',
    offerings: [
      {
        name: '标准洗车5次卡',
        originalPrice: 200,
        dealPrice: 99,
        contents: ['五座轿车标准洗车五次', '含轮毂清洁和内饰吸尘'],
        category: 'carwash',
      },
      {
        name: '精洗打蜡套餐',
        originalPrice: 298,
        dealPrice: 158,
        contents: ['全车精洗', '手工打蜡', '轮胎上光'],
        category: 'carwash',
      },
      {
        name: '汽车内饰深度清洁',
        originalPrice: 398,
        dealPrice: 218,
        contents: ['座椅清洗', '顶棚和地毯清洁', '空调出风口消毒'],
        category: 'carwash',
      },
    ],
  },
  {
    name: '上海安心家政服务有限公司',
    shortName: '安心家政',
    region: '上海·嘉定',
    district: '嘉定区',
    category: 'services',
    dealType: 'local',
    summary: '持证保洁员上门，工具自带，服务后满意再确认。',
    about:
      '安心家政的保洁员都经过岗前培训和健康体检，上门自带专业工具和清洁剂。每次服务结束后由客户验收，不满意可免费返工。',
    hoursOrCourier: '08:00-20:00',
    offerings: [
      {
        name: '日常保洁3小时',
        originalPrice: 180,
        dealPrice: 119,
        contents: ['一名保洁员上门三小时', '含厨房和卫生间清洁'],
        category: 'housekeeping',
      },
      {
        name: '油烟机深度清洗',
        originalPrice: 260,
        dealPrice: 149,
        contents: ['拆洗油烟机一台', '含灶台清洁'],
        category: 'housekeeping',
      },
    ],
  },
  {
    name: '寿光绿源蔬菜专业合作社',
    shortName: '绿源合作社',
    region: '山东·寿光',
    district: '孙家集街道',
    category: 'agriculture',
    dealType: 'shipped',
    summary: '寿光大棚蔬菜基地，早上采摘，当天发货。',
    about:
      '绿源合作社有社员一百二十多户，蔬菜大棚三百余个，统一施肥和用药记录，每批蔬菜都做农残快检。',
    hoursOrCourier: '顺丰冷运',
    shippingTag: '基地直发 冷链包邮',
    offerings: [
      {
        name: '有机蔬菜礼盒 5kg',
        originalPrice: 168,
        dealPrice: 89,
        contents: ['黄瓜', '西红柿', '彩椒', '西兰花', '紫甘蓝', '茄子', '共约5公斤'],
        category: 'fresh',
      },
      {
        name: '樱桃番茄 3斤装',
        originalPrice: 59,
        dealPrice: 32.8,
        contents: ['大棚樱桃番茄约3斤', '单果15-25克'],
        category: 'fresh',
      },
      {
        name: '黄瓜西红柿组合 5斤',
        originalPrice: 45,
        dealPrice: 25.9,
        contents: ['水果黄瓜约2.5斤', '普罗旺斯西红柿约2.5斤'],
        category: 'fresh',
      },
    ],
  },
  {
    name: '南昌橙乡果业有限公司',
    shortName: '橙乡果业',
    region: '江西·南昌',
    district: '南昌县',
    category: 'agriculture',
    dealType: 'shipped',
    summary: '赣南脐橙产地直发，树上熟了再摘。',
    about:
      '橙乡果业在赣南有合作果园两千余亩，脐橙全部等到自然成熟后采摘，不打蜡、不染色，分选后直接装箱发货。',
    hoursOrCourier: '中通快递',
    shippingTag: '产地直发 全国包邮',
    offerings: [
      {
        name: '赣南脐橙 10斤装',
        originalPrice: 79,
        dealPrice: 45.8,
        contents: ['脐橙约10斤', '果径70-80mm'],
        category: 'fresh',
      },
      {
        name: '赣南脐橙 20斤家庭装',
        originalPrice: 139,
        dealPrice: 79,
        contents: ['脐橙约20斤', '果径75-85mm'],
        category: 'fresh',
      },
    ],
  },
  {
    name: '哈尔滨稻香米业有限公司',
    shortName: '稻香米业',
    region: '黑龙江·哈尔滨',
    district: '松北区',
    category: 'wholesale',
    dealType: 'shipped',
    summary: '黑土地上的当季新米，现磨现发。',
    about:
      '稻香米业与五常、方正等地的种植户合作，稻谷低温储存，按订单现磨现发，保证大米的香味和口感。',
    hoursOrCourier: '韵达快递',
    shippingTag: '当季新米 全国包邮',
    offerings: [
      {
        name: '五常稻花香大米 10kg',
        originalPrice: 198,
        dealPrice: 118,
        contents: ['五常稻花香大米10公斤', '真空包装'],
        category: 'groceries',
      },
      {
        name: '东北长粒香大米 5kg×2袋',
        originalPrice: 119,
        dealPrice: 69.9,
        contents: ['长粒香大米5公斤两袋'],
        category: 'groceries',
      },
    ],
  },
  {
    name: '泉州茗香茶业有限公司',
    shortName: '茗香茶业',
    region: '福建·泉州',
    district: '安溪县',
    category: 'agriculture',
    dealType: 'shipped',
    summary: '安溪铁观音，自有茶园，传统工艺制作。',
    about: '茗香茶业的茶园位于安溪高山，海拔八百米以上，坚持传统摇青和炭焙工艺，每年春秋两季制茶。',
    hoursOrCourier: '顺丰快递',
    shippingTag: '茶园直发 顺丰包邮',
    offerings: [
      {
        name: '安溪铁观音 250g 礼盒',
        originalPrice: 298,
        dealPrice: 158,
        contents: ['清香型铁观音250克', '礼盒一个', '手提袋一个'],
        category: 'groceries',
      },
      {
        name: '清香型铁观音 500g 口粮茶',
        originalPrice: 168,
        dealPrice: 98,
        contents: ['铁观音500克', '真空小泡装约70泡'],
        category: 'groceries',
      },
    ],
  },
  {
    name: '义乌优品家居用品有限公司',
    shortName: '优品家居',
    region: '浙江·义乌',
    district: '北苑街道',
    category: 'wholesale',
    dealType: 'shipped',
    summary: '床品、收纳和厨房用品，工厂直供。',
    about:
      '优品家居在义乌国际商贸城设有展厅，产品覆盖床上用品、收纳整理和厨房用品，与多家工厂长期合作。',
    hoursOrCourier: '圆通快递',
    shippingTag: '包邮到家',
    offerings: [
      {
        name: '全棉四件套 1.8米床',
        originalPrice: 399,
        dealPrice: 169,
        contents: ['被套200×230cm', '床单245×250cm', '枕套两只'],
        category: 'home',
      },
      {
        name: '加厚收纳箱 3只装',
        originalPrice: 99,
        dealPrice: 49.9,
        contents: ['60升收纳箱三只', '带滑轮和盖子'],
        category: 'home',
      },
    ],
  },
  {
    name: '深圳声浪电子科技有限公司',
    shortName: '声浪电子',
    region: '广东·深圳',
    district: '龙华区',
    category: 'wholesale',
    dealType: 'shipped',
    summary: '耳机、充电宝和智能手环，自有工厂品质可控。',
    about: '声浪电子专注消费电子配件，产品通过国家强制性认证，所有产品提供一年质保，质量问题换新。',
    hoursOrCourier: '顺丰快递',
    shippingTag: '一年质保 顺丰包邮',
    offerings: [
      {
        name: '无线蓝牙耳机',
        originalPrice: 299,
        dealPrice: 129,
        contents: ['蓝牙耳机一副', '充电仓', '充电线'],
        category: 'digital',
      },
      {
        name: '便携充电宝 20000mAh',
        originalPrice: 159,
        dealPrice: 79,
        contents: ['充电宝一个', '双向快充数据线'],
        category: 'digital',
      },
      {
        name: '智能运动手环',
        originalPrice: 199,
        dealPrice: 99,
        contents: ['手环一只', '磁吸充电线'],
        category: 'digital',
      },
    ],
  },
];
