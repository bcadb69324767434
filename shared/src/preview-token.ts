/// <reference types="node" />
/**
 * Preview links: the CMS signs which document an editor may see and until when; the site and
 * the CMS's preview route check the signature with the same PREVIEW_SECRET. Server-only (it
 * needs node:crypto), so it is not re-exported from the package's index, which client scripts
 * may import; import it as `@huijiu/shared/preview-token`.
 *
 * A token is `<payload>.<signature>`, both base64url: the payload is the JSON of
 * `PreviewGrant` with the expiry in whole seconds, the signature HMAC-SHA256 over a version
 * label and the encoded payload. Changing any field, the secret or the version breaks it.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

import { z } from 'zod';

import { PREVIEW_STATUSES, PREVIEW_TYPE_UIDS } from './preview.js';

/** How long a preview link works: long enough to look, short enough that a leaked one dies. */
export const PREVIEW_TOKEN_TTL_SECONDS = 10 * 60;

/** Bound into every signature, so that a token of another format or purpose never verifies. */
const SIGNATURE_LABEL = 'huijiu-preview-v1';

/** What a token allows: one version of one document, until `expiresAt` (seconds since 1970). */
export const previewGrantSchema = z.strictObject({
  /** The content type, one of `PREVIEW_PAGES`. */
  uid: z.enum(PREVIEW_TYPE_UIDS),
  /** Strapi's stable id of the document, the same for its draft and published versions. */
  documentId: z.string().min(1).max(64),
  /** Which version to show: the draft editors are working on, or what is live. */
  status: z.enum(PREVIEW_STATUSES),
  /** Whole seconds since the Unix epoch after which the token is refused. */
  expiresAt: z.number().int().positive(),
});
export type PreviewGrant = z.output<typeof previewGrantSchema>;

/** Why a token was refused; callers answer 403 for all of them and log the reason. */
export type PreviewTokenProblem = 'malformed' | 'bad-signature' | 'expired';

export type PreviewTokenCheck =
  { ok: true; grant: PreviewGrant } | { ok: false; problem: PreviewTokenProblem };

const sign = (encodedPayload: string, secret: string): Buffer =>
  createHmac('sha256', secret).update(`${SIGNATURE_LABEL}.${encodedPayload}`).digest();

export interface SignOptions {
  /** The moment the link is made; tests move it to make expired tokens. */
  now?: Date;
  ttlSeconds?: number;
}

/** A token for `grant` that expires `ttlSeconds` after `now`. */
export function signPreviewToken(
  grant: Omit<PreviewGrant, 'expiresAt'>,
  secret: string,
  { now = new Date(), ttlSeconds = PREVIEW_TOKEN_TTL_SECONDS }: SignOptions = {},
): string {
  const expiresAt = Math.floor(now.getTime() / 1000) + ttlSeconds;
  const payload = previewGrantSchema.parse({ ...grant, expiresAt });
  const encoded = Buffer.from(JSON.stringify(payload)).toString('base64url');

  return `${encoded}.${sign(encoded, secret).toString('base64url')}`;
}

/**
 * Checks a token's signature, then its shape, then its expiry. The signature comes first, so
 * that nothing of a forged token is parsed or believed.
 */
export function verifyPreviewToken(
  token: string,
  secret: string,
  now = new Date(),
): PreviewTokenCheck {
  const [encoded, signature, ...rest] = token.split('.');
  if (!encoded || !signature || rest.length > 0) return { ok: false, problem: 'malformed' };

  // Compared as text: decoding first would accept other spellings of the same bytes.
  const expected = Buffer.from(sign(encoded, secret).toString('base64url'));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, problem: 'bad-signature' };
  }

  const grant = previewGrantSchema.safeParse(parseJson(Buffer.from(encoded, 'base64url')));
  if (!grant.success) return { ok: false, problem: 'malformed' };
  if (grant.data.expiresAt * 1000 <= now.getTime()) return { ok: false, problem: 'expired' };

  return { ok: true, grant: grant.data };
}

function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
}
