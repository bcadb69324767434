import type { APIRoute } from 'astro';

import { siteConfig } from '../lib/config.server';
import { renderSitemapIndex, SITEMAP_CACHE_CONTROL } from '../lib/feeds/sitemap.server';
import { XML_CONTENT_TYPE } from '../lib/feeds/xml';

/** The sitemap index that robots.txt names: one entry per child sitemap. */
export const GET: APIRoute = async ({ locals }) => {
  const xml = await renderSitemapIndex(siteConfig().PUBLIC_SITE_URL, locals.chrome.settings);

  return new Response(xml, {
    headers: { 'content-type': XML_CONTENT_TYPE, 'cache-control': SITEMAP_CACHE_CONTROL },
  });
};
