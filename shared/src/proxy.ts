/**
 * The visitor's address as the last trusted proxy saw it. Each proxy appends the address it
 * received the request from to X-Forwarded-For, so with `hops` proxies in front of the server
 * the visitor is the `hops`-th entry from the right; anything further left was written by the
 * client and proves nothing. Returns null when the header cannot be trusted (no proxies, or a
 * request that skipped them), and the server then uses the connection's own address.
 */
export function forwardedClientAddress(
  forwardedFor: string | string[] | undefined,
  hops: number,
): string | null {
  if (hops <= 0 || forwardedFor === undefined) return null;

  const entries = [forwardedFor]
    .flat()
    .join(',')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length < hops) return null;
  return entries[entries.length - hops];
}
