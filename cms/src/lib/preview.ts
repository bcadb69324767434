import { isPreviewTypeUid, type PreviewTypeUid } from '@huijiu/shared';
import {
  signPreviewToken,
  verifyPreviewToken,
  type PreviewGrant,
  type PreviewTokenProblem,
} from '@huijiu/shared/preview-token';
import type { Core, Modules } from '@strapi/strapi';

import { PUBLIC_TYPES } from './public-api';

/** What the admin hands the handler: Strapi 5.54's `PreviewHandlerParams`. */
interface PreviewRequest {
  documentId?: string;
  status?: string;
}

/**
 * The site's preview address for a document the admin shows, with a fresh signed token; null
 * for types without a page on the site (friend links, redirects, settings, …), so that the
 * admin offers no preview for them.
 */
export function previewUrl(
  uid: string,
  { documentId, status }: PreviewRequest,
  site: { url: string; secret: string },
  now = new Date(),
): string | null {
  if (!isPreviewTypeUid(uid) || !documentId) return null;

  const token = signPreviewToken(
    { uid, documentId, status: status === 'published' ? 'published' : 'draft' },
    site.secret,
    { now },
  );
  return `${site.url}/preview?token=${encodeURIComponent(token)}`;
}

export type PreviewLookup =
  | { found: true; grant: PreviewGrant; document: Record<string, unknown> }
  | { found: false; problem: PreviewTokenProblem | 'missing' | 'not-found' };

/**
 * The version of the document a valid token names, populated and cleaned exactly like the
 * public API's single reads: the route's default populate, and no private fields.
 */
export async function findPreviewDocument(
  strapi: Core.Strapi,
  token: string | undefined,
  secret: string,
): Promise<PreviewLookup> {
  if (!token) return { found: false, problem: 'missing' };
  const check = verifyPreviewToken(token, secret);
  if (!check.ok) return { found: false, problem: check.problem };

  const { uid, documentId, status } = check.grant;
  const document = await strapi.documents(uid).findOne({
    documentId,
    status,
    // The same object the REST routes pass as a query; its `fields` lists are plain strings
    // here, which the document service's per-type attribute names do not accept as a type.
    populate: PUBLIC_TYPES[uid].populate as Modules.Documents.Params.Populate.Any<PreviewTypeUid>,
  });
  if (!document) return { found: false, problem: 'not-found' };

  // No `auth`: what any caller of the public API would be allowed to see, and no more.
  const clean: unknown = await strapi.contentAPI.sanitize.output(document, strapi.getModel(uid));
  return { found: true, grant: check.grant, document: clean as Record<string, unknown> };
}
