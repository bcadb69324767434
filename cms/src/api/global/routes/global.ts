import { factories } from '@strapi/strapi';

import { publicReadRouter } from '../../../lib/public-api';

export default factories.createCoreRouter(
  'api::global.global',
  publicReadRouter('api::global.global'),
);
