import { drawEntryNumbers } from '../../cms/src/lib/lottery-draw';
import { drawnInRound, roundsToDraw } from '../src/lib/lottery-draw.server';

// Expected values come from coreutils, as a visitor would compute them:
//   printf '%s' 'demo-seed:1' | sha256sum | cut -c1-12   ->  18f16751b0f1
//   echo $(( 0x18f16751b0f1 % 5 + 1 ))                    ->  2
describe('the lottery draw as the page describes it', () => {
  it('turns the first 12 hex digits of SHA-256("seed:round") into an entry number', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((round) => drawnInRound('demo-seed', round, 5))).toEqual([
      2, 4, 5, 4, 3, 2, 1, 5,
    ]);
    expect(drawnInRound('demo-seed', 1, 100)).toBe(22);
  });

  it('hashes the seed as UTF-8', () => {
    expect(drawnInRound('惠久', 1, 1000)).toBe(901);
  });

  it('counts the rounds until every winner has come up, repeats included', () => {
    expect(roundsToDraw('demo-seed', 5, [2, 4, 5])).toBe(3);
    expect(roundsToDraw('demo-seed', 5, [2, 4, 5, 3, 1])).toBe(7);
    expect(roundsToDraw('demo-seed', 5, [])).toBe(0);
  });

  it('gives up on winners the seed never draws', () => {
    expect(roundsToDraw('demo-seed', 5, [6])).toBeNull();
  });

  it('agrees with the draw the CMS runs', () => {
    for (const [seed, entryCount, winnerCount] of [
      ['demo-seed', 5, 3],
      ['seed-only-revealed-after-the-draw-7f3a', 120, 10],
      ['惠久', 2, 5],
    ] as const) {
      const winners = drawEntryNumbers(seed, entryCount, winnerCount);
      const byRule: number[] = [];
      for (let round = 1; byRule.length < Math.min(winnerCount, entryCount); round += 1) {
        const drawn = drawnInRound(seed, round, entryCount);
        if (!byRule.includes(drawn)) byRule.push(drawn);
      }

      expect(winners).toEqual(byRule);
      expect(roundsToDraw(seed, entryCount, winners)).not.toBeNull();
    }
  });
});
