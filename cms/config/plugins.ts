import type { Core } from '@strapi/strapi';

const allowedMediaTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif'];

const config: Core.Config.Plugin = {
  'users-permissions': {
    config: {
      jwtManagement: 'refresh',
      sessions: { httpOnly: true },
    },
  },
  upload: {
    config: {
      // Listings, deals and news only need raster images; SVG can carry scripts.
      security: { allowedTypes: allowedMediaTypes, deniedTypes: ['image/svg+xml'] },
    },
  },
};

export default config;
