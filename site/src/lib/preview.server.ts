import { PREVIEW_TOKEN_TTL_SECONDS } from '@huijiu/shared/preview-token';

import type { PageProblem } from './catalog.server';
import type { PreviewLinkError } from './cms';

/** What the banner at the top of a preview says, per version. */
export const PREVIEW_BANNERS = {
  draft: '预览：草稿内容，尚未发布',
  published: '预览：已发布的版本',
} as const;

/**
 * Headers of every /preview answer, content or refusal: a draft is for the editor who opened
 * it, so no cache may keep it, no search engine may list it, whatever the page's head says, and
 * no link followed from it may carry the token away in its Referer.
 */
export const PREVIEW_HEADERS = {
  'cache-control': 'private, no-store',
  'x-robots-tag': 'noindex',
  'referrer-policy': 'no-referrer',
} as const;

const HOME_LINK = { href: '/', label: '返回首页' };

/** What a refused preview link shows. */
export function refusedPreview(reason: PreviewLinkError['reason']): PageProblem {
  if (reason === 'off') {
    return {
      status: 404,
      title: '页面不存在',
      message: '本站没有开启内容预览。',
      links: [HOME_LINK],
    };
  }
  return {
    status: 403,
    title: '预览链接已失效',
    message: `预览链接已失效，请回到后台重新打开预览。每个预览链接生成后 ${
      PREVIEW_TOKEN_TTL_SECONDS / 60
    } 分钟内有效。`,
    links: [HOME_LINK],
  };
}

/** No such version: deleted after the link was made, or a published one asked of a draft. */
export const DELETED_PREVIEW: PageProblem = {
  status: 404,
  title: '找不到要预览的内容',
  message: '要预览的版本不存在：内容可能刚被删除，或者还从未发布过。',
  links: [HOME_LINK],
};

/** The draft lacks fields the page needs; Strapi lets drafts be saved half-filled. */
export const INCOMPLETE_PREVIEW: PageProblem = {
  status: 422,
  title: '草稿还不完整',
  message: '这份草稿还缺少页面需要的内容（例如标题、价格或时间），请在后台补全并保存后再预览。',
  links: [HOME_LINK],
};
