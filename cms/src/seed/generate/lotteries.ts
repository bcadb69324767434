import { drawEntryNumbers, sha256Hex } from '../../lib/lottery-draw';
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

// A type alias, not an interface, so that it passes as JSON to Strapi's input types.
export type Winner = { rank: number; maskedName: string; entryNumber: number };

/**
 * Winners of a demo lottery drawn by the CMS's own rule (see `lib/lottery-draw.ts`); demo
 * entries have no members behind them, so the masked names are picked from the digest.
 */
export function drawDemoWinners(seed: string, entryCount: number, winnerCount: number): Winner[] {
  return drawEntryNumbers(seed, entryCount, winnerCount).map((entryNumber, index) => {
    const digest = sha256Hex(`${seed}:name:${entryNumber}`);
    const surname = SURNAMES[parseInt(digest.slice(0, 4), 16) % SURNAMES.length];
    return { rank: index + 1, maskedName: `${surname}**`, entryNumber };
  });
}
