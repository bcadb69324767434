import { AsyncLocalStorage } from 'node:async_hooks';

import { type ReviewState } from '@huijiu/shared';
import type { Core, UID } from '@strapi/strapi';

/**
 * The review flow every public document passes before it goes live: 草稿 `draft` → 待审核
 * `in_review` → 已通过 `approved`, or 需修改 `changes_requested` with the reviewer's note. Only
 * approved documents may be published (see `review-guard.ts`), and every move is recorded as a
 * `review-event` that outlives the document.
 */

/** The content types that go through review. */
export const REVIEWED_TYPES = [
  'api::product.product',
  'api::article.article',
  'api::deal.deal',
  'api::merchant.merchant',
  'api::lottery.lottery',
  'api::friend-link.friend-link',
] as const satisfies readonly UID.ContentType[];
export type ReviewedType = (typeof REVIEWED_TYPES)[number];

export const isReviewedType = (uid: string): uid is ReviewedType =>
  (REVIEWED_TYPES as readonly string[]).includes(uid);

export type { ReviewState };

/** How editors see the states in the admin. */
export const REVIEW_STATE_LABELS: Record<ReviewState, string> = {
  draft: '草稿',
  in_review: '待审核',
  approved: '已通过',
  changes_requested: '需修改',
};

/** What happened to a document, as the review history lists it. */
export type ReviewAction =
  | 'submit'
  | 'approve'
  | 'request_changes'
  | 'reopen'
  | 'publish'
  | 'unpublish'
  | 'scheduled_publish'
  | 'scheduled_unpublish'
  | 'close';

/** Fields the review flow owns: editors see them, only the flow's own code writes them. */
export const REVIEW_FIELDS = ['reviewState', 'reviewNote'] as const;

const authority = new AsyncLocalStorage<true>();

/**
 * Runs `work` as the review flow itself, whose writes may set `reviewState` and `reviewNote`.
 * Inside a request (the admin, the REST API) those fields are otherwise dropped from every
 * write, so that no form or API call can approve a document by sending the field.
 */
export const withReviewAuthority = <T>(work: () => Promise<T>): Promise<T> =>
  authority.run(true, work);

export const hasReviewAuthority = (): boolean => authority.getStore() === true;

/** Who did something, copied into the history so that it survives the account. */
export interface ReviewActor {
  id: number | null;
  name: string;
  email: string | null;
}

/** The actor when code acts on its own: the scheduler, the seed, a member's submission. */
export const SYSTEM_ACTOR: ReviewActor = { id: null, name: '系统', email: null };

/** An admin user as the request context holds it. */
interface AdminUser {
  id: number;
  firstname?: string | null;
  lastname?: string | null;
  username?: string | null;
  email?: string | null;
}

/** The admin user behind the current request, or the system when there is none. */
export function currentActor(strapi: Core.Strapi): ReviewActor {
  const state = strapi.requestContext.get()?.state as
    { user?: AdminUser; auth?: { strategy?: { name?: string } } } | undefined;
  const user = state?.auth?.strategy?.name === 'admin' ? state.user : undefined;
  if (!user) return SYSTEM_ACTOR;

  const fullName = [user.lastname, user.firstname].filter(Boolean).join('');
  return {
    id: user.id,
    name: user.username || fullName || user.email || `#${user.id}`,
    email: user.email ?? null,
  };
}

export interface ReviewEventInput {
  subjectType: ReviewedType;
  subjectDocumentId: string;
  subjectTitle: string | null;
  action: ReviewAction;
  fromState: ReviewState | null;
  toState: ReviewState | null;
  note?: string | null;
  actor: ReviewActor;
}

/** Appends one step to a document's review history. */
export async function recordReviewEvent(
  strapi: Core.Strapi,
  event: ReviewEventInput,
): Promise<void> {
  await strapi.db.query('api::review-event.review-event').create({
    data: {
      subjectType: event.subjectType,
      subjectDocumentId: event.subjectDocumentId,
      subjectTitle: event.subjectTitle?.slice(0, 200) ?? null,
      action: event.action,
      fromState: event.fromState,
      toState: event.toState,
      note: event.note?.trim() || null,
      actorId: event.actor.id,
      actorName: event.actor.name,
      actorEmail: event.actor.email,
    },
  });
}

/** The field that names a document of each reviewed type in the history. */
export const TITLE_FIELDS: Record<ReviewedType, string> = {
  'api::product.product': 'title',
  'api::article.article': 'title',
  'api::deal.deal': 'title',
  'api::merchant.merchant': 'name',
  'api::lottery.lottery': 'title',
  'api::friend-link.friend-link': 'name',
};
