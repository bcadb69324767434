import { createHash } from 'node:crypto';

import type { Core } from '@strapi/strapi';

export const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * The draw rule, which the lottery page spells out for visitors: for rank r = 1, 2, … take
 * h = SHA-256(`seed:r`), and entry number (first 12 hex digits of h) mod entryCount + 1 wins,
 * unless it has already won or has no entry (withdrawn); then r moves on. So the winners
 * follow from the seed and the entry count alone, and the seed was committed to before
 * entries opened.
 */
export function drawEntryNumbers(
  seed: string,
  entryCount: number,
  winnerCount: number,
  isEntered: (entryNumber: number) => boolean = () => true,
): number[] {
  const winners: number[] = [];
  const seen = new Set<number>();

  for (let rank = 1; winners.length < winnerCount && seen.size < entryCount; rank += 1) {
    const digest = sha256Hex(`${seed}:${rank}`);
    const entryNumber = (parseInt(digest.slice(0, 12), 16) % entryCount) + 1;
    if (seen.has(entryNumber)) continue;
    seen.add(entryNumber);
    if (isEntered(entryNumber)) winners.push(entryNumber);
  }
  return winners;
}

/** 张** from 张伟: enough for winners to recognise themselves, not for others to find them. */
export function maskedName(displayName: string | null | undefined): string {
  const first = displayName ? Array.from(displayName.trim())[0] : undefined;
  return `${first ?? '会'}**`;
}

// A type alias, not an interface, so that it passes as JSON to Strapi's input types.
type Winner = { rank: number; maskedName: string; entryNumber: number };

interface Entry {
  entryNumber: number;
  member: { displayName: string | null } | null;
}

/**
 * Draws every published lottery whose draw time has passed and which has no winners yet:
 * reveals the seed, stores the winners and the entry count, and publishes the result. Runs
 * from cron every minute; drawing again gives the same result, so two CMS processes racing
 * here do no harm. Returns how many lotteries were drawn.
 */
export async function drawDueLotteries(strapi: Core.Strapi, now = new Date()): Promise<number> {
  const lotteries = strapi.documents('api::lottery.lottery');
  const due = await lotteries.findMany({
    status: 'published',
    filters: { drawAt: { $lte: now.toISOString() }, revealedSeed: { $null: true } },
    fields: ['title', 'seed', 'commitmentHash', 'winnerCount'],
  });

  let drawn = 0;
  for (const lottery of due) {
    const { documentId, seed, commitmentHash } = lottery;
    if (!seed || sha256Hex(seed) !== commitmentHash) {
      strapi.log.error(
        `Lottery ${documentId} cannot be drawn: its seed is missing or does not match the ` +
          'commitment; an editor has to enter the committed seed',
      );
      continue;
    }

    const entries = (await strapi.db.query('api::lottery-entry.lottery-entry').findMany({
      where: { lotteryKey: documentId },
      select: ['entryNumber'],
      populate: { member: { select: ['displayName'] } },
    })) as Entry[];
    const byNumber = new Map(entries.map((entry) => [entry.entryNumber, entry]));
    const entryCount = Math.max(0, ...byNumber.keys());

    const winners: Winner[] = drawEntryNumbers(
      seed,
      entryCount,
      lottery.winnerCount ?? 1,
      (entryNumber) => byNumber.has(entryNumber),
    ).map((entryNumber, index) => ({
      rank: index + 1,
      maskedName: maskedName(byNumber.get(entryNumber)?.member?.displayName),
      entryNumber,
    }));

    // Straight into both versions: publishing the draft instead would also put live whatever
    // editors have changed in it since, approved or not.
    await strapi.db.query('api::lottery.lottery').updateMany({
      where: { documentId },
      data: { revealedSeed: seed, winners, entryCount },
    });
    strapi.log.info(
      `Lottery ${documentId} drawn: ${winners.length} winner(s) among ${entries.length} entries`,
    );
    drawn += 1;
  }
  return drawn;
}
