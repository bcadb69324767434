import { SECTIONS, type Section } from '@huijiu/shared';

import { CATEGORY_TREES, type CategoryNode } from '../vocabulary/catalog';
import { SlugBook } from './text';
import type { PlannedCategory } from './types';

/** How a slug names the section when two sections share a category name. */
const SECTION_QUALIFIERS: Record<Section, string> = {
  supply: 'gongying',
  wanted: 'qiugou',
  news: 'zixun',
  deal: 'tuangou',
  merchant: 'shangjia',
};

export const categoryKey = (section: Section, key: string) => `${section}:${key}`;

/** Every category tree, parents before their children. */
export function planCategories(): PlannedCategory[] {
  const slugs = new SlugBook();
  const categories: PlannedCategory[] = [];

  const add = (section: Section, node: CategoryNode, order: number, parentKey: string | null) => {
    // Wanted trees repeat the supply names; their slugs say 求购 the way visitors search.
    const slugTitle = section === 'wanted' ? `求购${node.name}` : node.name;
    const key = categoryKey(section, node.key);
    categories.push({
      key,
      parentKey,
      name: node.name,
      slug: slugs.claim(slugTitle, SECTION_QUALIFIERS[section]),
      section,
      description: node.description,
      sortOrder: order * 10,
      goods: collectGoods(node),
      seo: parentKey === null ? sectionSeo(section, node.name) : null,
    });
    node.children?.forEach((child, index) => add(section, child, index + 1, key));
  };

  for (const section of SECTIONS) {
    CATEGORY_TREES[section].forEach((node, index) => add(section, node, index + 1, null));
  }
  return categories;
}

function collectGoods(node: CategoryNode): string[] {
  return [...(node.goods ?? []), ...(node.children ?? []).flatMap(collectGoods)];
}

/** SEO of top-level categories in the listing sections, written the way people search. */
function sectionSeo(section: Section, name: string): PlannedCategory['seo'] {
  if (section === 'supply') {
    return {
      metaTitle: `${name}供应信息 - 最新${name}价格与厂家`,
      metaDescription: `汇集全国${name}供应商的现货与报价，按地区和品类筛选，联系厂家和经销商。`,
      keywords: `${name},${name}供应,${name}价格,${name}厂家`,
      longTailKeywords: [`${name}批发哪里便宜`, `${name}厂家直销价格`, `附近的${name}供应商`].join(
        '\n',
      ),
    };
  }
  if (section === 'wanted') {
    return {
      metaTitle: `${name}求购信息 - 采购商最新需求`,
      metaDescription: `查看采购商发布的${name}求购需求，了解数量、交货地和付款方式，及时报价。`,
      keywords: `${name}求购,${name}采购,求购${name}`,
      longTailKeywords: [`哪里有人收${name}`, `${name}采购商联系方式`].join('\n'),
    };
  }
  return null;
}
