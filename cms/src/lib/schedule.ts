import type { Core } from '@strapi/strapi';

import {
  REVIEWED_TYPES,
  SYSTEM_ACTOR,
  TITLE_FIELDS,
  recordReviewEvent,
  type ReviewState,
  type ReviewedType,
} from './review';

/**
 * What the clock does to content, once a minute (see `config/cron-tasks.ts`): publishes approved
 * entries whose 定时发布 time has come, takes down entries whose 定时下线 time has come, and
 * closes deals that have ended. Each run picks up everything overdue, so a CMS that was down
 * catches up at its next start; a second process running the same minute finds nothing left.
 */

interface DueRow {
  documentId: string;
  reviewState: ReviewState | null;
  [field: string]: unknown;
}

export interface ScheduleResult {
  published: number;
  unpublished: number;
  closedDeals: number;
}

const titleOf = (uid: ReviewedType, row: DueRow): string | null => {
  const title = row[TITLE_FIELDS[uid]];
  return typeof title === 'string' ? title : null;
};

async function publishDue(strapi: Core.Strapi, uid: ReviewedType, now: Date): Promise<number> {
  // Only approved drafts: an entry still in review keeps its time and goes out on the first
  // run after a reviewer approves it.
  const due = (await strapi.db.query(uid).findMany({
    where: { publishedAt: null, publishAt: { $lte: now }, reviewState: 'approved' },
    select: ['documentId', 'reviewState', TITLE_FIELDS[uid]],
  })) as DueRow[];

  for (const row of due) {
    await strapi.documents(uid).publish({ documentId: row.documentId });
    await strapi.db.query(uid).updateMany({
      where: { documentId: row.documentId },
      data: { publishAt: null },
    });
    await recordReviewEvent(strapi, {
      subjectType: uid,
      subjectDocumentId: row.documentId,
      subjectTitle: titleOf(uid, row),
      action: 'scheduled_publish',
      fromState: 'approved',
      toState: 'approved',
      actor: SYSTEM_ACTOR,
    });
    strapi.log.info(`schedule: published ${uid} ${row.documentId}`);
  }
  return due.length;
}

async function unpublishDue(strapi: Core.Strapi, uid: ReviewedType, now: Date): Promise<number> {
  // The draft holds the time editors set last, also when they set it after publishing.
  const due = (await strapi.db.query(uid).findMany({
    where: { publishedAt: null, unpublishAt: { $lte: now } },
    select: ['documentId', 'reviewState', TITLE_FIELDS[uid]],
  })) as DueRow[];

  let taken = 0;
  for (const row of due) {
    const live = await strapi.db
      .query(uid)
      .count({ where: { documentId: row.documentId, publishedAt: { $notNull: true } } });
    if (live > 0) {
      await strapi.documents(uid).unpublish({ documentId: row.documentId });
      taken += 1;
      await recordReviewEvent(strapi, {
        subjectType: uid,
        subjectDocumentId: row.documentId,
        subjectTitle: titleOf(uid, row),
        action: 'scheduled_unpublish',
        fromState: row.reviewState,
        toState: row.reviewState,
        actor: SYSTEM_ACTOR,
      });
      strapi.log.info(`schedule: unpublished ${uid} ${row.documentId}`);
    }
    // Done either way: an entry that was not live has nothing left to take down.
    await strapi.db.query(uid).updateMany({
      where: { documentId: row.documentId },
      data: { unpublishAt: null },
    });
  }
  return taken;
}

/**
 * Closes deals whose end has passed: stamps `closedAt` on both versions and takes them off the
 * home page's featured slots. The page stays, marked ended, as the 已结束团购 setting says.
 * Written straight to the rows: closing is not an edit a reviewer has to approve.
 */
async function closeEndedDeals(strapi: Core.Strapi, now: Date): Promise<number> {
  const uid = 'api::deal.deal';
  const ended = (await strapi.db.query(uid).findMany({
    where: { publishedAt: null, endsAt: { $lte: now }, closedAt: null },
    select: ['documentId', 'reviewState', 'title'],
  })) as DueRow[];

  for (const row of ended) {
    await strapi.db.query(uid).updateMany({
      where: { documentId: row.documentId },
      data: { closedAt: now, featured: false },
    });
    await recordReviewEvent(strapi, {
      subjectType: uid,
      subjectDocumentId: row.documentId,
      subjectTitle: titleOf(uid, row),
      action: 'close',
      fromState: row.reviewState,
      toState: row.reviewState,
      actor: SYSTEM_ACTOR,
    });
  }
  if (ended.length > 0) strapi.log.info(`schedule: closed ${ended.length} ended deal(s)`);
  return ended.length;
}

/** One run of the clock; returns what it did. */
export async function runSchedule(strapi: Core.Strapi, now = new Date()): Promise<ScheduleResult> {
  const result: ScheduleResult = { published: 0, unpublished: 0, closedDeals: 0 };
  for (const uid of REVIEWED_TYPES) {
    result.published += await publishDue(strapi, uid, now);
    result.unpublished += await unpublishDue(strapi, uid, now);
  }
  result.closedDeals = await closeEndedDeals(strapi, now);
  return result;
}
