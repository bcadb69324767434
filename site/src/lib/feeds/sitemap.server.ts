import {
  DETAIL_FOLDERS,
  SECTION_PATHS,
  SITEMAP_SECTIONS,
  SITEMAP_WINDOW,
  type SiteSettings,
  type SitemapSection,
} from '@huijiu/shared';

import {
  listSitemapWindow,
  summariseSitemap,
  type SitemapImage,
  type SitemapSectionSummary,
} from '../cms';
import { siteConfig } from '../config.server';
import { log } from '../logger.server';
import { absoluteUrl, escapeXml, w3cDate, XML_DECLARATION } from './xml';

/**
 * The sitemap index (`/sitemap.xml`) and its children: `/sitemap-pages-1.xml` for the fixed
 * pages, and `/sitemap-{section}-{n}.xml` for the documents of each section, each child
 * covering a fixed range of the CMS's rows so that it can be streamed window by window.
 */

/** Crawlers may keep a copy for an hour, and serve a stale one while the site is busy or down. */
export const SITEMAP_CACHE_CONTROL =
  'public, max-age=300, s-maxage=3600, stale-while-revalidate=86400, stale-if-error=86400';

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const IMAGE_NS = 'http://www.google.com/schemas/sitemap-image/1.1';

/** How many URLs one child sitemap holds. */
const sitemapUrlLimit = (): number => siteConfig().SITEMAP_URL_LIMIT;

/** The child sitemap of pages that are not documents: the home page and the lists. */
const FIXED_PAGES_CHILD = 'pages';

const ENDED_DEALS_PATH = `${SECTION_PATHS.deal}/ended`;

interface FixedPage {
  path: string;
  /** Sections whose latest change dates the page; none when nothing records its changes. */
  datedBy: readonly SitemapSection[];
}

/**
 * The indexable pages that no CMS document stands for. Member pages, search and the feedback
 * form are left out: robots.txt keeps crawlers away from them.
 */
function fixedPages(settings: SiteSettings): FixedPage[] {
  // The archive of ended deals only leads to pages that search engines should keep.
  const endedDealsIndexed = (settings.endedDeals ?? 'index') === 'index';

  const pages: FixedPage[] = [
    { path: '/', datedBy: ['products', 'deals', 'news', 'merchants', 'lotteries'] },
    { path: SECTION_PATHS.supply, datedBy: ['products'] },
    { path: SECTION_PATHS.wanted, datedBy: ['products'] },
    { path: SECTION_PATHS.deal, datedBy: ['deals'] },
    { path: ENDED_DEALS_PATH, datedBy: ['deals'] },
    { path: DETAIL_FOLDERS.lottery, datedBy: ['lotteries'] },
    { path: SECTION_PATHS.news, datedBy: ['news'] },
    { path: SECTION_PATHS.merchant, datedBy: ['merchants'] },
    { path: '/vip', datedBy: [] },
    { path: '/links', datedBy: [] },
  ];
  return endedDealsIndexed ? pages : pages.filter((page) => page.path !== ENDED_DEALS_PATH);
}

function latest(dates: (Date | null)[]): Date | null {
  const times = dates.flatMap((date) => (date ? [date.getTime()] : []));
  return times.length > 0 ? new Date(Math.max(...times)) : null;
}

function latestOf(summary: SitemapSectionSummary[], sections: readonly SitemapSection[]) {
  return latest(
    summary.filter((row) => sections.includes(row.section)).map((row) => row.updatedAt),
  );
}

const childPath = (name: string, number: number) => `/sitemap-${name}-${number}.xml`;

/** How many child sitemaps a section needs at the current limit. */
const childCount = (total: number) => Math.ceil(total / sitemapUrlLimit());

const lastmod = (date: Date | null) => (date ? `<lastmod>${w3cDate(date)}</lastmod>` : '');

/** `/sitemap.xml`: every child sitemap, dated by the latest change of what it lists. */
export async function renderSitemapIndex(siteUrl: string, settings: SiteSettings): Promise<string> {
  const summary = await summariseSitemap();

  const pagesChanged = latest(fixedPages(settings).map((page) => latestOf(summary, page.datedBy)));
  const children = [{ path: childPath(FIXED_PAGES_CHILD, 1), updatedAt: pagesChanged }];
  for (const row of summary) {
    // NOTE: every child of a section carries the section's latest change, because the feed
    // dates sections, not row ranges. Crawlers then re-read unchanged children of a changed
    // section; a date per range of rows from the CMS would spare them that.
    for (let number = 1; number <= childCount(row.total); number += 1) {
      children.push({ path: childPath(row.section, number), updatedAt: row.updatedAt });
    }
  }

  const entries = children.map((child) => {
    const loc = `<loc>${escapeXml(absoluteUrl(siteUrl, child.path))}</loc>`;
    return `<sitemap>${loc}${lastmod(child.updatedAt)}</sitemap>\n`;
  });
  const open = `${XML_DECLARATION}\n<sitemapindex xmlns="${SITEMAP_NS}">\n`;
  return `${open}${entries.join('')}</sitemapindex>\n`;
}

/** One `<url>` of a sitemap; a page without a known date goes without `lastmod`. */
interface SitemapUrl {
  path: string;
  updatedAt: Date | null;
  images: SitemapImage[];
}

function urlEntry(siteUrl: string, page: SitemapUrl): string {
  const loc = `<loc>${escapeXml(absoluteUrl(siteUrl, page.path))}</loc>`;
  const images = page.images.map((image) => {
    const imageLoc = `<image:loc>${escapeXml(absoluteUrl(siteUrl, image.url))}</image:loc>`;
    const caption = image.caption?.trim()
      ? `<image:caption>${escapeXml(image.caption.trim())}</image:caption>`
      : '';
    return `<image:image>${imageLoc}${caption}</image:image>`;
  });

  return `<url>${loc}${lastmod(page.updatedAt)}${images.join('')}</url>\n`;
}

const urlEntries = (siteUrl: string, pages: SitemapUrl[]) =>
  pages.map((page) => urlEntry(siteUrl, page)).join('');

const URLSET_OPEN =
  `${XML_DECLARATION}\n` + `<urlset xmlns="${SITEMAP_NS}" xmlns:image="${IMAGE_NS}">\n`;
const URLSET_CLOSE = '</urlset>\n';

/** A child sitemap as the client reads it; null when there is no such child. */
export type SitemapChild = ReadableStream<Uint8Array> | string | null;

/**
 * `/sitemap-{name}-{number}.xml`. A section's child covers rows `(number - 1) * limit` up to
 * `number * limit` and is fetched from the CMS a window at a time as the client reads, so a
 * child of 50 000 pages never sits in memory whole. The first window is fetched before the
 * response starts, so that a CMS that is down yields a 503 rather than a cut-off file.
 */
export async function openSitemapChild(
  siteUrl: string,
  settings: SiteSettings,
  name: string,
  number: number,
): Promise<SitemapChild> {
  if (name === FIXED_PAGES_CHILD) {
    if (number !== 1) return null;
    const summary = await summariseSitemap();
    const pages = fixedPages(settings).map((page) => ({
      path: page.path,
      updatedAt: latestOf(summary, page.datedBy),
      images: [],
    }));
    return `${URLSET_OPEN}${urlEntries(siteUrl, pages)}${URLSET_CLOSE}`;
  }

  const section = SITEMAP_SECTIONS.find((candidate) => candidate === name);
  if (!section) return null;
  const total = (await summariseSitemap()).find((row) => row.section === section)?.total ?? 0;
  if (number > childCount(total)) return null;

  const from = (number - 1) * sitemapUrlLimit();
  const to = Math.min(number * sitemapUrlLimit(), total);
  const windowAt = (start: number) =>
    listSitemapWindow(section, start, Math.min(SITEMAP_WINDOW, to - start));
  const first = await windowAt(from);

  async function* chunks(): AsyncGenerator<string> {
    yield URLSET_OPEN;
    yield urlEntries(siteUrl, first);
    for (let start = from + SITEMAP_WINDOW; start < to; start += SITEMAP_WINDOW) {
      yield urlEntries(siteUrl, await windowAt(start));
    }
    yield URLSET_CLOSE;
  }

  return toByteStream(chunks(), (error) =>
    log.error('sitemap stream failed', { sitemap: childPath(section, number), err: error }),
  );
}

/**
 * Pulls the next chunk only when the client has taken the previous one, so a slow crawler
 * slows the CMS requests down instead of piling pages up in memory.
 */
function toByteStream(
  chunks: AsyncGenerator<string>,
  onError: (error: unknown) => void,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();

  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        // The status line has gone out already: cutting the file off is all that is left, and
        // crawlers treat a cut-off sitemap as failed and fetch it again later.
        onError(error);
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
