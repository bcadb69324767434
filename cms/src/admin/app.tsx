import type { StrapiApp } from '@strapi/strapi/admin';

import { ReviewPanel } from './review-panel';

/** Where the admin keeps the interface language chosen on the login page. */
const LANGUAGE_KEY = 'strapi-admin-language';

export default {
  config: {
    // Editors work in Simplified Chinese; English stays available in each user's profile.
    locales: ['zh-Hans'],
  },
  bootstrap(app: StrapiApp) {
    // The admin starts in English unless a language was picked before; open it in Chinese.
    if (!window.localStorage.getItem(LANGUAGE_KEY)) {
      window.localStorage.setItem(LANGUAGE_KEY, 'zh-Hans');
    }

    const contentManager = app.getPlugin('content-manager') as unknown as {
      apis: { addEditViewSidePanel(panels: (typeof ReviewPanel)[]): void };
    };
    contentManager.apis.addEditViewSidePanel([ReviewPanel]);
  },
};
