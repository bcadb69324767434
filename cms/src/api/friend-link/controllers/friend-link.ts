import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::friend-link.friend-link');
