import { z } from 'zod';

import { choice, count, sitePath, text, webUrl } from './fields.js';
import { mediaSchema } from './media.js';
import type { Issue } from './rules.js';
import { documentFields } from './strapi.js';

export const friendLinkFields = {
  name: text('网站名称', 30, { min: 2 }),
  url: webUrl('网址'),
  sortOrder: count('排序').nullable(),
  active: z.boolean().nullable(),
};
export const friendLinkInput = z.object(friendLinkFields);

export const friendLinkSchema = z.object({
  ...documentFields,
  ...friendLinkFields,
  logo: mediaSchema.nullable(),
});
export type FriendLink = z.output<typeof friendLinkSchema>;

/**
 * permanent answers 301 and temporary 302 to `toPath`; gone answers 410, for a page that was
 * public and was taken down (recorded by the CMS when a published page is unpublished).
 */
export const REDIRECT_TYPES = ['permanent', 'temporary', 'gone'] as const;

export const redirectFields = {
  /** The old path on this site, e.g. /supply/old-name. */
  fromPath: sitePath('原路径'),
  /** Where visitors go instead: a path on this site or a full URL; empty for `gone`. */
  toPath: z
    .union([sitePath('目标路径'), webUrl('目标网址')], {
      error: '目标必须是以 / 开头的站内路径或完整网址',
    })
    .nullable(),
  type: choice('跳转类型', REDIRECT_TYPES),
};
export const redirectInput = z.object(redirectFields);

/** A redirect needs somewhere to go; a gone path needs nowhere. */
export function redirectIssues(redirect: Partial<z.input<typeof redirectInput>>): Issue[] {
  if (redirect.type !== 'gone' && !redirect.toPath) {
    return [
      { path: ['toPath'], message: '请填写目标路径；页面已下线且没有替代页面时，类型选“已下线”' },
    ];
  }
  return [];
}

export const redirectSchema = z.object({ ...documentFields, ...redirectFields });
export type Redirect = z.output<typeof redirectSchema>;
