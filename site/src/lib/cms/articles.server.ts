import { articleSchema, listResponse, type Article as CmsArticle } from '@huijiu/shared';

import { fetchFromCms } from './client.server';
import { toImage, toSeo } from './media';
import { toQueryString } from './query';
import { PAGE_SIZE, toCategoryRef, toPage } from './refs';
import type { Article, ArticleCard, PageOf } from './types';

const articleListResponse = listResponse(articleSchema);

function toArticleCard(article: CmsArticle): ArticleCard {
  return {
    slug: article.slug,
    title: article.title,
    excerpt: article.excerpt,
    cover: toImage(article.cover, article.title),
    category: toCategoryRef(article.category),
    authorName: article.authorName,
    tags: article.tags ?? [],
    publishedAt: new Date(article.publishedAt),
  };
}

export const toArticle = (article: CmsArticle): Article => ({
  ...toArticleCard(article),
  body: article.body ?? [],
  updatedAt: new Date(article.updatedAt),
  seo: toSeo(article.seo, article.title),
});

export interface ArticleQuery {
  page?: number;
  categorySlug?: string;
  pageSize?: number;
}

/** News, newest first. */
export async function listArticles(query: ArticleQuery = {}): Promise<PageOf<ArticleCard>> {
  const path = `/api/articles${toQueryString({
    filters: {
      category: query.categorySlug ? { slug: { $eq: query.categorySlug } } : undefined,
    },
    sort: ['publishedAt:desc', 'id:desc'],
    pagination: { page: query.page ?? 1, pageSize: query.pageSize ?? PAGE_SIZE },
  })}`;
  const { data, meta } = await fetchFromCms(path, articleListResponse);

  return toPage(data, meta.pagination, toArticleCard);
}

export async function getArticle(slug: string): Promise<Article | null> {
  const path = `/api/articles${toQueryString({
    filters: { slug: { $eq: slug } },
    pagination: { page: 1, pageSize: 1 },
  })}`;
  const { data } = await fetchFromCms(path, articleListResponse);

  return data[0] ? toArticle(data[0]) : null;
}

/** News whose title or excerpt contains `text`, newest first. */
export async function searchArticles(text: string, pageSize: number): Promise<PageOf<ArticleCard>> {
  const path = `/api/articles${toQueryString({
    filters: {
      $or: [{ title: { $containsi: text } }, { excerpt: { $containsi: text } }],
    },
    sort: ['publishedAt:desc', 'id:desc'],
    pagination: { page: 1, pageSize },
  })}`;
  const { data, meta } = await fetchFromCms(path, articleListResponse);

  return toPage(data, meta.pagination, toArticleCard);
}
