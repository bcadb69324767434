import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::friend-link.friend-link');
