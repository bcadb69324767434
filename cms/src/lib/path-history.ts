import { categoryPath, detailPath, type DetailKind, type Section } from '@huijiu/shared';
import type { Core, UID } from '@strapi/strapi';

/**
 * Search engines and visitors keep old links. When a published page's address changes (its
 * slug, or a category's section), the old path is recorded as a 301 to the new one, so that
 * links and rankings carry over without anyone remembering to add a redirect by hand.
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

/** Actions after which a document's published path may have changed. */
const PATH_ACTIONS = new Set(['publish', 'update', 'create']);

/**
 * Records moved paths for every way a document gets published (the admin, the REST API,
 * scripts): the published path before and after the action are compared.
 */
export function registerPathHistory(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (!isPaged(context.uid) || !PATH_ACTIONS.has(context.action)) return next();
    const params = context.params as { documentId?: string; status?: string };
    // Types without drafts (categories) go live with every update.
    const drafts = context.contentType.options?.draftAndPublish === true;
    const publishing = !drafts || context.action === 'publish' || params.status === 'published';
    if (!publishing || !params.documentId) return next();

    const before = await publishedPath(strapi, context.uid, params.documentId);
    const result = await next();
    const after = await publishedPath(strapi, context.uid, params.documentId);

    if (before && after && before !== after) await recordMove(strapi, before, after);
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
