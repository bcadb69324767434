import { createHash } from 'node:crypto';

/** A draw that needs more rounds than this is not replayed on the page. */
const MAX_ROUNDS = 10_000;

/** The entry number drawn in round `round`, by the CMS's fixed rule. */
export function drawnInRound(seed: string, round: number, entryCount: number): number {
  const hash = createHash('sha256').update(`${seed}:${round}`, 'utf8').digest('hex');
  // Twelve hex digits are 48 bits: well inside what a JavaScript number holds exactly.
  return (Number.parseInt(hash.slice(0, 12), 16) % entryCount) + 1;
}

/**
 * How many rounds of the draw it takes until every winning number has come up: the rounds a
 * visitor has to compute to check the result. Null when they do not all come up within
 * `MAX_ROUNDS`, which would mean the published winners do not follow from the seed.
 */
export function roundsToDraw(
  seed: string,
  entryCount: number,
  winningNumbers: number[],
): number | null {
  const pending = new Set(winningNumbers);
  if (pending.size === 0) return 0;

  for (let round = 1; round <= MAX_ROUNDS; round += 1) {
    pending.delete(drawnInRound(seed, round, entryCount));
    if (pending.size === 0) return round;
  }
  return null;
}
