export * from './env.js';
export * from './site-settings.js';
export * from './strapi.js';
