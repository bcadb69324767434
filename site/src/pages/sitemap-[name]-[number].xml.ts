import type { APIRoute } from 'astro';

import { siteConfig } from '../lib/config.server';
import { openSitemapChild, SITEMAP_CACHE_CONTROL } from '../lib/feeds/sitemap.server';
import { XML_CONTENT_TYPE } from '../lib/feeds/xml';

/** Largest child number worth asking the CMS about; longer numbers are typos or probes. */
const CHILD_NUMBER = /^[1-9]\d{0,5}$/;

/** One child of the sitemap index, e.g. /sitemap-products-3.xml; streamed as it is written. */
export const GET: APIRoute = async ({ params, locals }) => {
  const { name = '', number = '' } = params;
  if (!CHILD_NUMBER.test(number)) return new Response(null, { status: 404 });

  const body = await openSitemapChild(
    siteConfig().PUBLIC_SITE_URL,
    locals.chrome.settings,
    name,
    Number(number),
  );
  if (body === null) return new Response(null, { status: 404 });

  return new Response(body, {
    headers: { 'content-type': XML_CONTENT_TYPE, 'cache-control': SITEMAP_CACHE_CONTROL },
  });
};
