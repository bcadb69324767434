import {
  categoryPath,
  detailPath,
  SITEMAP_SECTIONS,
  SITEMAP_WINDOW,
  type DetailKind,
  type Section,
  type SitemapSection,
} from '@huijiu/shared';
import type { Core, UID } from '@strapi/strapi';

/**
 * A lean feed for the site's sitemap: path, last update and images of every published,
 * indexable page, a slice at a time, straight from the database. A sitemap of 100 000
 * listings costs twenty such slices instead of a thousand populated REST pages.
 */

interface SectionSource {
  uid: UID.ContentType;
  detail?: DetailKind;
  /** The media field whose pictures go into `image:image`. */
  images?: string;
}

const SOURCES: Record<SitemapSection, SectionSource> = {
  products: { uid: 'api::product.product', detail: 'product', images: 'images' },
  deals: { uid: 'api::deal.deal', detail: 'deal', images: 'images' },
  news: { uid: 'api::article.article', detail: 'article', images: 'cover' },
  merchants: { uid: 'api::merchant.merchant', detail: 'merchant', images: 'logo' },
  lotteries: { uid: 'api::lottery.lottery', detail: 'lottery', images: 'images' },
  categories: { uid: 'api::category.category' },
};

/** Pictures per page listed in the sitemap: the first few are the ones search shows. */
const IMAGES_PER_PAGE = 5;

export interface SitemapImage {
  url: string;
  caption: string | null;
}

export interface SitemapEntry {
  path: string;
  updatedAt: string;
  images: SitemapImage[];
}

interface Row {
  slug: string | null;
  section?: Section | null;
  updatedAt: string | number | Date;
  endsAt?: string | null;
  seo?: { noindex: boolean | null; canonicalUrl: string | null } | null;
  [media: string]: unknown;
}

type MediaRow = { url: string; alternativeText: string | null };

/** Rows that may become pages: published (or, for types without drafts, every row). */
function liveRows(strapi: Core.Strapi, uid: UID.ContentType): Record<string, unknown> {
  const drafts = strapi.contentType(uid).options?.draftAndPublish === true;
  return drafts ? { publishedAt: { $notNull: true } } : {};
}

async function endedDealsLeaveIndex(strapi: Core.Strapi): Promise<boolean> {
  const settings = await strapi.db.query('api::global.global').findOne({ select: ['endedDeals'] });
  return (settings?.endedDeals ?? 'index') !== 'index';
}

async function sectionFilter(strapi: Core.Strapi, section: SitemapSection) {
  const where = liveRows(strapi, SOURCES[section].uid);
  if (section === 'deals' && (await endedDealsLeaveIndex(strapi))) {
    return { ...where, endsAt: { $gt: new Date().toISOString() } };
  }
  return where;
}

/** Rows per section and the latest change in each, for the sitemap index. */
export async function sitemapSummary(strapi: Core.Strapi) {
  return Promise.all(
    SITEMAP_SECTIONS.map(async (section) => {
      const query = strapi.db.query(SOURCES[section].uid);
      const where = await sectionFilter(strapi, section);
      const total = await query.count({ where });
      const [latest] = await query.findMany({
        where,
        select: ['updatedAt'],
        orderBy: { updatedAt: 'desc' },
        limit: 1,
      });
      return {
        section,
        total,
        updatedAt: latest ? new Date(latest.updatedAt as string).toISOString() : null,
      };
    }),
  );
}

/**
 * Rows `start` to `start + limit` of a section, in a stable order, without those an editor
 * marked noindex or pointed elsewhere with a canonical URL. Filtering after the slice keeps
 * each slice a fixed window of rows, so the site can split sitemaps by row number.
 */
export async function sitemapSlice(
  strapi: Core.Strapi,
  section: SitemapSection,
  start: number,
  limit: number,
): Promise<SitemapEntry[]> {
  const source = SOURCES[section];
  const populate: Record<string, unknown> = {
    seo: { select: ['noindex', 'canonicalUrl'] },
  };
  if (source.images) populate[source.images] = { select: ['url', 'alternativeText'] };

  const rows = (await strapi.db.query(source.uid).findMany({
    where: await sectionFilter(strapi, section),
    select: ['slug', 'updatedAt', ...(section === 'categories' ? ['section'] : [])],
    populate: section === 'categories' ? { seo: populate.seo } : populate,
    orderBy: { id: 'asc' },
    offset: start,
    limit: Math.min(limit, SITEMAP_WINDOW),
  })) as Row[];

  return rows.flatMap((row) => {
    const path = pathOf(source, row);
    if (!path || row.seo?.noindex) return [];
    if (row.seo?.canonicalUrl && !row.seo.canonicalUrl.endsWith(path)) return [];

    const media = source.images ? row[source.images] : null;
    const pictures = (Array.isArray(media) ? media : media ? [media] : []) as MediaRow[];
    return [
      {
        path,
        updatedAt: new Date(row.updatedAt).toISOString(),
        images: pictures
          .slice(0, IMAGES_PER_PAGE)
          .map((picture) => ({ url: picture.url, caption: picture.alternativeText ?? null })),
      },
    ];
  });
}

function pathOf(source: SectionSource, row: Row): string | null {
  if (!row.slug) return null;
  if (source.detail) return detailPath(source.detail, row.slug);
  return row.section ? categoryPath({ section: row.section, slug: row.slug }) : null;
}
