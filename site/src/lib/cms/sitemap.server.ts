import { SITEMAP_SECTIONS, SITEMAP_WINDOW, type SitemapSection } from '@huijiu/shared';
import { z } from 'zod';

import { fetchFromCms } from './client.server';

/**
 * The CMS's lean sitemap feed (`/api/sitemap`), readable with the site's read token only. It
 * lists published, indexable pages as paths, so that the site can write sitemaps of any size
 * without loading whole documents.
 */

const moment = z.iso.datetime({ offset: true });

const sitemapSummaryResponse = z.object({
  data: z.array(
    z.object({
      section: z.enum(SITEMAP_SECTIONS),
      /** Published rows, counted before noindex and foreign canonicals are left out. */
      total: z.number().int().min(0),
      /** The latest update of any row; null when the section is empty. */
      updatedAt: moment.nullable(),
    }),
  ),
});

const sitemapWindowResponse = z.object({
  data: z.array(
    z.object({
      /** The page's path on the site, e.g. `/products/ershou-wajueji`. */
      path: z.string().startsWith('/'),
      updatedAt: moment,
      /** Upload paths (`/uploads/…`) or absolute URLs of a storage provider. */
      images: z.array(z.object({ url: z.string().min(1), caption: z.string().nullable() })),
    }),
  ),
  meta: z.object({
    section: z.enum(SITEMAP_SECTIONS),
    start: z.number().int(),
    limit: z.number().int(),
  }),
});

export interface SitemapSectionSummary {
  section: SitemapSection;
  /** Rows the section's sitemaps are split by; some of them may turn out not indexable. */
  total: number;
  updatedAt: Date | null;
}

export interface SitemapImage {
  url: string;
  caption: string | null;
}

export interface SitemapPage {
  path: string;
  updatedAt: Date;
  images: SitemapImage[];
}

/** Each section with its row count and latest change, for the sitemap index. */
export async function summariseSitemap(): Promise<SitemapSectionSummary[]> {
  const { data } = await fetchFromCms('/api/sitemap', sitemapSummaryResponse);

  return data.map((row) => ({
    section: row.section,
    total: row.total,
    updatedAt: row.updatedAt === null ? null : new Date(row.updatedAt),
  }));
}

/**
 * The indexable pages among rows `start` to `start + limit` of a section (at most
 * SITEMAP_WINDOW rows). A window may hold fewer pages than rows: those marked noindex or
 * pointing elsewhere are left out after the rows are counted.
 */
export async function listSitemapWindow(
  section: SitemapSection,
  start: number,
  limit: number,
): Promise<SitemapPage[]> {
  const path = `/api/sitemap/${section}?start=${start}&limit=${Math.min(limit, SITEMAP_WINDOW)}`;
  const { data } = await fetchFromCms(path, sitemapWindowResponse);

  return data.map((row) => ({
    path: row.path,
    updatedAt: new Date(row.updatedAt),
    images: row.images,
  }));
}
