import { createHmac } from 'node:crypto';

import {
  PREVIEW_TOKEN_TTL_SECONDS,
  signPreviewToken,
  verifyPreviewToken,
} from '../src/preview-token.js';

const SECRET = 'cHJldmlld3NpZ25pbmdrZXkx';
const NOW = new Date('2026-12-03T08:00:00Z');
const DRAFT_DEAL = {
  uid: 'api::deal.deal',
  documentId: 'k3v9w2x7yq1m0z8r5t4u6p2a',
  status: 'draft',
} as const;

const secondsLater = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

/** The token with its payload replaced by `change` applied to it, and the old signature kept. */
function withPayload(token: string, change: (payload: Record<string, unknown>) => void): string {
  const [encoded, signature] = token.split('.');
  const payload = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
  change(payload);
  return `${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${signature}`;
}

describe('preview tokens', () => {
  it('verify with the same secret, carrying the grant and its expiry', () => {
    const token = signPreviewToken(DRAFT_DEAL, SECRET, { now: NOW });

    expect(verifyPreviewToken(token, SECRET, secondsLater(1))).toEqual({
      ok: true,
      grant: { ...DRAFT_DEAL, expiresAt: NOW.getTime() / 1000 + PREVIEW_TOKEN_TTL_SECONDS },
    });
  });

  it('last ten minutes', () => {
    const token = signPreviewToken(DRAFT_DEAL, SECRET, { now: NOW });

    expect(verifyPreviewToken(token, SECRET, secondsLater(599)).ok).toBe(true);
    expect(verifyPreviewToken(token, SECRET, secondsLater(600))).toEqual({
      ok: false,
      problem: 'expired',
    });
  });

  it('are refused when signed with another secret', () => {
    const token = signPreviewToken(DRAFT_DEAL, 'YW5vdGhlcnNlY3JldHZhbHVl', { now: NOW });

    expect(verifyPreviewToken(token, SECRET, NOW)).toEqual({ ok: false, problem: 'bad-signature' });
  });

  it.each([
    ['another document', (payload: Record<string, unknown>) => (payload.documentId = 'other1')],
    ['another type', (payload: Record<string, unknown>) => (payload.uid = 'api::article.article')],
    ['the published version', (payload: Record<string, unknown>) => (payload.status = 'published')],
    ['a later expiry', (payload: Record<string, unknown>) => (payload.expiresAt = 4_102_444_800)],
  ])('are refused when changed to name %s', (_what, change) => {
    const token = withPayload(signPreviewToken(DRAFT_DEAL, SECRET, { now: NOW }), change);

    expect(verifyPreviewToken(token, SECRET, NOW)).toEqual({ ok: false, problem: 'bad-signature' });
  });

  it('are refused when the signature is changed', () => {
    const token = signPreviewToken(DRAFT_DEAL, SECRET, { now: NOW });
    const last = token.at(-1) === 'A' ? 'B' : 'A';

    expect(verifyPreviewToken(`${token.slice(0, -1)}${last}`, SECRET, NOW).ok).toBe(false);
  });

  it.each(['', 'abc', 'a.b.c', '.', 'eyJ1aWQiOiJ4In0.'])(
    'are refused when malformed: %j',
    (token) => {
      expect(verifyPreviewToken(token, SECRET, NOW).ok).toBe(false);
    },
  );

  it('refuse a correctly signed payload of the wrong shape', () => {
    const token = withPayload(signPreviewToken(DRAFT_DEAL, SECRET, { now: NOW }), (payload) => {
      payload.uid = 'api::friend-link.friend-link';
    });
    const [encoded] = token.split('.');
    // Signed the way the module signs, as a bug on the signing side might.
    const signature = createHmac('sha256', SECRET)
      .update(`huijiu-preview-v1.${encoded}`)
      .digest('base64url');

    expect(verifyPreviewToken(`${encoded}.${signature}`, SECRET, NOW)).toEqual({
      ok: false,
      problem: 'malformed',
    });
  });

  it('cannot be made for a type without a page', () => {
    expect(() =>
      signPreviewToken({ ...DRAFT_DEAL, uid: 'api::friend-link.friend-link' as never }, SECRET),
    ).toThrow();
  });
});
