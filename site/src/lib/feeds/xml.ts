/** Pieces the site's machine-readable files share: sitemaps and the news feed. */

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

export const XML_CONTENT_TYPE = 'application/xml; charset=utf-8';

/**
 * Characters XML 1.0 forbids even when escaped: control characters other than tab and line
 * breaks, lone surrogates, U+FFFE and U+FFFF. One pasted into a caption would make a crawler
 * reject the whole file, so they are dropped.
 */
const FORBIDDEN_IN_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text safe inside an XML element or attribute value. */
export const escapeXml = (text: string): string =>
  text.replace(FORBIDDEN_IN_XML, '').replace(/[&<>"']/g, (char) => ENTITIES[char]);

/**
 * An absolute, percent-encoded URL for a path on this site (`/news/x`, `/uploads/y.jpg`). A URL
 * that is already absolute, such as an image on a storage provider, is kept as it is.
 */
export function absoluteUrl(siteUrl: string, pathOrUrl: string): string {
  if (/^https?:\/\//i.test(pathOrUrl)) return new URL(pathOrUrl).href;

  return new URL(`${siteUrl}${pathOrUrl}`).href;
}

/** A W3C date-time in UTC, the form sitemaps expect in `lastmod`. */
export const w3cDate = (date: Date): string => date.toISOString();
