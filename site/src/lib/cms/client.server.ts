import type { z } from 'zod';

import { siteConfig } from '../config.server';
import { CmsResponseError, CmsShapeError, CmsUnavailableError, MemberSessionError } from './errors';

/** The header that carries a member's session token to the CMS's member routes. */
const SESSION_HEADER = 'x-member-session';

interface CmsRequest {
  method?: 'GET' | 'POST';
  /** JSON body of a POST. */
  body?: unknown;
  /** Which of the site's credentials to use: reads by default, `write` for submissions. */
  credential?: 'read' | 'write';
  /** A member's session token, for the routes that act as that member. */
  session?: string;
}

/**
 * Calls `path` on the CMS's REST API and parses the body with `schema`. This is the only
 * function that talks HTTP to Strapi; the typed functions beside it build on it.
 */
export async function fetchFromCms<S extends z.ZodType>(
  path: string,
  schema: S,
  request: CmsRequest = {},
): Promise<z.output<S>> {
  const { CMS_URL, CMS_API_TOKEN, CMS_WRITE_TOKEN, CMS_TIMEOUT_MS } = siteConfig();
  const url = `${CMS_URL}${path}`;
  const token = request.credential === 'write' ? CMS_WRITE_TOKEN : CMS_API_TOKEN;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  if (request.session !== undefined) headers[SESSION_HEADER] = request.session;

  let response: Response;
  let body: string;
  try {
    response = await fetch(url, {
      method: request.method ?? 'GET',
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: AbortSignal.timeout(CMS_TIMEOUT_MS),
    });
    body = await response.text();
  } catch (error) {
    throw new CmsUnavailableError(url, { cause: error });
  }
  if (response.status >= 500) throw new CmsUnavailableError(url, { cause: response.status });
  if (!response.ok) {
    const error = new CmsResponseError(
      url,
      response.status,
      body,
      retryAfterSeconds(response.headers.get('retry-after')),
    );
    if (response.status === 401 && request.session !== undefined) {
      throw new MemberSessionError(url, { cause: error });
    }
    throw error;
  }

  // 204 No Content has no body to parse; the schema says whether nothing was expected.
  const parsed = schema.safeParse(response.status === 204 ? undefined : parseJson(body));
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
    throw new CmsShapeError(url, problems, { cause: parsed.error });
  }
  return parsed.data;
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    // Let the schema report it: a non-JSON body fails parsing like any other wrong shape.
    return undefined;
  }
}

/** `Retry-After` as seconds; it may also be an HTTP date. */
function retryAfterSeconds(header: string | null): number | null {
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());

  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(1, Math.ceil((at - Date.now()) / 1000));
}
