import type { APIRoute } from 'astro';

import { listArticles } from '../lib/cms';
import { siteConfig } from '../lib/config.server';
import {
  NEWS_FEED_SIZE,
  renderNewsFeed,
  RSS_CACHE_CONTROL,
  RSS_CONTENT_TYPE,
} from '../lib/feeds/rss';

/** RSS 2.0 of the latest news. */
export const GET: APIRoute = async ({ locals }) => {
  const latest = await listArticles({ pageSize: NEWS_FEED_SIZE });
  const xml = renderNewsFeed(siteConfig().PUBLIC_SITE_URL, locals.chrome.settings, latest.items);

  return new Response(xml, {
    headers: { 'content-type': RSS_CONTENT_TYPE, 'cache-control': RSS_CACHE_CONTROL },
  });
};
