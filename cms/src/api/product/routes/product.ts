import { factories } from '@strapi/strapi';

import { publicReadRouter } from '../../../lib/public-api';

export default factories.createCoreRouter(
  'api::product.product',
  publicReadRouter('api::product.product'),
);
