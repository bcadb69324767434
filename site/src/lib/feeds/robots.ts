/**
 * Paths crawlers are asked to stay out of: member pages, search results (endless and thin),
 * pages whose real purpose is a form that posts back to them, and the editors' previews. A
 * path blocks everything under it as well, e.g. /account/listings/new.
 */
export const DISALLOWED_PATHS = [
  '/account',
  '/search',
  '/join',
  '/login',
  '/logout',
  '/feedback',
  '/preview',
] as const;

/** robots.txt rarely changes: shared caches may keep it a day. */
export const ROBOTS_CACHE_CONTROL = 'public, max-age=3600, s-maxage=86400';

/**
 * `/robots.txt`: every crawler may read the rest of the site, and learns where the sitemap is.
 * There is deliberately no `Allow: /`: Baidu applies the first rule that matches, so one placed
 * before the others would open the blocked paths to it.
 */
export function renderRobotsTxt(siteUrl: string): string {
  const rules = DISALLOWED_PATHS.map((path) => `Disallow: ${path}`);

  return ['User-agent: *', ...rules, '', `Sitemap: ${siteUrl}/sitemap.xml`, ''].join('\n');
}
