import { categoryPath, detailPath, type DetailKind, type Section } from '@huijiu/shared';
import type { Core, UID } from '@strapi/strapi';

/**
 * Search engines and visitors keep old links. When a published page's address changes (its
 * slug, or a category's section), the old path is recorded as a 301 to the new one, so that
 * links and rankings carry over without anyone remembering to add a redirect by hand. When a
 * published page is unpublished or deleted, its path is recorded as gone (410), which tells
 * search engines to drop it sooner than a 404 would; publishing it again clears that.
 */

type PagedUid = Extract<
  UID.ContentType,
  | 'api::product.product'
  | 'api::deal.deal'
  | 'api::article.article'
  | 'api::merchant.merchant'
  | 'api::lottery.lottery'
  | 'api::category.category'
>;

const DETAIL_KINDS: Partial<Record<PagedUid, DetailKind>> = {
  'api::product.product': 'product',
  'api::deal.deal': 'deal',
  'api::article.article': 'article',
  'api::merchant.merchant': 'merchant',
  'api::lottery.lottery': 'lottery',
};

const isPaged = (uid: string): uid is PagedUid =>
  uid in DETAIL_KINDS || uid === 'api::category.category';

/** The path of the published version of a document, or null when it is not published. */
export async function publishedPath(
  strapi: Core.Strapi,
  uid: PagedUid,
  documentId: string,
): Promise<string | null> {
  const published = (await strapi.documents(uid).findOne({ documentId, status: 'published' })) as {
    slug?: string | null;
    section?: Section | null;
  } | null;
  if (!published?.slug) return null;

  const kind = DETAIL_KINDS[uid];
  if (kind) return detailPath(kind, published.slug);
  return published.section
    ? categoryPath({ section: published.section, slug: published.slug })
    : null;
}

/** Actions after which a document's published path may have changed or vanished. */
const PATH_ACTIONS = new Set(['publish', 'update', 'create', 'unpublish', 'delete']);

/**
 * Records moved and vanished paths for every way a document changes its live version (the
 * admin, the REST API, scripts): the published path before and after the action are compared.
 */
export function registerPathHistory(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (!isPaged(context.uid) || !PATH_ACTIONS.has(context.action)) return next();
    const params = context.params as { documentId?: string; status?: string };
    // Editing or creating a draft leaves the live page as it is; types without drafts
    // (categories) go live with every write.
    const drafts = context.contentType.options?.draftAndPublish === true;
    const draftOnly =
      drafts && ['create', 'update'].includes(context.action) && params.status !== 'published';
    if (draftOnly) return next();

    const before = params.documentId
      ? await publishedPath(strapi, context.uid, params.documentId)
      : null;
    const result = await next();
    const documentId = params.documentId ?? (result as { documentId?: string } | null)?.documentId;
    const after = documentId ? await publishedPath(strapi, context.uid, documentId) : null;

    if (before && after && before !== after) await recordMove(strapi, before, after);
    if (before && !after) await recordGone(strapi, before);
    if (!before && after) await clearGone(strapi, after);
    return result;
  });
}

/**
 * Points `from` at `to`. Redirects that led to `from` are pointed at `to` as well, so that a
 * page renamed twice costs visitors one hop, not two; and a redirect away from `to`, left from
 * an earlier rename back, is removed, since `to` is a live page again.
 */
export async function recordMove(strapi: Core.Strapi, from: string, to: string): Promise<void> {
  const redirects = strapi.db.query('api::redirect.redirect');

  await redirects.deleteMany({ where: { fromPath: to } });
  await redirects.updateMany({ where: { toPath: from }, data: { toPath: to } });
  const existing = await redirects.findOne({ where: { fromPath: from }, select: ['id'] });
  if (existing) {
    await redirects.update({ where: { id: existing.id }, data: { toPath: to, type: 'permanent' } });
  } else {
    await strapi.documents('api::redirect.redirect').create({
      data: { fromPath: from, toPath: to, type: 'permanent' },
    });
  }
  strapi.log.info(`Path moved: ${from} now redirects to ${to}`);
}

/** Marks `path` as taken down (410), unless an editor already sends it somewhere. */
async function recordGone(strapi: Core.Strapi, path: string): Promise<void> {
  const redirects = strapi.db.query('api::redirect.redirect');
  if (await redirects.findOne({ where: { fromPath: path }, select: ['id'] })) return;

  await strapi.documents('api::redirect.redirect').create({
    data: { fromPath: path, type: 'gone' },
  });
  strapi.log.info(`Path gone: ${path} now answers 410`);
}

/** A page published (again) at `path` is live, so the path is no longer gone. */
async function clearGone(strapi: Core.Strapi, path: string): Promise<void> {
  await strapi.db
    .query('api::redirect.redirect')
    .deleteMany({ where: { fromPath: path, type: 'gone' } });
}
