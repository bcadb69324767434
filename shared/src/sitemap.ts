/**
 * The contract of the CMS's lean sitemap feed (`/api/sitemap` and `/api/sitemap/{section}`),
 * which the site reads to write its sitemaps. Both sides import it, so a section added on one
 * side is known to the other.
 */

/** The feed's sections, in the order the CMS lists them. */
export const SITEMAP_SECTIONS = [
  'products',
  'deals',
  'news',
  'merchants',
  'lotteries',
  'categories',
] as const;
export type SitemapSection = (typeof SITEMAP_SECTIONS)[number];

/** Most rows the feed hands out per request; the site asks window after window. */
export const SITEMAP_WINDOW = 5000;

/** The sitemap protocol's own limit of URLs in one sitemap file. */
export const MAX_URLS_PER_SITEMAP = 50_000;
