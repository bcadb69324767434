import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::feedback.feedback', {
  only: ['create'],
  config: {
    create: {
      // A person writes a few messages at most; this stops scripted floods per address.
      middlewares: [{ name: 'global::rate-limit', config: { max: 5, windowSeconds: 600 } }],
    },
  },
});
