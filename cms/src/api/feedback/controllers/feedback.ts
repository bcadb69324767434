import { feedbackInput, type FeedbackReceipt } from '@huijiu/shared';
import { factories } from '@strapi/strapi';
import type { Context } from 'koa';

import { validationError } from '../../../lib/validation';

export default factories.createCoreController('api::feedback.feedback', ({ strapi }) => ({
  /**
   * Visitors may only send feedback: it always lands as `new`, whatever the body says, and
   * the answer confirms receipt without echoing anything back.
   */
  async create(ctx: Context) {
    const body = ctx.request.body as { data?: unknown } | undefined;
    const parsed = feedbackInput.safeParse(body?.data ?? {});
    if (!parsed.success) throw validationError(parsed.error.issues);

    const feedback = await strapi.documents('api::feedback.feedback').create({
      data: {
        kind: parsed.data.kind,
        message: parsed.data.message,
        contact: parsed.data.contact ?? undefined,
        pageUrl: parsed.data.pageUrl ?? undefined,
        userAgent: parsed.data.userAgent ?? undefined,
        status: 'new',
      },
    });
    strapi.log.info(`Feedback ${feedback.documentId} received (${parsed.data.kind})`);

    const receipt: FeedbackReceipt = { documentId: feedback.documentId, status: 'new' };
    ctx.status = 201;
    ctx.body = { data: receipt };
  },
}));
