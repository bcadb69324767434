import type { Section } from './category.js';

/**
 * The site's URL scheme, in one place: the site links with it, the CMS uses it to record old
 * paths when a slug changes or a page goes offline, and the sitemap lists it.
 */

/** Where each section's list lives on the site. */
export const SECTION_PATHS: Record<Section, string> = {
  supply: '/supply',
  wanted: '/wanted',
  deal: '/deals',
  news: '/news',
  merchant: '/merchants',
};

/** A category's list within its own section, e.g. /supply/c/gangcai-jinshu. */
export const categoryPath = (category: { section: Section; slug: string }): string =>
  `${SECTION_PATHS[category.section]}/c/${category.slug}`;

/** Kinds of page that show one document, and the folder each lives under. */
export const DETAIL_FOLDERS = {
  product: '/products',
  deal: '/deals',
  article: '/news',
  merchant: '/merchants',
  lottery: '/lottery',
} as const;
export type DetailKind = keyof typeof DETAIL_FOLDERS;

/** A document's own page, e.g. /deals/shuangshiyi-dianfanbao. */
export const detailPath = (kind: DetailKind, slug: string): string =>
  `${DETAIL_FOLDERS[kind]}/${slug}`;
