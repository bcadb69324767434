import type { Core } from '@strapi/strapi';

/**
 * Chinese labels for the admin's edit and list views, and the field that names a document in
 * relation pickers. Strapi labels fields with their API names (`dealPrice`) until someone
 * renames them by hand; editors here work in Chinese.
 */
const SHARED = {
  title: '标题',
  slug: '网址别名',
  summary: '简介',
  body: '正文',
  images: '图片',
  region: '地区',
  category: '分类',
  merchant: '商家',
  featured: '推荐',
  seo: 'SEO 设置',
  createdAt: '创建时间',
  updatedAt: '更新时间',
  publishedAt: '发布时间',
  reviewState: '审核状态',
  reviewNote: '审核意见',
  publishAt: '定时发布（审核通过后到点自动发布）',
  unpublishAt: '定时下线',
};

/**
 * Fields the review panel beside the form shows and moves; in the form they would go stale as
 * soon as the panel moves the entry, and the server ignores them there anyway.
 */
const PANEL_FIELDS = new Set(['reviewState', 'reviewNote']);

const CONTENT_TYPES: Record<string, { mainField: string; labels: Record<string, string> }> = {
  'api::product.product': {
    mainField: 'title',
    labels: {
      ...SHARED,
      kind: '信息类型',
      price: '价格（元）',
      unit: '计量单位',
      minOrder: '起订量',
      validUntil: '有效期至',
      member: '发布会员',
    },
  },
  'api::article.article': {
    mainField: 'title',
    labels: { ...SHARED, excerpt: '摘要', cover: '封面', authorName: '作者', tags: '标签' },
  },
  'api::deal.deal': {
    mainField: 'title',
    labels: {
      ...SHARED,
      type: '团购类型',
      dealPrice: '团购价（元）',
      originalPrice: '原价（元）',
      startsAt: '开始时间',
      endsAt: '结束时间',
      minGroupSize: '成团人数',
      stock: '库存',
      soldCount: '已售',
      vipOnly: '仅限 VIP',
      vipPrice: 'VIP 价（元）',
      terms: '使用或配送说明',
    },
  },
  'api::lottery.lottery': {
    mainField: 'title',
    labels: {
      ...SHARED,
      prize: '奖品',
      prizeValue: '奖品价值（元）',
      description: '活动说明',
      entryStartsAt: '报名开始',
      entryEndsAt: '报名截止',
      drawAt: '开奖时间',
      winnerCount: '中奖人数',
      commitmentHash: '承诺哈希',
      seed: '开奖种子（开奖前保密）',
      revealedSeed: '已公布的种子',
      winners: '中奖名单',
      entryCount: '开奖时的报名人数',
    },
  },
  'api::lottery-entry.lottery-entry': {
    mainField: 'entryNumber',
    labels: {
      lottery: '抽奖活动',
      member: '会员',
      lotteryKey: '抽奖标识',
      memberKey: '会员标识',
      entryNumber: '报名编号',
      createdAt: '报名时间',
      updatedAt: '更新时间',
    },
  },
  'api::merchant.merchant': {
    mainField: 'name',
    labels: {
      ...SHARED,
      name: '商家名称',
      logo: '标志',
      summary: '一句话介绍',
      description: '商家介绍',
      address: '详细地址',
      phone: '联系电话',
      licenceNumber: '营业执照号（不公开）',
      contactPerson: '联系人（不公开）',
      verification: '认证状态',
      tier: '会员等级',
      products: '供求信息',
      deals: '团购',
      member: '申请会员（不公开）',
    },
  },
  'api::category.category': {
    mainField: 'name',
    labels: {
      ...SHARED,
      name: '分类名称',
      section: '所属栏目',
      description: '说明',
      sortOrder: '排序',
      parent: '上级分类',
      children: '下级分类',
    },
  },
  'api::feedback.feedback': {
    mainField: 'message',
    labels: {
      ...SHARED,
      kind: '反馈类型',
      message: '反馈内容',
      contact: '联系方式（不公开）',
      pageUrl: '所在页面',
      userAgent: '浏览器',
      status: '处理状态',
      internalNote: '内部备注',
    },
  },
  'api::friend-link.friend-link': {
    mainField: 'name',
    labels: {
      ...SHARED,
      name: '网站名称',
      url: '网址',
      logo: '标志',
      sortOrder: '排序',
      active: '启用',
    },
  },
  'api::redirect.redirect': {
    mainField: 'fromPath',
    labels: {
      ...SHARED,
      fromPath: '原路径',
      toPath: '目标（已下线时留空）',
      type: '类型（permanent 永久 301 / temporary 临时 302 / gone 已下线 410）',
    },
  },
  'api::global.global': {
    mainField: 'siteName',
    labels: {
      ...SHARED,
      siteName: '网站名称',
      tagline: '口号',
      description: '网站描述',
      titleTemplate: '标题模板（%s 为页面标题）',
      defaultSeo: '默认 SEO',
      organization: '机构信息',
      baiduVerification: '百度站长验证码',
      googleVerification: 'Google 验证码',
      launchBanner: '首页推广横幅',
      endedDeals: '已结束团购（index 保留收录 / noindex 不再收录 / redirect 跳到分类）',
      listingQuotaBasic: '普通会员每月可发布信息条数',
      listingQuotaVip: 'VIP 会员每月可发布信息条数',
    },
  },
};

/**
 * The components' fields. SEO staff spend their day in `shared.seo`, so its labels say what
 * each field does on the page (README, "SEO: which field does what").
 */
const COMPONENTS: Record<string, Record<string, string>> = {
  'shared.seo': {
    metaTitle: 'SEO 标题（整句照用，不套标题模板）',
    metaDescription: 'SEO 描述',
    keywords: '关键词（逗号分隔）',
    longTailKeywords: '长尾关键词（每行一个或逗号分隔）',
    canonicalUrl: '规范网址（留空即本页地址）',
    noindex: '不让搜索引擎收录',
    ogImage: '分享图片',
    structuredData: '结构化数据（JSON-LD，填写后替换自动生成的）',
  },
  'shared.organization': {
    name: '名称',
    legalName: '工商注册名称',
    logo: '标志',
    phone: '电话',
    email: '电子邮箱',
    address: '地址',
    icpNumber: 'ICP 备案号',
  },
  'shared.banner': {
    title: '标题',
    text: '文字',
    linkUrl: '链接地址',
    linkLabel: '链接文字',
    active: '启用',
    startsAt: '开始时间',
    endsAt: '结束时间',
  },
};

interface FieldMetadata {
  edit?: { label?: string; visible?: boolean };
  list?: { label?: string };
}

interface Configuration {
  settings: { mainField?: string } & Record<string, unknown>;
  metadatas: Record<string, FieldMetadata>;
  layouts: unknown;
}

/** The content manager's configuration service of content types or of components. */
interface ConfigurationService {
  findConfiguration(model: { uid: string }): Promise<unknown>;
  updateConfiguration(model: { uid: string }, configuration: Configuration): Promise<unknown>;
}

/**
 * Labels one content type's or component's fields; a label still equal to Strapi's default (the
 * field's API name) is replaced, one an administrator changed by hand is kept.
 */
async function labelFields(
  service: ConfigurationService,
  uid: string,
  labels: Record<string, string>,
  mainField?: string,
): Promise<void> {
  const configuration = (await service.findConfiguration({ uid })) as Configuration;
  let changed = false;

  for (const [field, metadata] of Object.entries(configuration.metadatas)) {
    if (PANEL_FIELDS.has(field) && metadata.edit && metadata.edit.visible !== false) {
      metadata.edit.visible = false;
      changed = true;
    }
    const label = labels[field];
    if (!label) continue;
    for (const view of [metadata.edit, metadata.list]) {
      if (view && (view.label === field || view.label === undefined)) {
        view.label = label;
        changed = true;
      }
    }
  }
  if (mainField && configuration.settings.mainField === 'id') {
    configuration.settings.mainField = mainField;
    changed = true;
  }

  if (changed) {
    const { settings, metadatas, layouts } = configuration;
    await service.updateConfiguration({ uid }, { settings, metadatas, layouts });
  }
}

/** Gives the fields of every content type and component their Chinese labels. */
export async function applyChineseAdminLabels(strapi: Core.Strapi): Promise<void> {
  const contentManager = strapi.plugin('content-manager');
  const contentTypes = contentManager.service('content-types') as ConfigurationService;
  const components = contentManager.service('components') as ConfigurationService;

  for (const [uid, { mainField, labels }] of Object.entries(CONTENT_TYPES)) {
    await labelFields(contentTypes, uid, labels, mainField);
  }
  for (const [uid, labels] of Object.entries(COMPONENTS)) {
    await labelFields(components, uid, labels);
  }
}
