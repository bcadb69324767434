/** The sitemap feed, readable by the site's read token only: it is cheap, but not for crawlers. */
export default {
  routes: [
    { method: 'GET', path: '/sitemap', handler: 'sitemap.summary' },
    { method: 'GET', path: '/sitemap/:section', handler: 'sitemap.slice' },
  ],
};
