import { createHash } from 'node:crypto';

import type { Random } from '../random';
import { SURNAMES } from '../vocabulary/people';
import { LOTTERIES, LOTTERY_RULES } from '../vocabulary/portal';
import { PHOTO_COUNT } from './artwork';
import { fullHour, paragraphs, shiftDays, type SlugBook } from './text';
import type { LotteryStage, PlannedLottery } from './types';

const STAGES: readonly LotteryStage[] = ['drawn', 'open', 'upcoming'];

/** Entry window and draw time of each stage, in days from now. */
const WINDOWS: Record<LotteryStage, { starts: number; ends: number }> = {
  drawn: { starts: -30, ends: -10 },
  open: { starts: -5, ends: 9 },
  upcoming: { starts: 7, ends: 21 },
};

/** One lottery already drawn, one open for entries, one announced. */
export function planLotteries(random: Random, now: Date, slugs: SlugBook): PlannedLottery[] {
  const hour = fullHour(now);

  return LOTTERIES.map((idea, index) => {
    const stage = STAGES[index];
    const window = WINDOWS[stage];
    const entryEndsAt = shiftDays(hour, window.ends);
    return {
      stage,
      title: idea.title,
      slug: slugs.claim(idea.title),
      prize: idea.prize,
      prizeValue: idea.prizeValue,
      winnerCount: idea.winnerCount,
      entryCount: random.int(800, 3200),
      entryStartsAt: shiftDays(hour, window.starts).toISOString(),
      entryEndsAt: entryEndsAt.toISOString(),
      // The draw comes two hours after entries close, so that late entries are all counted.
      drawAt: shiftDays(entryEndsAt, 0, 2).toISOString(),
      description: paragraphs([idea.story, ...LOTTERY_RULES]),
      images: [random.int(0, PHOTO_COUNT - 1)],
    };
  });
}

export const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

// A type alias, not an interface, so that it passes as JSON to Strapi's input types.
export type Winner = { rank: number; maskedName: string; entryNumber: number };

/**
 * Winners that follow from the seed alone: rank r wins entry sha256(seed:r) mod entries + 1,
 * skipping numbers already drawn, so that anyone holding the revealed seed can check them.
 */
export function drawWinners(seed: string, entryCount: number, winnerCount: number): Winner[] {
  const winners: Winner[] = [];
  const drawn = new Set<number>();

  for (let rank = 1; winners.length < winnerCount; rank += 1) {
    const digest = sha256Hex(`${seed}:${rank}`);
    const entryNumber = (parseInt(digest.slice(0, 12), 16) % entryCount) + 1;
    if (drawn.has(entryNumber)) continue;
    drawn.add(entryNumber);
    const surname = SURNAMES[parseInt(digest.slice(12, 16), 16) % SURNAMES.length];
    winners.push({ rank: winners.length + 1, maskedName: `${surname}**`, entryNumber });
  }
  return winners;
}
