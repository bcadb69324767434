import type { Core, UID } from '@strapi/strapi';

import {
  REVIEW_FIELDS,
  REVIEW_STATE_LABELS,
  TITLE_FIELDS,
  currentActor,
  hasReviewAuthority,
  isReviewedType,
  recordReviewEvent,
  type ReviewState,
  type ReviewedType,
} from './review';
import { validationError } from './validation';

type Fields = Record<string, unknown>;

/**
 * Fields whose edits leave an approved document approved: what SEO staff tune, the schedule,
 * and what Strapi or the review flow keep themselves. Every other field is a fact a reviewer
 * approved, and changing it sends the document back to review.
 */
const NON_FACT_FIELDS = new Set<string>([
  'seo',
  'slug',
  'publishAt',
  'unpublishAt',
  ...REVIEW_FIELDS,
  'id',
  'documentId',
  'locale',
  'localizations',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'createdBy',
  'updatedBy',
]);

interface Attribute {
  type: string;
}

/** A value as it compares: empty is empty, numbers and dates by value, the rest as JSON. */
function comparable(attribute: Attribute, value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  switch (attribute.type) {
    case 'decimal':
    case 'float':
    case 'integer':
    case 'biginteger':
      return String(Number(value));
    case 'datetime':
      return String(Date.parse(String(value)));
    case 'boolean':
      return String(Boolean(value));
    default:
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

/** Ids of media as the admin sends them (objects) or code does (ids). */
const mediaIds = (value: unknown): string =>
  (Array.isArray(value) ? value : value ? [value] : [])
    .map((item) => (typeof item === 'object' && item !== null ? (item as Fields).id : item))
    .map(String)
    .sort()
    .join(',');

/**
 * Whether `data` changes a fact of the stored draft. Relations count as changed when the write
 * connects, disconnects or sets something (the admin sends empty lists when they are left
 * alone); media by their ids; everything else by value.
 */
async function changesFacts(
  strapi: Core.Strapi,
  uid: ReviewedType,
  stored: Fields,
  data: Fields,
): Promise<boolean> {
  const attributes = strapi.contentType(uid).attributes as Record<string, Attribute>;
  const mediaFields: string[] = [];

  for (const [field, value] of Object.entries(data)) {
    const attribute = attributes[field];
    if (!attribute || NON_FACT_FIELDS.has(field)) continue;

    if (attribute.type === 'relation') {
      if (value === undefined) continue;
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return true;
      const { connect, disconnect, set } = value as Record<string, unknown>;
      const lists = [connect, disconnect, set].filter(Array.isArray) as unknown[][];
      if (lists.some((list) => list.length > 0)) return true;
      continue;
    }
    if (attribute.type === 'media') {
      mediaFields.push(field);
      continue;
    }
    if (attribute.type === 'component' || attribute.type === 'dynamiczone') continue;
    if (comparable(attribute, value) !== comparable(attribute, stored[field])) return true;
  }

  if (mediaFields.length === 0) return false;
  const withMedia = (await strapi.documents(uid).findOne({
    documentId: String(stored.documentId),
    status: 'draft',
    populate: mediaFields,
  } as never)) as Fields | null;
  return mediaFields.some((field) => mediaIds(data[field]) !== mediaIds(withMedia?.[field]));
}

const stateOf = (document: Fields | null | undefined): ReviewState =>
  (document?.reviewState as ReviewState | undefined) ?? 'draft';

/** The admin's message when publishing is refused; it marks the review state field. */
const notApproved = (state: ReviewState) =>
  validationError([
    {
      path: ['reviewState'],
      message:
        `审核通过后才能发布：这条内容目前是「${REVIEW_STATE_LABELS[state]}」。` +
        '请先送审，由审核员通过后再发布。',
    },
  ]);

async function storedDraft(
  strapi: Core.Strapi,
  uid: ReviewedType,
  documentId: string | undefined,
): Promise<Fields | null> {
  if (!documentId) return null;
  return (await strapi
    .documents(uid as UID.ContentType)
    .findOne({ documentId, status: 'draft' })) as Fields | null;
}

/**
 * The review guard, on the document service, which every path goes through: the admin, the
 * content manager's API, the REST API and code. It refuses to publish anything whose draft is
 * not approved (publishing, and creating or updating with `status: 'published'`); it drops
 * `reviewState` and `reviewNote` from writes made inside a request, so only the review flow's
 * own code moves them; and it sends an approved document back to review when its facts change.
 * Writes through `strapi.db.query` bypass it, as they bypass every document middleware.
 */
export function registerReviewGuard(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const { uid, action } = context;
    if (!isReviewedType(uid)) return next();
    const params = context.params as { data?: Fields; documentId?: string; status?: string };
    const inRequest = strapi.requestContext.get() !== undefined;

    if (action === 'publish') {
      const draft = await storedDraft(strapi, uid, params.documentId);
      if (draft && stateOf(draft) !== 'approved') throw notApproved(stateOf(draft));
      const result = await next();
      if (draft && inRequest) await recordMove(strapi, uid, draft, 'publish');
      return result;
    }

    if (action === 'unpublish') {
      const draft = await storedDraft(strapi, uid, params.documentId);
      const result = await next();
      if (draft && inRequest) await recordMove(strapi, uid, draft, 'unpublish');
      return result;
    }

    if (action !== 'create' && action !== 'update') return next();

    const data: Fields = Object.fromEntries(
      Object.entries(params.data ?? {}).filter(
        ([field]) =>
          hasReviewAuthority() ||
          !inRequest ||
          !(REVIEW_FIELDS as readonly string[]).includes(field),
      ),
    );
    const stored = action === 'update' ? await storedDraft(strapi, uid, params.documentId) : null;

    const reopens =
      !hasReviewAuthority() &&
      stored !== null &&
      stateOf(stored) === 'approved' &&
      !('reviewState' in data) &&
      (await changesFacts(strapi, uid, stored, data));
    if (reopens) {
      data.reviewState = 'in_review';
      data.reviewNote = null;
    }

    if (params.status === 'published') {
      const state = (data.reviewState as ReviewState | undefined) ?? stateOf(stored);
      if (state !== 'approved') throw notApproved(state);
    }

    params.data = data;
    const result = await next();
    if (reopens && stored) {
      await recordReviewEvent(strapi, {
        subjectType: uid,
        subjectDocumentId: String(stored.documentId),
        subjectTitle: titleOf(uid, { ...stored, ...data }),
        action: 'reopen',
        fromState: 'approved',
        toState: 'in_review',
        note: '通过后又修改了内容，需要重新审核',
        actor: currentActor(strapi),
      });
    }
    return result;
  });
}

const titleOf = (uid: ReviewedType, document: Fields): string | null => {
  const title = document[TITLE_FIELDS[uid]];
  return typeof title === 'string' ? title : null;
};

/** Publishing and unpublishing from the admin join the history; the state stays as it is. */
function recordMove(
  strapi: Core.Strapi,
  uid: ReviewedType,
  draft: Fields,
  action: 'publish' | 'unpublish',
): Promise<void> {
  const state = stateOf(draft);
  return recordReviewEvent(strapi, {
    subjectType: uid,
    subjectDocumentId: String(draft.documentId),
    subjectTitle: titleOf(uid, draft),
    action,
    fromState: state,
    toState: state,
    actor: currentActor(strapi),
  });
}
