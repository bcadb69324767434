/**
 * Counts attempts per key (a visitor's address, a member, an email) in a sliding window. Both
 * apps limit with it: the site per visitor, because the CMS sees every visitor arrive from the
 * site's one address; the CMS per member or per email for what reaches it through the site.
 */
export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  /**
   * Records an attempt by `key`. Returns 0 when it is allowed, or how many seconds are left to
   * wait when it is not (the attempt is then not counted).
   */
  attempt(key: string, now = Date.now()): number {
    const wait = this.waitSeconds(key, now);
    if (wait > 0) return wait;

    // NOTE: per process, in memory; several processes would each allow `max` and a restart
    // forgets. A shared store (Redis) is the fix once either app runs on more than one process.
    if (this.hits.size > 10_000) this.sweep(now);
    const recent = this.recent(key, now);
    recent.push(now);
    this.hits.set(key, recent);
    return 0;
  }

  /** Seconds `key` must wait before its next attempt is allowed, without counting one. */
  waitSeconds(key: string, now = Date.now()): number {
    const recent = this.recent(key, now);
    if (recent.length < this.max) return 0;
    return Math.max(1, Math.ceil((recent[0] + this.windowMs - now) / 1000));
  }

  /** Forgets `key`, e.g. after a successful log-in ends a run of failed ones. */
  forget(key: string): void {
    this.hits.delete(key);
  }

  private recent(key: string, now: number): number[] {
    return (this.hits.get(key) ?? []).filter((at) => now - at < this.windowMs);
  }

  private sweep(now: number): void {
    for (const [key, times] of this.hits) {
      if (times.every((at) => now - at >= this.windowMs)) this.hits.delete(key);
    }
  }
}
