import { cachedLoader } from './cache';
import { getSiteSettings } from './site-settings.server';
import { listFriendLinks } from './site.server';
import type { FriendLink } from './types';
import type { SiteSettings } from '@huijiu/shared';

/** What the layout shows on every page: settings for the header and head, links for the footer. */
export interface Chrome {
  settings: SiteSettings;
  friendLinks: FriendLink[];
}

// NOTE: per process and time-based until the CMS's publish webhook can drop it (see
// ARCHITECTURE.md); a change in the admin shows within this long.
const CHROME_TTL_MS = 60_000;

export const loadChrome = cachedLoader<Chrome>(CHROME_TTL_MS, async () => {
  const [settings, friendLinks] = await Promise.all([getSiteSettings(), listFriendLinks()]);
  return { settings, friendLinks };
});
