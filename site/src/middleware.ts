import { defineMiddleware } from 'astro:middleware';

import { CmsUnavailableError, findRedirect, loadChrome, type Redirect } from './lib/cms';
import { log } from './lib/logger.server';
import { PRIVATE_NO_STORE, SESSION_COOKIE } from './lib/member-session.server';
import { renderStatusPage } from './lib/status-page';

/** Seconds a visitor (or a crawler) is asked to wait when the CMS is down. */
const RETRY_AFTER_SECONDS = 30;

/** Browsers keep a 301 for good unless told otherwise; this lets an editor's fix reach them. */
const REDIRECT_CACHE_CONTROL = 'public, max-age=3600';

export const onRequest = defineMiddleware(async (context, next) => {
  // Liveness for load balancers and compose health checks. Astro leaves files starting with
  // an underscore out of routing, so this path is answered here.
  if (context.url.pathname === '/_health') return new Response(null, { status: 204 });

  try {
    // Uploaded images are streamed from the CMS and need no page chrome.
    const isPage = !context.url.pathname.startsWith('/uploads/');
    if (isPage) context.locals.chrome = await loadChrome();
    context.locals.hasMemberSession = isPage && context.cookies.has(SESSION_COOKIE);

    const response = await next();
    // NOTE: the header of every page differs with the session cookie, so a response to a
    // member is private. Once pages carry `s-maxage`, a shared cache must pass requests with
    // the cookie through to the site rather than serve them from its copy.
    if (context.locals.hasMemberSession || context.locals.readsMemberSession) {
      response.headers.set('cache-control', PRIVATE_NO_STORE);
    }
    return await redirectIfMoved(context.request.method, context.url, response);
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

/**
 * A page that is not found may have moved: editors list old paths under 重定向. A 404 that a page
 * returns without a body comes through here a second time as the rendered 404 page, so only a
 * 404 with a body is looked up, once per request.
 */
async function redirectIfMoved(method: string, url: URL, response: Response): Promise<Response> {
  if (response.status !== 404 || response.body === null) return response;
  if (method !== 'GET' && method !== 'HEAD') return response;

  const redirect = await findRedirect(decodedPath(url.pathname));
  if (!redirect) return response;

  await response.body.cancel();
  if (redirect.status === 410) {
    return renderStatusPage(410, {
      title: '这条信息已经下线',
      message: '您要找的页面已经下线或被删除了。可以回到首页，或用搜索找找相关的信息。',
    });
  }
  return new Response(null, {
    status: redirect.status,
    headers: { location: redirectLocation(redirect, url), 'cache-control': REDIRECT_CACHE_CONTROL },
  });
}

/** Editors write paths as they read them (/资讯/旧文章), while the URL arrives encoded. */
function decodedPath(pathname: string): string {
  try {
    return decodeURI(pathname);
  } catch {
    return pathname;
  }
}

/** A path on this site keeps the visitor's query string; a full URL is used as written. */
function redirectLocation(redirect: Redirect & { to: string }, from: URL): string {
  if (!redirect.to.startsWith('/')) return new URL(redirect.to).href;

  const target = new URL(redirect.to, from);
  return `${target.pathname}${from.search}`;
}
