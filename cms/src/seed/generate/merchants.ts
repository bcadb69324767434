import type { Random } from '../random';
import { CATEGORY_TREES, GOODS } from '../vocabulary/catalog';
import {
  COMPANY_SUFFIXES,
  CONSUMER_MERCHANTS,
  INDUSTRIES,
  MOTTOS,
  TRADE_NAMES,
  type ConsumerMerchant,
} from '../vocabulary/merchants';
import type { ProfiledCompany } from '../vocabulary/newsroom';
import { GIVEN_NAMES, SURNAMES } from '../vocabulary/people';
import { PLACES, PREMISES, ROADS, type Place } from '../vocabulary/places';
import { categoryKey } from './categories';
import { paragraphs, SlugBook } from './text';
import type { PlannedMerchant } from './types';

/** Trading and manufacturing members; shops that run deals come on top. */
const TRADING_MERCHANT_COUNT = 28;

const merchantKey = (index: number) => `merchant:${index + 1}`;

const CREDIT_CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/**
 * A unified social credit code of the right shape: 91 (an enterprise), the city's division
 * code, nine organisation characters and the check character of GB 32100.
 */
function creditCode(random: Random, place: Place): string {
  let code = `91${place.divisionCode}`;
  while (code.length < 17) code += random.pick([...CREDIT_CODE_CHARS]);

  const sum = [...code].reduce(
    (total, char, index) => total + CREDIT_CODE_CHARS.indexOf(char) * CREDIT_CODE_WEIGHTS[index],
    0,
  );
  return code + CREDIT_CODE_CHARS[(31 - (sum % 31)) % 31];
}

export function mobileNumber(random: Random): string {
  return `1${random.pick(['3', '5', '8', '9'])}${random.digits(9)}`;
}

function landline(random: Random, place: Place): string {
  return `${place.areaCode}-${random.int(5, 8)}${random.digits(7)}`;
}

export function personName(random: Random): string {
  return `${random.pick(SURNAMES)}${random.pick(GIVEN_NAMES)}`;
}

function streetAddress(random: Random, place: Place, district: string): string {
  const street = `${random.pick(ROADS)}${random.int(1, 99) * 8}号`;
  return `${place.addressPrefix}${district}${street}${random.pick(PREMISES)}`;
}

function placeOf(region: string): Place {
  const place = PLACES.find((candidate) => candidate.region === region);
  if (!place) throw new Error(`No place data for region ${region}`);
  return place;
}

/** Mostly verified members, a few still in review or not started, as an admin would see. */
function verificationStates(random: Random, count: number): PlannedMerchant['verification'][] {
  const states: PlannedMerchant['verification'][] = Array.from({ length: count }, (_, index) =>
    index < 4 ? 'pending' : index < 8 ? 'unverified' : 'verified',
  );
  return random.shuffle(states);
}

function tiers(random: Random, count: number): PlannedMerchant['tier'][] {
  const list: PlannedMerchant['tier'][] = Array.from({ length: count }, (_, index) =>
    index < 6 ? 'diamond' : index < 18 ? 'gold' : 'basic',
  );
  return random.shuffle(list);
}

const goodsNameOf = (key: string) =>
  CATEGORY_TREES.supply
    .flatMap((node) => node.children ?? [node])
    .find((node) => node.goods?.includes(key))?.name ?? key;

export interface MerchantPlan {
  merchants: PlannedMerchant[];
  /** The established trading members the newsroom writes profiles of. */
  profiles: ProfiledCompany[];
}

export function planMerchants(random: Random): MerchantPlan {
  const total = TRADING_MERCHANT_COUNT + CONSUMER_MERCHANTS.length;
  const states = verificationStates(random, total);
  const levels = tiers(random, total);
  const tradeNames = random.shuffle(TRADE_NAMES);
  const slugs = new SlugBook();
  const merchants: PlannedMerchant[] = [];
  const profiles: ProfiledCompany[] = [];

  for (let index = 0; index < TRADING_MERCHANT_COUNT; index += 1) {
    const industry = INDUSTRIES[index % INDUSTRIES.length];
    const place = random.pick(PLACES);
    const district = random.pick(place.districts);
    const { word, category } = random.pick(industry.names);
    const name = `${place.city}${tradeNames[index]}${word}${random.pick(COMPANY_SUFFIXES)}`;
    const supplyNode = CATEGORY_TREES.supply.find((node) => node.key === industry.supplyKey);
    const goodsKeys = (supplyNode?.children ?? [supplyNode]).flatMap((node) => node?.goods ?? []);
    const goods = random.sample(goodsKeys, random.int(1, Math.min(3, goodsKeys.length)));
    const goodsNames = goods.map(goodsNameOf);
    const years = random.int(5, 28);
    const [capability, secondCapability] = random.sample(industry.capabilities, 2);
    const address = streetAddress(random, place, district);
    const tier = levels[index];

    merchants.push({
      key: merchantKey(index),
      name,
      slug: slugs.claim(name),
      summary: random.pick([
        `专业经营${goodsNames.join('、')}，货源稳定，价格实在。`,
        `${goodsNames.join('、')}源头供应商，支持来图定制和批量采购。`,
        `主营${goodsNames.join('、')}，${place.city}本地有仓库现货，全国发货。`,
      ]),
      description: paragraphs([
        `${name}成立至今已有${years}年，位于${address}，现有员工${random.int(3, 60) * 10}人。`,
        `公司主营${industry.business}。${capability}${secondCapability}`,
        `我们坚持“${random.pick(MOTTOS)}”的经营理念，欢迎新老客户来电洽谈或到公司实地考察。`,
      ]),
      region: place.region,
      address,
      phone: random.chance(0.6) ? landline(random, place) : mobileNumber(random),
      licenceNumber: creditCode(random, place),
      contactPerson: personName(random),
      verification: states[index],
      tier,
      featured: tier === 'diamond' || (tier === 'gold' && random.chance(0.25)),
      categoryKey: categoryKey('merchant', category),
      logo: index,
      goods,
      seo:
        tier === 'basic'
          ? null
          : {
              metaTitle: `${name} - ${goodsNames.join('、')}供应商`,
              metaDescription:
                `${name}位于${place.region.replace('·', '')}，主营${industry.business}，` +
                '可在惠久商贸网查看产品与联系方式。',
              keywords: [...goodsNames, `${place.city}${goodsNames[0]}厂家`].join(','),
            },
    });

    if (states[index] === 'verified' && tier !== 'basic' && profiles.length < 4) {
      profiles.push({
        name,
        city: place.city,
        years,
        business: industry.business,
        capability,
        goods: goods.map(
          (key) => GOODS.find((candidate) => candidate.key === key)?.items[0].name ?? key,
        ),
      });
    }
  }

  CONSUMER_MERCHANTS.forEach((shop, offset) => {
    const index = TRADING_MERCHANT_COUNT + offset;
    merchants.push(planShop(random, shop, index, states[index], levels[index], slugs));
  });

  return { merchants, profiles };
}

function planShop(
  random: Random,
  shop: ConsumerMerchant,
  index: number,
  verification: PlannedMerchant['verification'],
  tier: PlannedMerchant['tier'],
  slugs: SlugBook,
): PlannedMerchant {
  const place = placeOf(shop.region);
  const address = streetAddress(random, place, shop.district);
  const whereAndWhen =
    shop.dealType === 'local'
      ? `门店地址：${address}。营业时间：${shop.hoursOrCourier}。`
      : `发货地：${place.city}，默认使用${shop.hoursOrCourier}发货，偏远地区可能需要多等一两天。`;

  return {
    key: merchantKey(index),
    name: shop.name,
    slug: slugs.claim(shop.name),
    summary: shop.summary,
    description: paragraphs([shop.about, whereAndWhen]),
    region: shop.region,
    address,
    phone:
      shop.dealType === 'local'
        ? landline(random, place)
        : `400-${random.digits(3)}-${random.digits(4)}`,
    licenceNumber: creditCode(random, place),
    contactPerson: personName(random),
    verification,
    tier,
    featured: tier === 'diamond',
    categoryKey: categoryKey('merchant', shop.category),
    logo: index,
    goods: [],
    seo: null,
  };
}
