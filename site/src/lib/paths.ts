import type { Section } from '@huijiu/shared';

import type { CategoryRef } from './cms';

/** Where each section's list lives on the site. */
export const SECTION_PATHS: Record<Section, string> = {
  supply: '/supply',
  wanted: '/wanted',
  deal: '/deals',
  news: '/news',
  merchant: '/merchants',
};

/** A category's list within its own section, e.g. /supply/c/gangcai-jinshu. */
export const categoryPath = (category: CategoryRef): string =>
  `${SECTION_PATHS[category.section]}/c/${category.slug}`;
