import type { Core } from '@strapi/strapi';

import { applyChineseAdminLabels } from './lib/admin-labels';
import { syncAdminRoles } from './lib/admin-roles';
import { registerPathHistory } from './lib/path-history';
import { syncRolePermissions } from './lib/public-permissions';
import { registerReviewRoutes } from './lib/review-flow';
import { registerReviewGuard } from './lib/review-guard';
import { registerWriteValidation } from './lib/validation';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerWriteValidation(strapi);
    registerPathHistory(strapi);
    registerReviewGuard(strapi);
    registerReviewRoutes(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await syncRolePermissions(strapi);
    await syncAdminRoles(strapi);
    await applyChineseAdminLabels(strapi);
  },
};
