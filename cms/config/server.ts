import type { Core } from '@strapi/strapi';

import { loadCmsEnv } from '../src/lib/env';
import cronTasks from './cron-tasks';

export default (): Core.Config.Server => {
  const env = loadCmsEnv();

  return {
    host: env.HOST,
    port: env.PORT,
    url: env.PUBLIC_URL,
    // Behind the site or a load balancer, client addresses arrive in X-Forwarded-For.
    proxy: { koa: true },
    app: { keys: env.APP_KEYS },
    webhooks: { populateRelations: false },
    cron: { enabled: true, tasks: cronTasks },
  };
};
