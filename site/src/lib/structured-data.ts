/**
 * JSON-LD (schema.org) for each kind of page: what search engines read to show prices, dates
 * and breadcrumbs in their results. Values are the CMS fields as they are, never reworded; URLs
 * are absolute. Pure: `seo.ts` calls these with the site's address and settings.
 */
import { detailPath, type SiteSettings } from '@huijiu/shared';

import type { Article, Deal, Image, Listing, Merchant } from './cms';
import { dayInChina } from './format';

/** One JSON-LD block, rendered in a `<script type="application/ld+json">` of its own. */
export type JsonLd = Record<string, unknown>;

/** One step of a breadcrumb trail, as pages show it. */
export interface Crumb {
  label: string;
  /** Left out for the page the visitor is on, which is always the last crumb. */
  href?: string;
}

/** What every block needs to know about the site. */
export interface SiteContext {
  /** PUBLIC_SITE_URL without a trailing slash. */
  siteUrl: string;
  settings: SiteSettings;
  now: Date;
}

const CONTEXT = 'https://schema.org';
const CURRENCY = 'CNY';

/** Offer availability values; schema.org wants the full URL. */
export const AVAILABILITY = {
  inStock: 'https://schema.org/InStock',
  soldOut: 'https://schema.org/SoldOut',
  preOrder: 'https://schema.org/PreOrder',
  discontinued: 'https://schema.org/Discontinued',
} as const;

/** A path on this site (or an upload path) as an absolute URL; absolute URLs stay as they are. */
export function absoluteUrl(siteUrl: string, pathOrUrl: string): string {
  if (/^https?:\/\//i.test(pathOrUrl)) return pathOrUrl;

  const path = pathOrUrl.startsWith('/') ? pathOrUrl : `/${pathOrUrl}`;
  return new URL(`${siteUrl.replace(/\/+$/, '')}${path}`).href;
}

/**
 * A block without the properties left undefined, as it will be written: builders leave out what
 * an entry does not have (no address, no image) by setting it undefined.
 */
export function compact(block: JsonLd): JsonLd {
  const clean = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(clean);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, property]) => property !== undefined)
        .map(([name, property]) => [name, clean(property)]),
    );
  };
  return clean(block) as JsonLd;
}

/**
 * JSON for inside a `<script>` element: `<` is written as `\u003c`, which JSON reads the same,
 * so that no text from the CMS can close the script or open a comment.
 */
export const serializeJsonLd = (block: JsonLd): string =>
  JSON.stringify(block).replace(/</g, '\\u003c');

/** The publisher: the organisation from the settings, or the site itself when none is set. */
function organization({ siteUrl, settings }: SiteContext): JsonLd {
  const org = settings.organization;
  return {
    '@type': 'Organization',
    '@id': `${siteUrl}/#organization`,
    name: org?.name ?? settings.siteName,
    url: `${siteUrl}/`,
    logo: org?.logo
      ? { '@type': 'ImageObject', url: absoluteUrl(siteUrl, org.logo.url) }
      : undefined,
  };
}

const imageUrls = (siteUrl: string, images: (Image | null)[]): string[] | undefined => {
  const urls = images.flatMap((image) => (image ? [absoluteUrl(siteUrl, image.url)] : []));
  return urls.length > 0 ? urls : undefined;
};

const merchantSeller = (siteUrl: string, merchant: Listing['merchant']): JsonLd | undefined =>
  merchant
    ? {
        '@type': 'Organization',
        name: merchant.name,
        url: absoluteUrl(siteUrl, detailPath('merchant', merchant.slug)),
      }
    : undefined;

/**
 * A supply listing is a product for sale at its stated price. A listing past its 有效期 no longer
 * offers anything, so its offer is marked discontinued rather than in stock.
 */
function supplyProduct(
  listing: Listing,
  url: string,
  description: string | null,
  site: SiteContext,
) {
  const expired = listing.validUntil !== null && listing.validUntil < dayInChina(site.now);
  const offer: JsonLd | undefined =
    listing.price === null
      ? undefined
      : {
          '@type': 'Offer',
          url,
          price: listing.price,
          priceCurrency: CURRENCY,
          availability: expired ? AVAILABILITY.discontinued : AVAILABILITY.inStock,
          priceValidUntil: listing.validUntil ?? undefined,
          priceSpecification: listing.unit
            ? {
                '@type': 'UnitPriceSpecification',
                price: listing.price,
                priceCurrency: CURRENCY,
                unitText: listing.unit,
              }
            : undefined,
          eligibleQuantity:
            listing.minOrder !== null
              ? {
                  '@type': 'QuantitativeValue',
                  minValue: listing.minOrder,
                  unitText: listing.unit ?? undefined,
                }
              : undefined,
          areaServed: listing.region,
          seller: merchantSeller(site.siteUrl, listing.merchant),
        };

  return {
    '@context': CONTEXT,
    '@type': 'Product',
    name: listing.title,
    description: description ?? undefined,
    url,
    image: imageUrls(site.siteUrl, listing.images.length > 0 ? listing.images : [listing.image]),
    category: listing.category?.name,
    offers: offer,
  };
}

/**
 * A wanted listing is a buyer's request, not a product for sale: a Product with an Offer would
 * tell search engines the site sells it. schema.org's `Demand` is the announcement of seeking
 * goods, with the wished price, quantity and the day it runs until.
 */
function wantedDemand(
  listing: Listing,
  url: string,
  description: string | null,
  site: SiteContext,
) {
  return {
    '@context': CONTEXT,
    '@type': 'Demand',
    name: listing.title,
    description: description ?? undefined,
    url,
    itemOffered: {
      '@type': 'Product',
      name: listing.title,
      category: listing.category?.name,
      image: imageUrls(site.siteUrl, listing.images.length > 0 ? listing.images : [listing.image]),
    },
    priceSpecification:
      listing.price !== null
        ? {
            '@type': 'UnitPriceSpecification',
            price: listing.price,
            priceCurrency: CURRENCY,
            unitText: listing.unit ?? undefined,
          }
        : undefined,
    eligibleQuantity:
      listing.minOrder !== null
        ? {
            '@type': 'QuantitativeValue',
            value: listing.minOrder,
            unitText: listing.unit ?? undefined,
          }
        : undefined,
    validThrough: listing.validUntil ?? undefined,
    areaServed: listing.region,
  };
}

/** Product for a supply listing, Demand for a wanted one. */
export const listingJsonLd = (
  listing: Listing,
  url: string,
  description: string | null,
  site: SiteContext,
): JsonLd =>
  listing.kind === 'supply'
    ? supplyProduct(listing, url, description, site)
    : wantedDemand(listing, url, description, site);

/** Whether a deal can be joined: not yet, yes, sold out, or over. */
export function dealAvailability(deal: Pick<Deal, 'state' | 'stock'>): string {
  if (deal.state === 'ended') return AVAILABILITY.discontinued;
  if (deal.state === 'upcoming') return AVAILABILITY.preOrder;
  return deal.stock > 0 ? AVAILABILITY.inStock : AVAILABILITY.soldOut;
}

/** A deal as a product at its group price, the original price as the struck-through one. */
export function dealJsonLd(
  deal: Deal,
  url: string,
  description: string | null,
  site: SiteContext,
): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'Product',
    name: deal.title,
    description: description ?? undefined,
    url,
    image: imageUrls(site.siteUrl, deal.images.length > 0 ? deal.images : [deal.image]),
    category: deal.category?.name,
    offers: {
      '@type': 'Offer',
      url,
      price: deal.dealPrice,
      priceCurrency: CURRENCY,
      priceSpecification: {
        '@type': 'UnitPriceSpecification',
        priceType: 'https://schema.org/StrikethroughPrice',
        price: deal.originalPrice,
        priceCurrency: CURRENCY,
      },
      availability: dealAvailability(deal),
      availabilityStarts: deal.startsAt.toISOString(),
      availabilityEnds: deal.endsAt.toISOString(),
      priceValidUntil: deal.endsAt.toISOString(),
      inventoryLevel: { '@type': 'QuantitativeValue', value: deal.stock },
      areaServed: deal.region ?? undefined,
      seller: merchantSeller(site.siteUrl, deal.merchant),
    },
  };
}

/** A news article with its dates, cover, author and the site as publisher. */
export function articleJsonLd(
  article: Article,
  url: string,
  description: string | null,
  site: SiteContext,
): JsonLd {
  const publisher = organization(site);
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    headline: article.title,
    description: description ?? undefined,
    url,
    mainEntityOfPage: url,
    image: imageUrls(site.siteUrl, [article.cover]),
    datePublished: article.publishedAt.toISOString(),
    dateModified: article.updatedAt.toISOString(),
    author: article.authorName ? { '@type': 'Person', name: article.authorName } : publisher,
    publisher,
    articleSection: article.category?.name,
    keywords: article.tags.length > 0 ? article.tags : undefined,
    inLanguage: 'zh-CN',
  };
}

/**
 * A merchant with a street address is a place customers can visit (LocalBusiness); without one
 * it is only known as an organisation in its region.
 */
export function merchantJsonLd(
  merchant: Merchant,
  url: string,
  description: string | null,
  site: SiteContext,
): JsonLd {
  const logo = merchant.logo ? absoluteUrl(site.siteUrl, merchant.logo.url) : undefined;
  return {
    '@context': CONTEXT,
    '@type': merchant.address ? 'LocalBusiness' : 'Organization',
    name: merchant.name,
    description: description ?? undefined,
    url,
    logo,
    image: merchant.address ? logo : undefined,
    telephone: merchant.phone ?? undefined,
    address: merchant.address
      ? {
          '@type': 'PostalAddress',
          streetAddress: merchant.address,
          addressRegion: merchant.region,
          addressCountry: 'CN',
        }
      : undefined,
    areaServed: merchant.region,
  };
}

/** The home page: the site with its search box, and the organisation behind it. */
export function homeJsonLd(description: string | null, site: SiteContext): JsonLd[] {
  const { siteUrl, settings } = site;
  const org = settings.organization;
  const publisher = organization(site);

  return [
    {
      '@context': CONTEXT,
      '@type': 'WebSite',
      '@id': `${siteUrl}/#website`,
      name: settings.siteName,
      url: `${siteUrl}/`,
      description: description ?? undefined,
      inLanguage: 'zh-CN',
      publisher: { '@id': publisher['@id'] },
      potentialAction: {
        '@type': 'SearchAction',
        target: {
          '@type': 'EntryPoint',
          // Braces stay as they are: search engines fill in the placeholder.
          urlTemplate: `${siteUrl}/search?q={search_term_string}`,
        },
        'query-input': 'required name=search_term_string',
      },
    },
    {
      '@context': CONTEXT,
      ...publisher,
      legalName: org?.legalName ?? undefined,
      telephone: org?.phone ?? undefined,
      email: org?.email ?? undefined,
      address: org?.address
        ? { '@type': 'PostalAddress', streetAddress: org.address, addressCountry: 'CN' }
        : undefined,
    },
  ];
}

/** The trail above a page, with absolute links; the page itself is the last item. */
export function breadcrumbJsonLd(trail: Crumb[], siteUrl: string): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      item: crumb.href ? absoluteUrl(siteUrl, crumb.href) : undefined,
    })),
  };
}
