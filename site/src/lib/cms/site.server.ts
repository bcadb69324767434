import {
  categorySchema,
  friendLinkSchema,
  listResponse,
  redirectSchema,
  type Section,
} from '@huijiu/shared';

import { fetchFromCms } from './client.server';
import { toImage, toSeo } from './media';
import { toQueryString } from './query';
import type { Category, FriendLink, Redirect } from './types';

const categoryListResponse = listResponse(categorySchema);
const friendLinkListResponse = listResponse(friendLinkSchema);
const redirectListResponse = listResponse(redirectSchema);

/** The categories of one section, in the editors' order. */
export async function listCategories(section: Section): Promise<Category[]> {
  const path = `/api/categories${toQueryString({
    filters: { section: { $eq: section } },
    sort: ['sortOrder:asc', 'id:asc'],
    pagination: { page: 1, pageSize: 100 },
  })}`;
  const { data } = await fetchFromCms(path, categoryListResponse);

  return data.map((category) => ({
    name: category.name,
    slug: category.slug,
    section: category.section,
    description: category.description,
    parent: category.parent && {
      name: category.parent.name,
      slug: category.parent.slug,
      section: category.parent.section,
    },
    seo: toSeo(category.seo, category.name),
  }));
}

/** Partner sites for the footer and /links, active ones only. */
export async function listFriendLinks(): Promise<FriendLink[]> {
  const path = `/api/friend-links${toQueryString({
    filters: { active: { $eq: true } },
    sort: ['sortOrder:asc', 'id:asc'],
    pagination: { page: 1, pageSize: 100 },
  })}`;
  const { data } = await fetchFromCms(path, friendLinkListResponse);

  return data.map((link) => ({
    name: link.name,
    url: link.url,
    logo: toImage(link.logo, link.name),
  }));
}

/**
 * Where an old path now leads: a redirect editors set or the CMS recorded when a slug changed,
 * or 410 for a page that was public and was taken down.
 */
export async function findRedirect(path: string): Promise<Redirect | null> {
  const query = `/api/redirects${toQueryString({
    filters: { fromPath: { $eq: path } },
    pagination: { page: 1, pageSize: 1 },
  })}`;
  const { data } = await fetchFromCms(query, redirectListResponse);
  const [redirect] = data;

  if (!redirect) return null;
  if (redirect.type === 'gone' || !redirect.toPath) return { status: 410 };
  return { to: redirect.toPath, status: redirect.type === 'permanent' ? 301 : 302 };
}
