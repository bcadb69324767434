import { SlidingWindowLimiter } from '../src/rate-limit.js';

describe('SlidingWindowLimiter', () => {
  it('allows up to the limit in the window, then says how long to wait', () => {
    const limiter = new SlidingWindowLimiter(2, 60_000);

    expect(limiter.attempt('visitor', 0)).toBe(0);
    expect(limiter.attempt('visitor', 10_000)).toBe(0);
    expect(limiter.attempt('visitor', 20_000)).toBe(40);
  });

  it('counts each visitor on their own', () => {
    const limiter = new SlidingWindowLimiter(1, 60_000);

    expect(limiter.attempt('a', 0)).toBe(0);
    expect(limiter.attempt('b', 0)).toBe(0);
    expect(limiter.attempt('a', 1)).toBeGreaterThan(0);
  });

  it('lets the visitor in again once the oldest attempt leaves the window', () => {
    const limiter = new SlidingWindowLimiter(1, 60_000);

    limiter.attempt('visitor', 0);

    expect(limiter.attempt('visitor', 59_999)).toBe(1);
    expect(limiter.attempt('visitor', 60_000)).toBe(0);
  });

  it('tells the wait without counting an attempt, and forgets a key on request', () => {
    const limiter = new SlidingWindowLimiter(1, 60_000);
    limiter.attempt('li.na@example.cn', 0);

    expect(limiter.waitSeconds('li.na@example.cn', 30_000)).toBe(30);
    expect(limiter.waitSeconds('li.na@example.cn', 30_000)).toBe(30);
    limiter.forget('li.na@example.cn');
    expect(limiter.attempt('li.na@example.cn', 30_000)).toBe(0);
  });
});
