import { factories } from '@strapi/strapi';

import { publicReadRouter } from '../../../lib/public-api';

export default factories.createCoreRouter(
  'api::redirect.redirect',
  publicReadRouter('api::redirect.redirect'),
);
