import type { Core } from '@strapi/strapi';

import { drawDueLotteries } from '../src/lib/lottery-draw';
import { runSchedule } from '../src/lib/schedule';

/** Jobs the CMS runs on a clock. Five-field rules run at the start of every matching minute. */
export default {
  drawLotteries: {
    task: async ({ strapi }: { strapi: Core.Strapi }) => {
      await drawDueLotteries(strapi);
    },
    options: { rule: '* * * * *' },
  },
  publishOnSchedule: {
    task: async ({ strapi }: { strapi: Core.Strapi }) => {
      await runSchedule(strapi);
    },
    options: { rule: '* * * * *' },
  },
};
