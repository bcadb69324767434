import type { Core } from '@strapi/strapi';

import { loadCmsEnv } from '../src/lib/env';
import { previewUrl } from '../src/lib/preview';

export default (): Core.Config.Admin => {
  const env = loadCmsEnv();
  const site = { url: env.SITE_URL, secret: env.PREVIEW_SECRET };

  return {
    auth: { secret: env.ADMIN_JWT_SECRET },
    apiToken: { salt: env.API_TOKEN_SALT },
    transfer: { token: { salt: env.TRANSFER_TOKEN_SALT } },
    secrets: { encryptionKey: env.ENCRYPTION_KEY },
    flags: { nps: false, promoteEE: false },
    // The free edition's preview button: the admin asks `handler` for the address each time it
    // opens the panel, so every link carries a fresh short-lived token. Strapi adds the origins
    // to its CSP `frame-src`, which lets the panel show the site in its frame.
    preview: {
      enabled: true,
      config: {
        allowedOrigins: [new URL(env.SITE_URL).origin],
        handler: (uid, params) => previewUrl(uid, params, site),
      },
    },
  };
};
