import type { Random } from '../random';
import {
  GOODS,
  SUPPLY_TAGS,
  WANTED_VERBS,
  type Goods,
  type GoodsItem,
} from '../vocabulary/catalog';
import { PLACES } from '../vocabulary/places';
import {
  SUPPLY_DELIVERIES,
  SUPPLY_PROMISES,
  WANTED_PAYMENTS,
  WANTED_REASONS,
} from '../vocabulary/portal';
import { PHOTO_COUNT } from './artwork';
import { formatYuan, isoDay, paragraphs, shiftDays, type SlugBook } from './text';
import type { PlannedCategory, PlannedMember, PlannedMerchant, PlannedProduct } from './types';

const SUPPLY_LISTING_COUNT = 200;
const WANTED_LISTING_COUNT = 60;

const goodsByKey = new Map(GOODS.map((goods) => [goods.key, goods]));

function goodsOf(key: string): Goods {
  const goods = goodsByKey.get(key);
  if (!goods) throw new Error(`No goods vocabulary for ${key}`);
  return goods;
}

export function cityOf(region: string): string {
  return PLACES.find((place) => place.region === region)?.city ?? region.split('·').pop() ?? '';
}

/** Where listings go: for each goods key, the leaf category of a section that lists it. */
export class ListingShelves {
  private readonly leaves = new Map<string, PlannedCategory>();

  constructor(categories: readonly PlannedCategory[]) {
    const parents = new Set(categories.map((category) => category.parentKey));
    for (const category of categories) {
      if (parents.has(category.key)) continue;
      for (const goods of category.goods) this.leaves.set(`${category.section}/${goods}`, category);
    }
  }

  categoryFor(section: 'supply' | 'wanted', goodsKey: string): PlannedCategory {
    const category = this.leaves.get(`${section}/${goodsKey}`);
    if (!category) throw new Error(`No ${section} category lists ${goodsKey}`);
    return category;
  }

  /** Goods keys that have a wanted category. */
  wantedGoods(): string[] {
    return [...this.leaves.keys()]
      .filter((key) => key.startsWith('wanted/'))
      .map((key) => key.slice('wanted/'.length));
  }
}

export interface ListingPen {
  random: Random;
  now: Date;
  slugs: SlugBook;
  /** Scale rows: a shorter body, no images and no SEO. */
  brief: boolean;
}

/** A supply listing of one of the merchant's goods. */
export function supplyListing(
  pen: ListingPen,
  shelves: ListingShelves,
  merchant: PlannedMerchant,
  goodsKey: string,
): PlannedProduct {
  const { random, now, slugs, brief } = pen;
  const goods = goodsOf(goodsKey);
  const item = random.pick(goods.items);
  const category = shelves.categoryFor('supply', goodsKey);
  const city = cityOf(merchant.region);
  const tag = random.pick(goods.supplyTags ?? SUPPLY_TAGS);
  const specs = random.sample(item.specs, Math.min(2, item.specs.length));
  const price = random.price(item.price[0], item.price[1]);
  const minOrder = random.quantity(item.minOrder[0], item.minOrder[1]);
  const title = random.pick([
    `${item.name} ${tag} ${specs[0]}`,
    `${tag}${item.name} ${specs[0]}`,
    `${city}${item.name}${tag}`,
  ]);
  const [strength, secondStrength] = random.sample(goods.strengths, 2);
  const order = `${minOrder}${item.unit}起订`;
  const priceLine = `参考价格${formatYuan(price)}元/${item.unit}，${order}，以当天报价为准。`;

  const body = brief
    ? [`${merchant.name}供应${item.name}，${specs.join('，')}。${strength}`, priceLine]
    : [
        `${merchant.name}常年供应${item.name}，${specs.join('，')}。${strength}`,
        `${secondStrength}产品广泛用于${goods.uses}。`,
        `${priceLine}${random.pick(SUPPLY_DELIVERIES)}`,
        random.pick(SUPPLY_PROMISES),
      ];

  return {
    kind: 'supply',
    title,
    slug: slugs.claim(title),
    summary: `${item.name}，${specs.join('，')}，${order}，${city}发货。${strength}`,
    price,
    unit: item.unit,
    minOrder,
    region: merchant.region,
    validUntil: isoDay(shiftDays(now, random.int(30, 180))),
    featured: !brief && random.chance(0.1),
    body: paragraphs(body),
    categoryKey: category.key,
    merchantKey: merchant.key,
    memberUsername: null,
    images: brief ? [] : photoPicks(random),
    seo: !brief && random.chance(0.3) ? supplySeo(item, category, city, merchant.region) : null,
  };
}

/** A member's request to buy. Half of them name a target price; the rest say 面议. */
export function wantedListing(
  pen: ListingPen,
  shelves: ListingShelves,
  member: PlannedMember,
  goodsKey: string,
): PlannedProduct {
  const { random, now, slugs, brief } = pen;
  const goods = goodsOf(goodsKey);
  const item = random.pick(goods.items);
  const category = shelves.categoryFor('wanted', goodsKey);
  const verb = random.pick(goods.wantedVerbs ?? WANTED_VERBS);
  const spec = random.pick(item.specs);
  const amount = `${item.minOrder[1] * random.int(2, 20)}${item.unit}`;
  const need = random.pick([`月需${amount}`, `需求${amount}`, spec, '现款结算', '长期合作']);
  const title = `${verb}${item.name} ${need}`;
  const price = random.chance(0.45)
    ? random.price(item.price[0], (item.price[0] + item.price[1]) / 2)
    : null;
  const payment = random.pick(WANTED_PAYMENTS);
  const requirements = random.sample(goods.requirements, brief ? 1 : 3);
  const offer = price === null ? '价格面议' : `目标价${formatYuan(price)}元/${item.unit}左右`;

  const body = brief
    ? [
        `现${verb}${item.name}，${spec}，预计${amount}，交货地${member.city}。`,
        `${offer}，${payment}。`,
      ]
    : [
        `我们因${random.pick(WANTED_REASONS)}，现${verb}${item.name}，规格要求${spec}，预计采购${amount}。`,
        `要求：${requirements.join('；')}。`,
        `交货地点${member.city}，${payment}。${offer}，有意向的供应商请留言报价，注明规格、价格和供货周期，合适的我们会尽快联系。`,
      ];

  return {
    kind: 'wanted',
    title,
    slug: slugs.claim(title),
    summary: `${verb}${item.name}，${spec}，数量约${amount}，交货地${member.city}，${payment}。`,
    price,
    unit: item.unit,
    minOrder: null,
    region: member.region,
    validUntil: isoDay(shiftDays(now, random.int(15, 90))),
    featured: !brief && random.chance(0.05),
    body: paragraphs(body),
    categoryKey: category.key,
    merchantKey: null,
    memberUsername: member.username,
    images: brief ? [] : photoPicks(random, 2),
    seo: !brief && random.chance(0.2) ? wantedSeo(item, category, member.city) : null,
  };
}

export function photoPicks(random: Random, most = 3): number[] {
  return random.sample([...Array(PHOTO_COUNT).keys()], random.int(1, most));
}

function supplySeo(item: GoodsItem, category: PlannedCategory, city: string, region: string) {
  return {
    metaTitle: `${item.name}多少钱一${item.unit} - ${region.replace('·', '')}${category.name}供应`,
    metaDescription: `${city}${item.name}现货供应，查看规格、起订量和参考价格，直接联系商家询价。`,
    keywords: [item.name, category.name, `${city}${category.name}`, `${category.name}批发`].join(
      ',',
    ),
    longTailKeywords: [
      `${city}${item.name}哪家好`,
      `${item.name}价格多少钱一${item.unit}`,
      `${item.name}厂家直销`,
      `${category.name}批发市场在哪里`,
    ].join('\n'),
  };
}

function wantedSeo(item: GoodsItem, category: PlannedCategory, city: string) {
  return {
    metaTitle: `求购${item.name} - ${city}采购需求`,
    metaDescription: `${city}采购商求购${item.name}，查看数量、交货地和付款方式，供应商直接报价。`,
    keywords: [`求购${item.name}`, `${item.name}采购`, category.name].join(','),
    longTailKeywords: [`哪里有人收${item.name}`, `${city}${item.name}采购商`].join('\n'),
  };
}

/** The demo's 200 supply and 60 wanted listings. */
export function planListings(
  pen: ListingPen,
  shelves: ListingShelves,
  merchants: readonly PlannedMerchant[],
  members: readonly PlannedMember[],
): PlannedProduct[] {
  const { random } = pen;
  const suppliers = merchants.filter((merchant) => merchant.goods.length > 0);
  const wantedGoods = shelves.wantedGoods();

  const supply = Array.from({ length: SUPPLY_LISTING_COUNT }, (_, index) => {
    const merchant = suppliers[index % suppliers.length];
    return supplyListing(pen, shelves, merchant, random.pick(merchant.goods));
  });
  const wanted = Array.from({ length: WANTED_LISTING_COUNT }, () =>
    wantedListing(pen, shelves, random.pick(members), random.pick(wantedGoods)),
  );
  return [...supply, ...wanted];
}
