/**
 * Counts requests per visitor in a sliding window. The site limits each visitor itself because
 * the CMS sees every submission coming from the site's one address.
 */
export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  /**
   * Records an attempt by `visitor`. Returns 0 when it is allowed, or how many seconds the
   * visitor has to wait when it is not (the attempt is then not counted).
   */
  attempt(visitor: string, now = Date.now()): number {
    const recent = (this.hits.get(visitor) ?? []).filter((at) => now - at < this.windowMs);
    if (recent.length >= this.max) {
      return Math.max(1, Math.ceil((recent[0] + this.windowMs - now) / 1000));
    }

    // NOTE: per process; several site processes would each allow `max`. A shared store (Redis)
    // is the fix once the site runs on more than one process.
    if (this.hits.size > 10_000) this.sweep(now);
    recent.push(now);
    this.hits.set(visitor, recent);
    return 0;
  }

  private sweep(now: number): void {
    for (const [visitor, times] of this.hits) {
      if (times.every((at) => now - at >= this.windowMs)) this.hits.delete(visitor);
    }
  }
}
