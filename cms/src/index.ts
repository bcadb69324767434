import type { Core } from '@strapi/strapi';

import { grantPublicReads } from './lib/public-permissions';

export default {
  register() {},

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await grantPublicReads(strapi);
  },
};
