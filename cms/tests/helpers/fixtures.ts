import { randomBytes } from 'node:crypto';

import type { Core } from '@strapi/strapi';

/** Known private values, so that tests can probe for them in responses. */
export const SECRETS = {
  licenceNumber: '91310000MA1FL8XQ3K',
  contactPerson: '王秘密',
  memberEmail: 'private.member@example.cn',
  memberPhone: '13900001234',
  lotterySeed: 'seed-only-revealed-after-the-draw-7f3a',
};

const paragraph = (text: string) => [
  { type: 'paragraph' as const, children: [{ type: 'text' as const, text }] },
];

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** One published document of every public type, plus drafts and private data to probe. */
export async function createFixtures(strapi: Core.Strapi) {
  const docs = strapi.documents;

  const category = await docs('api::category.category').create({
    data: { name: '钢材金属', slug: 'gangcai-jinshu', section: 'supply', sortOrder: 1 },
  });
  const merchant = await docs('api::merchant.merchant').create({
    data: {
      reviewState: 'approved',
      name: '苏州恒信精密机械有限公司',
      slug: 'suzhou-hengxin-jingmi',
      region: '江苏·苏州',
      phone: '0512-66881234',
      licenceNumber: SECRETS.licenceNumber,
      contactPerson: SECRETS.contactPerson,
      verification: 'verified',
      tier: 'gold',
      description: paragraph('专注精密机械加工二十年。'),
      category: category.documentId,
    },
    status: 'published',
  });
  const member = await docs('plugin::users-permissions.user').create({
    data: {
      username: 'buyer01',
      email: SECRETS.memberEmail,
      phone: SECRETS.memberPhone,
      password: randomBytes(18).toString('base64'),
      provider: 'local',
      confirmed: true,
      displayName: '采购小李',
      tier: 'vip',
    },
  });
  const supply = await docs('api::product.product').create({
    data: {
      reviewState: 'approved',
      kind: 'supply',
      title: '304不锈钢板 现货供应',
      slug: '304-buxiugang-ban-xianhuo-gongying',
      summary: '厚度 0.5-20mm，可定尺开平。',
      price: 15800,
      unit: '吨',
      minOrder: 1,
      region: '江苏·无锡',
      category: category.documentId,
      merchant: merchant.documentId,
      seo: { metaTitle: '304不锈钢板现货', keywords: '不锈钢板,304' },
    },
    status: 'published',
  });
  const wanted = await docs('api::product.product').create({
    data: {
      reviewState: 'approved',
      kind: 'wanted',
      title: '求购二手挖掘机 20吨级',
      slug: 'qiugou-ershou-wajueji',
      region: '四川·成都',
      member: member.documentId,
    },
    status: 'published',
  });
  // Published, then edited: the draft holds a newer title the public must not see.
  await docs('api::product.product').update({
    documentId: supply.documentId,
    data: { title: '草稿标题 尚未审核' },
  });
  const draftOnly = await docs('api::product.product').create({
    data: {
      kind: 'supply',
      title: '未发布的草稿信息',
      slug: 'wei-fabu-de-caogao',
      price: 1,
      unit: '件',
      region: '上海',
    },
  });
  const article = await docs('api::article.article').create({
    data: {
      reviewState: 'approved',
      title: '十二月钢材行情回顾',
      slug: 'shieryue-gangcai-hangqing',
      excerpt: '本月螺纹钢价格小幅回落。',
      body: paragraph('本月螺纹钢价格小幅回落，市场观望情绪浓厚。'),
      authorName: '惠久资讯',
      tags: ['钢材', '行情'],
    },
    status: 'published',
  });
  const deal = await docs('api::deal.deal').create({
    data: {
      reviewState: 'approved',
      title: '重庆老火锅双人套餐',
      slug: 'chongqing-laohuoguo-shuangren',
      type: 'local',
      dealPrice: 128,
      originalPrice: 238,
      startsAt: inDays(-1),
      endsAt: inDays(6),
      minGroupSize: 2,
      stock: 100,
      soldCount: 12,
      merchant: merchant.documentId,
    },
    status: 'published',
  });
  const lottery = await docs('api::lottery.lottery').create({
    data: {
      reviewState: 'approved',
      title: '0元抽 智能电饭煲',
      slug: '0-yuan-chou-dianfanbao',
      prize: '智能电饭煲一台',
      entryStartsAt: inDays(-1),
      entryEndsAt: inDays(5),
      drawAt: inDays(6),
      winnerCount: 3,
      seed: SECRETS.lotterySeed,
      commitmentHash: 'f'.repeat(64),
    },
    status: 'published',
  });
  const friendLink = await docs('api::friend-link.friend-link').create({
    data: {
      reviewState: 'approved',
      name: '中国钢铁网',
      url: 'https://www.steel.example.cn',
      sortOrder: 1,
      active: true,
    },
    status: 'published',
  });
  const redirect = await docs('api::redirect.redirect').create({
    data: { fromPath: '/old-supply', toPath: '/supply', type: 'permanent' },
  });
  const existingSettings = await docs('api::global.global').findFirst();
  if (!existingSettings) {
    await docs('api::global.global').create({
      data: { siteName: '惠久商贸网', titleTemplate: '%s - 惠久商贸网' },
    });
  }

  return {
    category,
    merchant,
    member,
    supply,
    wanted,
    draftOnly,
    article,
    deal,
    lottery,
    friendLink,
    redirect,
  };
}
export type Fixtures = Awaited<ReturnType<typeof createFixtures>>;
