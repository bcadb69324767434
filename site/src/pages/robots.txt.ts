import type { APIRoute } from 'astro';

import { siteConfig } from '../lib/config.server';
import { renderRobotsTxt, ROBOTS_CACHE_CONTROL } from '../lib/feeds/robots';

export const GET: APIRoute = () =>
  new Response(renderRobotsTxt(siteConfig().PUBLIC_SITE_URL), {
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': ROBOTS_CACHE_CONTROL },
  });
