/**
 * The public surface of the REST API, in one place: which content types anonymous callers and
 * the site's read token may read, and what each route populates. Route files, the Public role's
 * permissions and the site token are all derived from this list.
 */

/** Only the columns of an image a page needs; the rest is storage detail. */
const image = { fields: ['url', 'alternativeText', 'width', 'height', 'mime', 'formats'] };
const seo = { populate: { ogImage: image } };
const categorySummary = { fields: ['name', 'slug', 'section'] };
const merchantSummary = {
  fields: ['name', 'slug', 'region', 'verification', 'tier'],
  populate: { logo: image },
};

export type Populate = Record<string, unknown>;

interface PublicType {
  /** Core actions readable by the public; single types only have `find`. */
  actions: readonly ('find' | 'findOne')[];
  /** What every read of this type populates; clients cannot widen it. */
  populate: Populate;
}

export const PUBLIC_TYPES = {
  'api::global.global': {
    actions: ['find'],
    populate: {
      defaultSeo: seo,
      organization: { populate: { logo: image } },
      launchBanner: true,
    },
  },
  'api::category.category': {
    actions: ['find', 'findOne'],
    populate: { parent: categorySummary, seo },
  },
  'api::product.product': {
    actions: ['find', 'findOne'],
    populate: { images: image, category: categorySummary, merchant: merchantSummary, seo },
  },
  'api::article.article': {
    actions: ['find', 'findOne'],
    populate: { cover: image, category: categorySummary, seo },
  },
  'api::deal.deal': {
    actions: ['find', 'findOne'],
    populate: { images: image, merchant: merchantSummary, category: categorySummary, seo },
  },
  'api::lottery.lottery': {
    actions: ['find', 'findOne'],
    populate: { images: image, seo },
  },
  'api::merchant.merchant': {
    actions: ['find', 'findOne'],
    populate: { logo: image, category: categorySummary, seo },
  },
  'api::friend-link.friend-link': {
    actions: ['find', 'findOne'],
    populate: { logo: image },
  },
  'api::redirect.redirect': {
    actions: ['find', 'findOne'],
    populate: {},
  },
} as const satisfies Record<string, PublicType>;

export type PublicTypeUid = keyof typeof PUBLIC_TYPES;

/** Public writes: visitors may send feedback, and nothing else, without an account. */
export const PUBLIC_WRITE_ACTIONS = ['api::feedback.feedback.create'] as const;

/**
 * What the site forwards for members: joining, logging in and out, and a member's own account,
 * listings, merchant application, deal proposals and lottery entries. Only the site's write
 * token may call these; see `api/member`.
 */
export const MEMBER_ACTIONS = [
  'api::member.member.signUp',
  'api::member.member.logIn',
  'api::member.member.logOut',
  'api::member.member.account',
  'api::member.member.postListing',
  'api::member.member.applyForMerchant',
  'api::member.member.proposeDeal',
  'api::member.member.enterLottery',
] as const;

/** Reads for the site's server alone: the sitemap feed, cheap per row but large in bulk. */
export const SITE_ONLY_READ_ACTIONS = [
  'api::sitemap.sitemap.summary',
  'api::sitemap.sitemap.slice',
] as const;

/** `api::deal.deal.find`, … for every public read. */
export const PUBLIC_READ_ACTIONS: string[] = Object.entries(PUBLIC_TYPES).flatMap(([uid, type]) =>
  type.actions.map((action) => `${uid}.${action}`),
);

/** Router options for a public type: its read routes only, each with its default populate. */
export function publicReadRouter(uid: PublicTypeUid) {
  const { actions, populate } = PUBLIC_TYPES[uid];
  const middlewares = [{ name: 'global::default-populate', config: { populate } }];

  return {
    only: [...actions],
    config: Object.fromEntries(actions.map((action) => [action, { middlewares }])),
  };
}
