import type { Core } from '@strapi/strapi';

import { loadCmsEnv } from '../src/lib/env';

export default (): Core.Config.Admin => {
  const env = loadCmsEnv();

  return {
    auth: { secret: env.ADMIN_JWT_SECRET },
    apiToken: { salt: env.API_TOKEN_SALT },
    transfer: { token: { salt: env.TRANSFER_TOKEN_SALT } },
    secrets: { encryptionKey: env.ENCRYPTION_KEY },
    flags: { nps: false, promoteEE: false },
  };
};
