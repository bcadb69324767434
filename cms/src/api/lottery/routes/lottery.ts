import { factories } from '@strapi/strapi';

import { publicReadRouter } from '../../../lib/public-api';

export default factories.createCoreRouter(
  'api::lottery.lottery',
  publicReadRouter('api::lottery.lottery'),
);
