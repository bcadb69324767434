import { factories } from '@strapi/strapi';

import { publicReadRouter } from '../../../lib/public-api';

export default factories.createCoreRouter(
  'api::merchant.merchant',
  publicReadRouter('api::merchant.merchant'),
);
