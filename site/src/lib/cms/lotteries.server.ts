import { listResponse, lotterySchema, type Lottery as CmsLottery } from '@huijiu/shared';

import { fetchFromCms } from './client.server';
import { toImage, toImages, toSeo } from './media';
import { toQueryString } from './query';
import type { Lottery, LotteryCard, LotteryState } from './types';

const lotteryListResponse = listResponse(lotterySchema);

/** Where a draw stands: entries not open yet, open, closed awaiting the draw, or drawn. */
export function lotteryState(lottery: CmsLottery, now: Date): LotteryState {
  if (lottery.revealedSeed && lottery.winners?.length) return 'drawn';
  if (now.getTime() < Date.parse(lottery.entryStartsAt)) return 'upcoming';
  if (now.getTime() < Date.parse(lottery.entryEndsAt)) return 'open';
  return 'closed';
}

function toLotteryCard(lottery: CmsLottery, now: Date): LotteryCard {
  return {
    slug: lottery.slug,
    title: lottery.title,
    prize: lottery.prize,
    prizeValue: lottery.prizeValue,
    image: toImage(lottery.images?.[0], lottery.prize),
    entryStartsAt: new Date(lottery.entryStartsAt),
    entryEndsAt: new Date(lottery.entryEndsAt),
    drawAt: new Date(lottery.drawAt),
    winnerCount: lottery.winnerCount,
    state: lotteryState(lottery, now),
  };
}

export const toLottery = (lottery: CmsLottery, now: Date): Lottery => ({
  ...toLotteryCard(lottery, now),
  description: lottery.description ?? [],
  images: toImages(lottery.images, lottery.prize),
  commitmentHash: lottery.commitmentHash,
  revealedSeed: lottery.revealedSeed,
  winners: lottery.winners ?? [],
  entryCount: lottery.entryCount,
  updatedAt: new Date(lottery.updatedAt),
  seo: toSeo(lottery.seo, lottery.title),
});

/** Every published draw, the latest entry window first. */
export async function listLotteries(now = new Date()): Promise<LotteryCard[]> {
  const path = `/api/lotteries${toQueryString({
    sort: ['entryStartsAt:desc', 'id:desc'],
    pagination: { page: 1, pageSize: 50 },
  })}`;
  const { data } = await fetchFromCms(path, lotteryListResponse);

  return data.map((lottery) => toLotteryCard(lottery, now));
}

export async function getLottery(slug: string, now = new Date()): Promise<Lottery | null> {
  const path = `/api/lotteries${toQueryString({
    filters: { slug: { $eq: slug } },
    pagination: { page: 1, pageSize: 1 },
  })}`;
  const { data } = await fetchFromCms(path, lotteryListResponse);

  return data[0] ? toLottery(data[0], now) : null;
}
