import { factories } from '@strapi/strapi';

import { publicReadRouter } from '../../../lib/public-api';

export default factories.createCoreRouter(
  'api::friend-link.friend-link',
  publicReadRouter('api::friend-link.friend-link'),
);
