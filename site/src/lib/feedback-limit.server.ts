import { SlidingWindowLimiter } from './rate-limit.server';

/** A person sends a few messages at most; five in ten minutes stops scripted floods. */
export const feedbackLimiter = new SlidingWindowLimiter(5, 10 * 60_000);
