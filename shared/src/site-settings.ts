import { z } from 'zod';

import { documentFields } from './strapi.js';

/** Site-wide settings editors keep in the `global` single type. */
export const siteSettingsFields = {
  /** Name shown in the header and in page titles, e.g. 惠久商贸网. */
  siteName: z.string().trim().min(1).max(40),
  /** One line under the name that says what the site offers. */
  tagline: z.string().trim().max(80).nullable(),
  /** Default meta description for pages that have none of their own. */
  description: z.string().trim().max(200).nullable(),
};

export const siteSettingsSchema = z.object({ ...documentFields, ...siteSettingsFields });
export type SiteSettings = z.output<typeof siteSettingsSchema>;
