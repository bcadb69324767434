import type { Media, Seo } from '@huijiu/shared';

import type { Image, SeoFields } from './types';

/**
 * An uploaded image as pages use it. Files the CMS stores itself have paths under /uploads,
 * which the site serves through its own origin, so browsers never talk to the CMS.
 */
export function toImage(media: Media | null | undefined, fallbackAlt: string): Image | null {
  if (!media) return null;

  return {
    url: media.url,
    alt: media.alternativeText?.trim() || fallbackAlt,
    width: media.width,
    height: media.height,
  };
}

export const toImages = (media: Media[] | null | undefined, fallbackAlt: string): Image[] =>
  (media ?? []).flatMap((item) => toImage(item, fallbackAlt) ?? []);

export function toSeo(seo: Seo | null | undefined, fallbackAlt: string): SeoFields | null {
  if (!seo) return null;

  return {
    metaTitle: seo.metaTitle,
    metaDescription: seo.metaDescription,
    keywords: seo.keywords,
    longTailKeywords: seo.longTailKeywords,
    canonicalUrl: seo.canonicalUrl,
    noindex: seo.noindex ?? false,
    ogImage: toImage(seo.ogImage, fallbackAlt),
    structuredData: seo.structuredData,
  };
}
