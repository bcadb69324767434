import type { Core } from '@strapi/strapi';

const config: Core.Config.Api = {
  rest: {
    defaultLimit: 24,
    maxLimit: 100,
    withCount: true,
    // Unknown query parameters answer 400 instead of being silently ignored.
    strictParams: true,
  },
  documents: {
    strictParams: true,
    strictRelations: true,
  },
};

export default config;
