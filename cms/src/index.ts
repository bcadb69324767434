import type { Core } from '@strapi/strapi';

import { applyChineseAdminLabels } from './lib/admin-labels';
import { syncPublicPermissions } from './lib/public-permissions';
import { registerWriteValidation } from './lib/validation';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerWriteValidation(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await syncPublicPermissions(strapi);
    await applyChineseAdminLabels(strapi);
  },
};
