/** Where a member goes after joining or logging in when the link named no page. */
export const DEFAULT_RETURN_PATH = '/account';

const isUnsafeInPath = (char: string): boolean =>
  char === '\\' || char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f;

/**
 * `next` when it is a path on this site, otherwise `fallback`. A path that starts with `//` or
 * `/\` is read by browsers as another host, and browsers drop tabs and line breaks from URLs,
 * so that `/\t/evil.example` would become `//evil.example`: all of these are refused.
 */
export function returnPath(next: string | null, fallback = DEFAULT_RETURN_PATH): string {
  if (!next || !next.startsWith('/') || next.length > 500) return fallback;
  if (next.startsWith('//') || [...next].some(isUnsafeInPath)) return fallback;

  return next;
}

// Slashes stay readable: `/login?next=/lottery/abc` is as valid as its escaped form.
const nextParam = (path: string): string =>
  `next=${encodeURIComponent(path).replaceAll('%2F', '/')}`;

/** The log-in page that brings the member back to `path` (a path on this site) afterwards. */
export const loginPath = (path: string): string => `/login?${nextParam(path)}`;

/** The sign-up page that brings the new member to `path` afterwards. */
export const joinPath = (path: string): string => `/join?${nextParam(path)}`;
