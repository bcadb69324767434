import { z } from 'zod';

/** The CMS could not be reached or did not answer in time: the site answers 503. */
export class CmsUnavailableError extends Error {
  constructor(
    readonly url: string,
    options: { cause: unknown },
  ) {
    super(`CMS unreachable at ${url}`, options);
    this.name = 'CmsUnavailableError';
  }
}

/** Strapi's error envelope: `{ data: null, error: { status, name, message, details } }`. */
const cmsProblemSchema = z.object({
  error: z.object({
    /** Strapi's error class, e.g. ValidationError, ForbiddenError, ConflictError. */
    name: z.string(),
    message: z.string(),
    details: z
      .object({
        /** Field problems of a ValidationError, each naming its field as the first path item. */
        errors: z
          .array(
            z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() }),
          )
          .optional(),
        /** A machine-readable reason where the status alone is ambiguous, e.g. `not-open`. */
        code: z.string().optional(),
      })
      .catch({}),
  }),
});
export type CmsProblem = z.output<typeof cmsProblemSchema>['error'];

/** The CMS answered with an error status. */
export class CmsResponseError extends Error {
  /** The start of the body, for logs. */
  readonly body: string;
  /** What the error envelope says; null when the body is not Strapi's envelope. */
  readonly problem: CmsProblem | null;

  constructor(
    readonly url: string,
    readonly status: number,
    body: string,
    /** Seconds from the CMS's `Retry-After` header, on 429; null when it sent none. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(`CMS answered ${status} for ${url}`);
    this.name = 'CmsResponseError';
    this.body = body.slice(0, 500);
    // Parsed whole: a form with several wrong fields easily runs past the part kept for logs.
    this.problem = readProblem(body);
  }

  /** `details.code` of the envelope, e.g. `already-entered`; null when there is none. */
  get code(): string | null {
    return this.problem?.details.code ?? null;
  }
}

function readProblem(body: string): CmsProblem | null {
  try {
    const parsed = cmsProblemSchema.safeParse(JSON.parse(body));
    return parsed.success ? parsed.data.error : null;
  } catch {
    return null;
  }
}

/**
 * A CMS 400 ValidationError as the messages to show beside each field, keyed by field name
 * like `fieldErrors` in `lib/forms.ts`. Empty for any other error, so that the caller falls
 * back to a message for the whole form.
 */
export function cmsFieldErrors(error: CmsResponseError): Record<string, string> {
  const errors: Record<string, string> = {};
  if (error.status !== 400 || error.problem?.name !== 'ValidationError') return errors;

  for (const issue of error.problem.details.errors ?? []) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= issue.message;
  }
  return errors;
}

/**
 * The CMS refused a member's session (401): it is missing, expired or revoked. Pages forget
 * their cookie and send the visitor to log in again.
 */
export class MemberSessionError extends Error {
  constructor(
    readonly url: string,
    options: { cause: unknown },
  ) {
    super(`CMS refused the member session for ${url}`, options);
    this.name = 'MemberSessionError';
  }
}

/** The CMS answered 200, but the body does not have the shape the shared schema expects. */
export class CmsShapeError extends Error {
  constructor(
    readonly url: string,
    readonly problems: string,
    options: { cause: unknown },
  ) {
    super(`Unexpected response from ${url}: ${problems}`, options);
    this.name = 'CmsShapeError';
  }
}
