// The limiter lives in the shared package, where the CMS uses it too.
export { SlidingWindowLimiter } from '@huijiu/shared';
