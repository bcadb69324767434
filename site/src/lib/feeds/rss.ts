import { detailPath, SECTION_PATHS, type SiteSettings } from '@huijiu/shared';

import type { ArticleCard } from '../cms';
import { absoluteUrl, escapeXml, XML_DECLARATION } from './xml';

/** How many of the latest news items the feed carries. */
export const NEWS_FEED_SIZE = 50;

export const RSS_CONTENT_TYPE = 'application/rss+xml; charset=utf-8';

/** Feed readers poll often; a shared cache answers them for ten minutes at a time. */
export const RSS_CACHE_CONTROL =
  'public, max-age=300, s-maxage=600, stale-while-revalidate=3600, stale-if-error=86400';

/** What the news list says about itself, for readers that show a feed's description. */
const NEWS_DESCRIPTION = '行业动态、市场行情与政策解读，每天更新，帮您把握生意机会。';

const element = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;

function item(siteUrl: string, article: ArticleCard): string {
  const link = absoluteUrl(siteUrl, detailPath('article', article.slug));
  const lines = [
    element('title', article.title),
    element('link', link),
    `<guid isPermaLink="true">${escapeXml(link)}</guid>`,
    // toUTCString() writes RFC 822 with a four-digit year, e.g. `Thu, 03 Dec 2026 08:00:00 GMT`.
    element('pubDate', article.publishedAt.toUTCString()),
    article.category ? element('category', article.category.name) : null,
    article.excerpt ? element('description', article.excerpt) : null,
  ];

  return `<item>\n${lines.filter((line) => line !== null).join('\n')}\n</item>`;
}

/** `/rss.xml`: RSS 2.0 of the latest news, newest first. */
export function renderNewsFeed(
  siteUrl: string,
  settings: SiteSettings,
  articles: ArticleCard[],
): string {
  const self = absoluteUrl(siteUrl, '/rss.xml');
  const channel = [
    element('title', `${settings.siteName} · 行业资讯`),
    element('link', absoluteUrl(siteUrl, SECTION_PATHS.news)),
    element('description', NEWS_DESCRIPTION),
    element('language', 'zh-cn'),
    `<atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
    ...articles.map((article) => item(siteUrl, article)),
  ];

  return [
    XML_DECLARATION,
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    ...channel,
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}
