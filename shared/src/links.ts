import { z } from 'zod';

import { choice, count, sitePath, text, webUrl } from './fields.js';
import { mediaSchema } from './media.js';
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

export const REDIRECT_TYPES = ['permanent', 'temporary'] as const;

export const redirectFields = {
  /** The old path on this site, e.g. /supply/old-name. */
  fromPath: sitePath('原路径'),
  /** Where visitors go instead: a path on this site or a full URL. */
  toPath: z.union([sitePath('目标路径'), webUrl('目标网址')], {
    error: '目标必须是以 / 开头的站内路径或完整网址',
  }),
  /** permanent answers 301, temporary 302. */
  type: choice('跳转类型', REDIRECT_TYPES),
};
export const redirectInput = z.object(redirectFields);

export const redirectSchema = z.object({ ...documentFields, ...redirectFields });
export type Redirect = z.output<typeof redirectSchema>;
