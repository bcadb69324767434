import type { Random } from '../random';
import { CONSUMER_MERCHANTS, type ConsumerMerchant, type Offering } from '../vocabulary/merchants';
import { categoryKey } from './categories';
import { cityOf, photoPicks } from './listings';
import { formatYuan, fullHour, paragraphs, shiftDays, type SlugBook } from './text';
import type { PlannedDeal, PlannedMerchant } from './types';

const ENDED_DEAL_COUNT = 4;
const UPCOMING_DEAL_COUNT = 5;
const VIP_ONLY_DEAL_COUNT = 6;

type Timing = 'ended' | 'upcoming' | 'running';

const PERISHABLE = new Set(['fresh', 'groceries']);

function redemptionTerms(random: Random, shop: ConsumerMerchant): string {
  return [
    `有效期：购买后${random.pick([30, 60, 90])}天内有效，过期未使用自动退款。`,
    `使用时间：${shop.hoursOrCourier}；${random.pick(['法定节假日通用', '法定节假日不可用', '周末及节假日需加收服务费'])}。`,
    `预约：${random.pick(['无需预约，消费高峰期可能需要排队', '请至少提前一天电话预约', '请提前两小时电话预约'])}。`,
    '规则：每次消费限用一张团购券；不与店内其他优惠同享；团购券不兑现、不找零。',
    '退款：未使用的团购券随时可退，已使用的不退。',
  ].join('\n');
}

function shippingTerms(shop: ConsumerMerchant, offering: Offering): string {
  const afterSales = PERISHABLE.has(offering.category)
    ? '售后：签收时请当面验货；如有破损或变质，请在签收后24小时内拍照联系客服，核实后补发或退款。'
    : '售后：支持七天无理由退货，商品须完好且不影响再次销售；质量问题由商家承担来回运费。';
  return [
    '发货：付款后48小时内发货，节假日顺延。',
    `快递：${shop.hoursOrCourier}。`,
    '配送范围：全国包邮，新疆、西藏、青海及港澳台地区除外。',
    afterSales,
  ].join('\n');
}

function dates(random: Random, now: Date, timing: Timing): { startsAt: Date; endsAt: Date } {
  const hour = fullHour(now);
  if (timing === 'ended') {
    const endsAt = shiftDays(hour, -random.int(1, 7));
    return { startsAt: shiftDays(endsAt, -random.int(14, 30)), endsAt };
  }
  if (timing === 'upcoming') {
    const startsAt = shiftDays(hour, random.int(1, 7), 10 - hour.getUTCHours());
    return { startsAt, endsAt: shiftDays(startsAt, random.int(14, 30)) };
  }
  return {
    startsAt: shiftDays(hour, -random.int(1, 15)),
    endsAt: shiftDays(hour, random.int(3, 30)),
  };
}

/** The 40 group-buys the demo shops run: most running, some ended, some still to come. */
export function planDeals(
  random: Random,
  now: Date,
  slugs: SlugBook,
  merchants: readonly PlannedMerchant[],
): PlannedDeal[] {
  const offers = CONSUMER_MERCHANTS.flatMap((shop) =>
    shop.offerings.map((offering) => ({ shop, offering })),
  );
  const order = random.shuffle([...offers.keys()]);
  const timingOf = new Map<number, Timing>(
    order.map((offerIndex, position) => [
      offerIndex,
      position < ENDED_DEAL_COUNT
        ? 'ended'
        : position < ENDED_DEAL_COUNT + UPCOMING_DEAL_COUNT
          ? 'upcoming'
          : 'running',
    ]),
  );
  // VIP-only deals: two of the upcoming ones and the rest among the running ones.
  const firstVipOnly = ENDED_DEAL_COUNT + UPCOMING_DEAL_COUNT - 2;
  const vipOnly = new Set(order.slice(firstVipOnly, firstVipOnly + VIP_ONLY_DEAL_COUNT));

  return offers.map(({ shop, offering }, index) => {
    const merchant = merchants.find((candidate) => candidate.name === shop.name);
    if (!merchant) throw new Error(`The shop ${shop.name} was not planned`);
    const timing = timingOf.get(index) ?? 'running';
    const { startsAt, endsAt } = dates(random, now, timing);
    const isVipOnly = vipOnly.has(index);
    const vipPrice =
      isVipOnly || random.chance(0.25)
        ? Math.round(offering.dealPrice * random.int(85, 95)) / 100
        : null;
    const local = shop.dealType === 'local';
    const title = local
      ? `【${shop.district}】${shop.shortName} ${offering.name}`
      : `${offering.name} ${shop.shippingTag ?? '包邮'}`;
    const stock = random.int(10, 200) * 10;
    const soldCount =
      timing === 'upcoming'
        ? 0
        : timing === 'ended'
          ? random.int(60, 400) * 5
          : random.int(0, 160) * 5;
    const contents = offering.contents.join('、');
    const highlights = offering.contents.slice(0, 4).join('、');
    const more = offering.contents.length > 4 ? '等' : '';
    const prices =
      `原价${formatYuan(offering.originalPrice)}元，团购价${formatYuan(offering.dealPrice)}元` +
      (vipPrice === null ? '' : `，VIP会员${formatYuan(vipPrice)}元`);
    const city = cityOf(shop.region);

    return {
      title,
      slug: slugs.claim(title),
      type: shop.dealType,
      summary: local
        ? `${highlights}${more}，${shop.shortName}${shop.district}门店可用。`
        : `${contents}，${shop.shippingTag ?? '包邮'}。`,
      dealPrice: offering.dealPrice,
      originalPrice: offering.originalPrice,
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      minGroupSize: local ? random.int(2, 10) : random.int(5, 30),
      stock,
      soldCount,
      vipOnly: isVipOnly,
      vipPrice,
      terms: local ? redemptionTerms(random, shop) : shippingTerms(shop, offering),
      region: shop.region,
      featured: timing === 'running' && random.chance(0.2),
      body: paragraphs([
        `${local ? '套餐内容' : '商品内容'}：${contents}。${prices}。`,
        shop.about,
        local
          ? `门店地址：${merchant.address ?? shop.region}。营业时间：${shop.hoursOrCourier}。`
          : `由${shop.name}从${city}发货，默认使用${shop.hoursOrCourier}，付款后48小时内发出。`,
      ]),
      categoryKey: categoryKey('deal', offering.category),
      merchantKey: merchant.key,
      images: photoPicks(random),
      seo: random.chance(0.3)
        ? {
            metaTitle: `${shop.shortName}${offering.name}团购 - ${city}`,
            metaDescription: `${shop.shortName}${offering.name}，${prices}，${local ? '到店用' : '包邮'}。`,
            keywords: [shop.shortName, offering.name, `${city}团购`].join(','),
          }
        : null,
    };
  });
}
