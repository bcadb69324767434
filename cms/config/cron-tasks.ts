import type { Core } from '@strapi/strapi';

import { drawDueLotteries } from '../src/lib/lottery-draw';

/** Jobs the CMS runs on a clock. Five-field rules run at the start of every matching minute. */
export default {
  drawLotteries: {
    task: async ({ strapi }: { strapi: Core.Strapi }) => {
      await drawDueLotteries(strapi);
    },
    options: { rule: '* * * * *' },
  },
};
