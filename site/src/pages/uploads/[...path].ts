import type { APIRoute } from 'astro';

import { siteConfig } from '../../lib/config.server';

/** Uploaded files never change under one name (Strapi adds a hash), so browsers may keep them. */
const CACHE_CONTROL = 'public, max-age=31536000, immutable';

/**
 * Streams an uploaded file from the CMS, so that pages only ever point at this site's origin
 * and visitors never talk to the CMS.
 */
export const GET: APIRoute = async ({ params }) => {
  const path = params.path ?? '';
  if (!/^[\w.-]+$/.test(path)) return new Response(null, { status: 404 });

  const { CMS_URL, CMS_TIMEOUT_MS } = siteConfig();
  let upstream: Response;
  try {
    upstream = await fetch(`${CMS_URL}/uploads/${path}`, {
      signal: AbortSignal.timeout(CMS_TIMEOUT_MS),
    });
  } catch {
    return new Response(null, { status: 503, headers: { 'retry-after': '30' } });
  }
  if (!upstream.ok || !upstream.body) return new Response(null, { status: upstream.status });

  return new Response(upstream.body, {
    headers: {
      'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream',
      'cache-control': CACHE_CONTROL,
      'x-content-type-options': 'nosniff',
    },
  });
};
