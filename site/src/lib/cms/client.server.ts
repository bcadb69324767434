import type { z } from 'zod';

import { siteConfig } from '../config.server';
import { CmsResponseError, CmsShapeError, CmsUnavailableError } from './errors';

interface CmsRequest {
  method?: 'GET' | 'POST';
  /** JSON body of a POST. */
  body?: unknown;
  /** Which of the site's credentials to use: reads by default, `write` for submissions. */
  credential?: 'read' | 'write';
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
  if (!response.ok) throw new CmsResponseError(url, response.status, body.slice(0, 500));

  const parsed = schema.safeParse(parseJson(body));
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
