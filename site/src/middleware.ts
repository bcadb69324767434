import { defineMiddleware } from 'astro:middleware';

import { CmsUnavailableError, loadChrome } from './lib/cms';
import { log } from './lib/logger.server';
import { renderStatusPage } from './lib/status-page';

/** Seconds a visitor (or a crawler) is asked to wait when the CMS is down. */
const RETRY_AFTER_SECONDS = 30;

export const onRequest = defineMiddleware(async (context, next) => {
  // Liveness for load balancers and compose health checks. Astro leaves files starting with
  // an underscore out of routing, so this path is answered here.
  if (context.url.pathname === '/_health') return new Response(null, { status: 204 });

  try {
    // Uploaded images are streamed from the CMS and need no page chrome.
    if (!context.url.pathname.startsWith('/uploads/')) context.locals.chrome = await loadChrome();
    return await next();
  } catch (error) {
    if (error instanceof CmsUnavailableError) {
      log.warn('cms unavailable', { url: error.url, path: context.url.pathname, err: error.cause });
      return renderStatusPage(503, {
        title: '服务暂时不可用',
        message: '网站正在维护或访问量过大，请稍等片刻再刷新页面。',
        headers: { 'retry-after': String(RETRY_AFTER_SECONDS) },
      });
    }

    log.error('page failed', { path: context.url.pathname, err: error });
    return renderStatusPage(500, {
      title: '页面出错了',
      message: '我们已经记录了这个问题，请稍后再试，或先回到首页看看。',
    });
  }
});
