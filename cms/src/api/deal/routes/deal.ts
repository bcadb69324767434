import { factories } from '@strapi/strapi';

import { publicReadRouter } from '../../../lib/public-api';

export default factories.createCoreRouter('api::deal.deal', publicReadRouter('api::deal.deal'));
