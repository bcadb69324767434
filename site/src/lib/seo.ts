/**
 * What a page tells search engines and share previews: title, description, keywords, canonical
 * address, robots, Open Graph, verification codes, hreflang and JSON-LD. Pages say what they show
 * (`PageSeoInput`); this module combines it with what SEO staff set for the entry and with the
 * site settings, and `SeoHead.astro` writes the result. Pure, so every fallback is unit-tested.
 *
 * The rules, for SEO staff and for whoever changes them:
 * - Title: the entry's SEO 标题 exactly as set, whole (the title template does not wrap it);
 *   otherwise the title template around the page's own title. The home page uses 默认 SEO's
 *   title, or the site name alone.
 * - Description: the SEO 描述 exactly as set; otherwise the page's own text (summary, excerpt,
 *   body), then the site description, then 默认 SEO's, cut to `DESCRIPTION_WIDTH` columns.
 * - 默认 SEO in the site settings is the home page's own SEO; elsewhere only its description
 *   and share image serve as the last fallbacks.
 */
import {
  SECTION_PATHS,
  categoryPath,
  truncateByWidth,
  type EndedDealPolicy,
  type SiteSettings,
} from '@huijiu/shared';

import type { Article, Category, Deal, Image, Listing, Lottery, Merchant, SeoFields } from './cms';
import { toImage, toSeo } from './cms/media';
import { plainText } from './rich-text';
import {
  absoluteUrl,
  articleJsonLd,
  breadcrumbJsonLd,
  compact,
  dealJsonLd,
  homeJsonLd,
  listingJsonLd,
  merchantJsonLd,
  type Crumb,
  type JsonLd,
  type SiteContext,
} from './structured-data';

/**
 * Longest description made from a page's text, in display columns where a CJK character takes
 * two: about 80 汉字, what Baidu and Google show of a snippet before they cut it themselves.
 */
export const DESCRIPTION_WIDTH = 160;

/** The one language the site is written in; a second one adds its own alternate link. */
const LANGUAGE = { hreflang: 'zh-CN', ogLocale: 'zh_CN' } as const;

/** The entry a page shows, for the fields and structured data that come from it. */
export type SeoSubject =
  | { kind: 'home' }
  | { kind: 'listing'; listing: Listing }
  | { kind: 'deal'; deal: Deal }
  | { kind: 'article'; article: Article }
  | { kind: 'merchant'; merchant: Merchant }
  | { kind: 'lottery'; lottery: Lottery }
  /** A list narrowed to one category, on its page `page`. */
  | { kind: 'category'; category: Category; page: number };

/** What a page says about itself; `buildPageSeo` turns it into head tags. */
export interface PageSeoInput {
  /**
   * The page's path on this site, without a query. Left out on error pages, which have no
   * address worth naming: they get no canonical, no og:url and no hreflang.
   */
  path?: string;
  /** The page's own title, which the title template wraps; detail pages pass the entry's. */
  title?: string;
  /** A summary for pages that show no entry (lists, VIP, links); trimmed to width. */
  description?: string | null;
  /** A list's page number: page 2 and later name themselves in the canonical. */
  page?: number;
  /** Query parameters that make the page what it is, e.g. a list's region filter. */
  query?: Record<string, string | null | undefined>;
  /** Keep the page out of search results: search, member pages, filtered lists, errors. */
  noindex?: boolean;
  /** The breadcrumb trail the page shows, repeated for search engines. */
  breadcrumbs?: Crumb[];
  /** The entry the page shows. */
  subject?: SeoSubject;
}

export interface ShareImage {
  /** Absolute. */
  url: string;
  alt: string;
  width: number | null;
  height: number | null;
}

/** Everything the head says about a page. */
export interface PageSeo {
  title: string;
  description: string | null;
  keywords: string[];
  /** Absolute; null on error pages. */
  canonical: string | null;
  noindex: boolean;
  openGraph: {
    type: 'website' | 'article' | 'product';
    title: string;
    description: string | null;
    url: string | null;
    siteName: string;
    locale: string;
    image: ShareImage | null;
    /** News only, ISO 8601. */
    publishedTime: string | null;
    modifiedTime: string | null;
  };
  verification: { baidu: string | null; google: string | null };
  /** `<link rel="alternate" hreflang>`: the page in each language, and the default. */
  alternates: { hreflang: string; href: string }[];
  jsonLd: JsonLd[];
}

/** What the module needs to know about the site. */
export interface SeoContext {
  /** PUBLIC_SITE_URL. */
  siteUrl: string;
  settings: SiteSettings;
  now: Date;
}

/** Text that is there: null, empty and blank all count as not set. */
const present = (text: string | null | undefined): text is string =>
  typeof text === 'string' && text.trim() !== '';

/**
 * Keywords from any number of fields, split at commas (also the Chinese ，) and line breaks,
 * trimmed, empty ones dropped, and each kept once (Latin letters compared without case).
 */
export function splitKeywords(...fields: (string | null | undefined)[]): string[] {
  const seen = new Set<string>();
  const keywords: string[] = [];
  for (const field of fields) {
    for (const part of (field ?? '').split(/[,，\r\n]+/)) {
      const keyword = part.trim();
      const key = keyword.toLowerCase();
      if (!keyword || seen.has(key)) continue;
      seen.add(key);
      keywords.push(keyword);
    }
  }
  return keywords;
}

/** The first text that is there, cut to `width` display columns; null when none is. */
export function trimmedDescription(
  candidates: (string | null | undefined)[],
  width = DESCRIPTION_WIDTH,
): string | null {
  const text = candidates.find(present);
  return text === undefined ? null : truncateByWidth(text, width);
}

/**
 * A page's absolute address: the path on PUBLIC_SITE_URL, with the query parameters that make
 * the page what it is. A list's first page has no page number, so that /supply and
 * /supply?page=1 are one page to search engines.
 */
export function canonicalUrl(
  siteUrl: string,
  path: string,
  query: Record<string, string | number | null | undefined> = {},
): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === null || value === undefined || value === '') continue;
    if (name === 'page' && Number(value) <= 1) continue;
    params.set(name, String(value));
  }
  const search = params.toString();
  return absoluteUrl(siteUrl, search ? `${path}?${search}` : path);
}

/** The global setting for ended deals; empty means they stay indexed. */
export const endedDealPolicy = (settings: Pick<SiteSettings, 'endedDeals'>): EndedDealPolicy =>
  settings.endedDeals ?? 'index';

/**
 * Where an ended deal's page sends visitors when the setting says `redirect`: its category's
 * list, or all deals when it has no deal category. Null while the page stays.
 */
export function endedDealRedirect(
  deal: Pick<Deal, 'state' | 'category'>,
  policy: EndedDealPolicy,
): string | null {
  if (deal.state !== 'ended' || policy !== 'redirect') return null;
  return deal.category?.section === 'deal' ? categoryPath(deal.category) : SECTION_PATHS.deal;
}

/** What the page's entry brings: SEO fields, its own text and pictures, structured data. */
interface SubjectFacts {
  seo: SeoFields | null;
  /** The entry's own text for the description, best first. */
  texts: (string | null)[];
  /** The entry's pictures; the first one there is shared. */
  images: (Image | null)[];
  ogType: PageSeo['openGraph']['type'];
  /** Used when SEO staff set no keywords. */
  keywords: string[];
  noindex: boolean;
  dates: { published: Date; modified: Date } | null;
  jsonLd: (url: string, description: string | null) => JsonLd[];
}

const categoryKeyword = (entry: { category: { name: string } | null }) =>
  entry.category ? [entry.category.name] : [];

function subjectFacts(subject: SeoSubject | undefined, site: SiteContext): SubjectFacts {
  const none: SubjectFacts = {
    seo: null,
    texts: [],
    images: [],
    ogType: 'website',
    keywords: [],
    noindex: false,
    dates: null,
    jsonLd: () => [],
  };

  switch (subject?.kind) {
    case undefined:
      return none;
    case 'home':
      return {
        ...none,
        seo: toSeo(site.settings.defaultSeo, site.settings.siteName),
        texts: [site.settings.description],
        jsonLd: (_url, description) => homeJsonLd(description, site),
      };
    case 'listing': {
      const { listing } = subject;
      return {
        ...none,
        seo: listing.seo,
        texts: [listing.summary, plainText(listing.body)],
        images: [...listing.images, listing.image],
        // A wanted listing asks for goods; only an offer to sell is a product page.
        ogType: listing.kind === 'supply' ? 'product' : 'website',
        keywords: categoryKeyword(listing),
        jsonLd: (url, description) => [listingJsonLd(listing, url, description, site)],
      };
    }
    case 'deal': {
      const { deal } = subject;
      return {
        ...none,
        seo: deal.seo,
        texts: [deal.summary, plainText(deal.body)],
        images: [...deal.images, deal.image],
        ogType: 'product',
        keywords: categoryKeyword(deal),
        noindex: deal.state === 'ended' && endedDealPolicy(site.settings) === 'noindex',
        jsonLd: (url, description) => [dealJsonLd(deal, url, description, site)],
      };
    }
    case 'article': {
      const { article } = subject;
      return {
        ...none,
        seo: article.seo,
        texts: [article.excerpt, plainText(article.body)],
        images: [article.cover],
        ogType: 'article',
        keywords: [...article.tags, ...categoryKeyword(article)],
        dates: { published: article.publishedAt, modified: article.updatedAt },
        jsonLd: (url, description) => [articleJsonLd(article, url, description, site)],
      };
    }
    case 'merchant': {
      const { merchant } = subject;
      return {
        ...none,
        seo: merchant.seo,
        texts: [merchant.summary, plainText(merchant.description)],
        images: [merchant.logo],
        keywords: categoryKeyword(merchant),
        jsonLd: (url, description) => [merchantJsonLd(merchant, url, description, site)],
      };
    }
    case 'lottery': {
      const { lottery } = subject;
      return {
        ...none,
        seo: lottery.seo,
        texts: [
          `0元抽奖：${lottery.prize}，共 ${lottery.winnerCount} 个名额，免费报名，开奖结果公开可验证。`,
        ],
        images: [...lottery.images, lottery.image],
      };
    }
    case 'category': {
      const { category, page } = subject;
      return {
        ...none,
        seo: categoryPageSeo(category.seo, page),
        texts: [category.description],
        keywords: [category.name],
      };
    }
  }
}

/**
 * A category's SEO fields as its list's page `page` uses them. Page 2 and later are pages of
 * their own: their title says the page number, so that no two pages share a title, and they
 * name themselves as canonical whatever the first page points to.
 */
function categoryPageSeo(seo: SeoFields | null, page: number): SeoFields | null {
  if (!seo || page <= 1) return seo;

  return {
    ...seo,
    metaTitle: present(seo.metaTitle) ? `${seo.metaTitle}（第 ${page} 页）` : null,
    canonicalUrl: null,
  };
}

function shareImage(image: Image | null | undefined, siteUrl: string): ShareImage | null {
  if (!image) return null;
  return { ...image, url: absoluteUrl(siteUrl, image.url) };
}

/** Everything the head of a page says, from what the page knows and the site settings. */
export function buildPageSeo(input: PageSeoInput, context: SeoContext): PageSeo {
  const { settings } = context;
  const siteUrl = context.siteUrl.replace(/\/+$/, '');
  const site: SiteContext = { siteUrl, settings, now: context.now };
  const facts = subjectFacts(input.subject, site);
  const { seo } = facts;
  const defaultSeo = toSeo(settings.defaultSeo, settings.siteName);

  const ownTitle = input.title ?? settings.siteName;
  const title = present(seo?.metaTitle)
    ? seo.metaTitle
    : input.title
      ? settings.titleTemplate.replace('%s', input.title)
      : settings.siteName;

  const description = present(seo?.metaDescription)
    ? seo.metaDescription
    : trimmedDescription([
        input.description,
        ...facts.texts,
        settings.description,
        defaultSeo?.metaDescription,
      ]);

  const ownKeywords = splitKeywords(seo?.keywords, seo?.longTailKeywords);
  const keywords = ownKeywords.length > 0 ? ownKeywords : splitKeywords(facts.keywords.join(','));

  const canonical = present(seo?.canonicalUrl)
    ? seo.canonicalUrl
    : input.path !== undefined
      ? canonicalUrl(siteUrl, input.path, { ...input.query, page: input.page })
      : null;

  const organizationLogo = settings.organization
    ? toImage(settings.organization.logo, settings.organization.name)
    : null;
  const image =
    seo?.ogImage ??
    facts.images.find((candidate) => candidate !== null) ??
    defaultSeo?.ogImage ??
    organizationLogo;

  const generated = facts.jsonLd(canonical ?? `${siteUrl}/`, description).map(compact);
  const jsonLd = [
    ...(seo?.structuredData ? [seo.structuredData] : generated),
    ...(input.breadcrumbs ? [compact(breadcrumbJsonLd(input.breadcrumbs, siteUrl))] : []),
  ];

  return {
    title,
    description,
    keywords,
    canonical,
    noindex: Boolean(input.noindex || seo?.noindex || facts.noindex),
    openGraph: {
      type: facts.ogType,
      title: present(seo?.metaTitle) ? seo.metaTitle : ownTitle,
      description,
      url: canonical,
      siteName: settings.siteName,
      locale: LANGUAGE.ogLocale,
      image: shareImage(image, siteUrl),
      publishedTime: facts.dates?.published.toISOString() ?? null,
      modifiedTime: facts.dates?.modified.toISOString() ?? null,
    },
    verification: {
      baidu: present(settings.baiduVerification) ? settings.baiduVerification : null,
      google: present(settings.googleVerification) ? settings.googleVerification : null,
    },
    alternates: canonical
      ? [
          { hreflang: LANGUAGE.hreflang, href: canonical },
          { hreflang: 'x-default', href: canonical },
        ]
      : [],
    jsonLd,
  };
}
