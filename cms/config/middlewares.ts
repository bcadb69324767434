import type { Core } from '@strapi/strapi';

import { loadCmsEnv } from '../src/lib/env';

export default (): Core.Config.Middlewares => {
  const env = loadCmsEnv();

  return [
    'strapi::logger',
    'strapi::errors',
    'strapi::security',
    {
      name: 'strapi::cors',
      // Browsers never call the CMS from the site's pages; only the admin and preview do.
      config: { origin: [env.SITE_URL, env.PUBLIC_URL ?? `http://localhost:${env.PORT}`] },
    },
    'strapi::poweredBy',
    'strapi::query',
    'global::published-only',
    'strapi::body',
    'strapi::session',
    'strapi::favicon',
    'strapi::public',
  ];
};
