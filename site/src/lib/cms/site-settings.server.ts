import { siteSettingsSchema, singleResponse, type SiteSettings } from '@huijiu/shared';

import { fetchFromCms } from './client.server';

const siteSettingsResponse = singleResponse(siteSettingsSchema);

/** Site name, tagline and default description, as editors set them in 站点设置. */
export async function getSiteSettings(): Promise<SiteSettings> {
  const { data } = await fetchFromCms('/api/global', siteSettingsResponse);
  return data;
}
