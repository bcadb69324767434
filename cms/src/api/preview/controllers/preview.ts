import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

import { loadCmsEnv } from '../../../lib/env';
import { sendError } from '../../../lib/error-response';
import { findPreviewDocument } from '../../../lib/preview';

/** Drafts are nobody's to keep: neither browsers nor proxies may store a preview. */
const NO_STORE = 'private, no-store';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async show(ctx: Context) {
    ctx.set('Cache-Control', NO_STORE);
    const token = typeof ctx.query.token === 'string' ? ctx.query.token : undefined;

    const lookup = await findPreviewDocument(strapi, token, loadCmsEnv().PREVIEW_SECRET);

    if (lookup.found) {
      const { uid, documentId, status } = lookup.grant;
      ctx.body = { data: lookup.document, meta: { uid, documentId, status } };
      return;
    }
    if (lookup.problem === 'missing') {
      return sendError(ctx, 401, 'UnauthorizedError', 'A preview token is required.', {
        code: 'missing',
      });
    }
    if (lookup.problem === 'not-found') {
      return sendError(ctx, 404, 'NotFoundError', 'The previewed document no longer exists.');
    }
    // Forged and malformed tokens get the same answer, so that probing learns nothing about
    // the format; an expired one says so, since that is what an editor can fix.
    strapi.log.info(`preview refused: ${lookup.problem} token`);
    return sendError(ctx, 403, 'ForbiddenError', 'The preview link is invalid or has expired.', {
      code: lookup.problem === 'expired' ? 'expired' : 'invalid',
    });
  },
});
