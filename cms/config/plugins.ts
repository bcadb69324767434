import type { Core } from '@strapi/strapi';

import { MEMBER_SESSION_DAYS } from '../src/lib/members';

const allowedMediaTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif'];

const config: Core.Config.Plugin = {
  'users-permissions': {
    config: {
      // Sessions are stored, so that log-out revokes them; see src/lib/members.ts.
      jwtManagement: 'refresh',
      sessions: {
        idleRefreshTokenLifespan: MEMBER_SESSION_DAYS * 24 * 60 * 60,
        maxRefreshTokenLifespan: MEMBER_SESSION_DAYS * 24 * 60 * 60,
      },
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
