/** A page as a test reads it: status, headers, the HTML and the text a visitor sees. */
export interface Page {
  status: number;
  headers: Headers;
  html: string;
  /** What a visitor reads: the HTML without tags, with whitespace collapsed. */
  text: string;
}

export interface Visit {
  /** Fields of a form post; without them the request is a GET. */
  form?: Record<string, string>;
  /** The session token to send as the browser would, in the `hj_session` cookie. */
  session?: string | null;
}

/**
 * Opens a page of the site at `siteUrl`, or posts a form to it as a browser on the site's own
 * pages would (same origin, form encoding), without following redirects.
 */
export async function visit(
  siteUrl: string,
  path: string,
  { form, session }: Visit = {},
): Promise<Page> {
  const headers: Record<string, string> = {};
  if (session) headers.cookie = `hj_session=${session}`;
  if (form) {
    headers.origin = siteUrl;
    headers['content-type'] = 'application/x-www-form-urlencoded';
  }
  const response = await fetch(`${siteUrl}${path}`, {
    method: form ? 'POST' : 'GET',
    headers,
    body: form && new URLSearchParams(form),
    redirect: 'manual',
  });
  const html = await response.text();
  const text = html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
  return { status: response.status, headers: response.headers, html, text };
}
