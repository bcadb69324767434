import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';

import {
  REVIEW_STATE_LABELS,
  TITLE_FIELDS,
  currentActor,
  isReviewedType,
  recordReviewEvent,
  withReviewAuthority,
  type ReviewActor,
  type ReviewState,
  type ReviewedType,
} from './review';
import { validationError } from './validation';

/** What editors do to move a document through review. */
export type ReviewCommand = 'submit' | 'approve' | 'request_changes';

interface CommandRule {
  from: readonly ReviewState[];
  to: ReviewState;
  /**
   * The admin permission the command needs on the type: whoever may edit may submit; whoever
   * may publish reviews. Roles are checked through permissions, so a custom role works too.
   */
  permission:
    'plugin::content-manager.explorer.update' | 'plugin::content-manager.explorer.publish';
  /** The verb in messages: 不能「送审」. */
  verb: string;
}

export const REVIEW_COMMANDS: Record<ReviewCommand, CommandRule> = {
  submit: {
    from: ['draft', 'changes_requested'],
    to: 'in_review',
    permission: 'plugin::content-manager.explorer.update',
    verb: '送审',
  },
  approve: {
    from: ['in_review'],
    to: 'approved',
    permission: 'plugin::content-manager.explorer.publish',
    verb: '审核通过',
  },
  request_changes: {
    from: ['in_review', 'approved'],
    to: 'changes_requested',
    permission: 'plugin::content-manager.explorer.publish',
    verb: '退回修改',
  },
};

const isCommand = (value: unknown): value is ReviewCommand =>
  typeof value === 'string' && value in REVIEW_COMMANDS;

/** Longest reviewer note, as the `reviewNote` field stores it. */
const NOTE_MAX = 500;

interface Move {
  uid: ReviewedType;
  documentId: string;
  command: ReviewCommand;
  note?: string | null;
  actor: ReviewActor;
}

/**
 * Moves a document's draft to the command's state and records the step, both or neither. The
 * published version, if any, stays as it is until a reviewer publishes again.
 */
export async function moveReview(strapi: Core.Strapi, move: Move): Promise<ReviewState> {
  const rule = REVIEW_COMMANDS[move.command];
  const draft = (await strapi
    .documents(move.uid)
    .findOne({ documentId: move.documentId, status: 'draft' })) as Record<string, unknown> | null;
  if (!draft) throw new errors.NotFoundError('找不到这条内容，可能已被删除');

  const from = (draft.reviewState as ReviewState | null) ?? 'draft';
  if (!rule.from.includes(from)) {
    throw validationError([
      {
        path: ['reviewState'],
        message: `这条内容目前是「${REVIEW_STATE_LABELS[from]}」，不能${rule.verb}`,
      },
    ]);
  }
  const note = move.note?.trim() || null;
  if (move.command === 'request_changes' && !note) {
    throw validationError([{ path: ['note'], message: '退回修改时请写明需要修改的地方' }]);
  }
  if (note && note.length > NOTE_MAX) {
    throw validationError([{ path: ['note'], message: `说明最多 ${NOTE_MAX} 个字` }]);
  }

  await withReviewAuthority(() =>
    strapi.db.transaction(async () => {
      await strapi.db.query(move.uid).update({
        where: { documentId: move.documentId, publishedAt: null },
        data: {
          reviewState: rule.to,
          reviewNote: move.command === 'request_changes' ? note : null,
        },
      });
      const title = draft[TITLE_FIELDS[move.uid]];
      await recordReviewEvent(strapi, {
        subjectType: move.uid,
        subjectDocumentId: move.documentId,
        subjectTitle: typeof title === 'string' ? title : null,
        action: move.command,
        fromState: from,
        toState: rule.to,
        note,
        actor: move.actor,
      });
    }),
  );
  return rule.to;
}

/** The admin user's abilities, which Strapi's admin authentication puts on the request. */
interface UserAbility {
  can(action: string, subject: string): boolean;
}

function subjectOf(ctx: Context, source: Record<string, unknown>): ReviewedType {
  const { uid } = source;
  if (typeof uid !== 'string' || !isReviewedType(uid)) {
    throw new errors.ValidationError('这类内容不需要审核');
  }
  const ability = ctx.state.userAbility as UserAbility | undefined;
  if (!ability?.can('plugin::content-manager.explorer.read', uid)) {
    throw new errors.ForbiddenError('没有查看这类内容的权限');
  }
  return uid;
}

function documentIdOf(source: Record<string, unknown>): string {
  const { documentId } = source;
  if (typeof documentId !== 'string' || !/^[a-z0-9]{1,64}$/.test(documentId)) {
    throw new errors.ValidationError('documentId 不正确');
  }
  return documentId;
}

/** The commands this admin user may give on a document of `uid` in state `state`. */
function allowedCommands(ability: UserAbility, uid: ReviewedType, state: ReviewState) {
  return (Object.keys(REVIEW_COMMANDS) as ReviewCommand[]).filter((command) => {
    const rule = REVIEW_COMMANDS[command];
    return rule.from.includes(state) && ability.can(rule.permission, uid);
  });
}

/**
 * The admin API behind the review panel on each edit view:
 *   GET  /huijiu-review/status?uid=&documentId=   state, note, allowed commands, history
 *   POST /huijiu-review/move   { uid, documentId, command, note }
 */
export function registerReviewRoutes(strapi: Core.Strapi): void {
  const config = { policies: ['admin::isAuthenticatedAdmin'] };
  const info = { type: 'admin' };

  async function status(ctx: Context) {
    const query = ctx.query as Record<string, unknown>;
    const uid = subjectOf(ctx, query);
    const documentId = documentIdOf(query);

    const draft = (await strapi.documents(uid).findOne({ documentId, status: 'draft' })) as Record<
      string,
      unknown
    > | null;
    const events = await strapi.db.query('api::review-event.review-event').findMany({
      where: { subjectType: uid, subjectDocumentId: documentId },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      limit: 100,
    });
    const state = (draft?.reviewState as ReviewState | null) ?? 'draft';

    ctx.body = {
      data: {
        exists: draft !== null,
        state,
        stateLabel: REVIEW_STATE_LABELS[state],
        note: (draft?.reviewNote as string | null) ?? null,
        commands: draft ? allowedCommands(ctx.state.userAbility as UserAbility, uid, state) : [],
        events: events.map((event) => ({
          action: event.action,
          fromState: event.fromState,
          toState: event.toState,
          note: event.note,
          actorName: event.actorName,
          at: event.createdAt,
        })),
      },
    };
  }

  async function move(ctx: Context) {
    const body = (ctx.request as { body?: Record<string, unknown> }).body ?? {};
    const uid = subjectOf(ctx, body);
    const documentId = documentIdOf(body);
    const { command, note } = body;
    if (!isCommand(command)) throw new errors.ValidationError('不认识的审核操作');
    const ability = ctx.state.userAbility as UserAbility;
    if (!ability.can(REVIEW_COMMANDS[command].permission, uid)) {
      throw new errors.ForbiddenError(`没有「${REVIEW_COMMANDS[command].verb}」的权限`);
    }

    const state = await moveReview(strapi, {
      uid,
      documentId,
      command,
      note: typeof note === 'string' ? note : null,
      actor: currentActor(strapi),
    });
    strapi.log.info(`review: ${uid} ${documentId} ${command} → ${state}`);
    ctx.body = { data: { state, stateLabel: REVIEW_STATE_LABELS[state] } };
  }

  strapi.server.routes({
    type: 'admin',
    prefix: '/huijiu-review',
    routes: [
      { method: 'GET', path: '/status', handler: status, config, info },
      { method: 'POST', path: '/move', handler: move, config, info },
    ],
  });
}
