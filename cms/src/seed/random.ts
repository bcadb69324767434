/**
 * A small seeded random source, so that the demo portal reads the same on every machine and
 * every run. Not for secrets: passwords and lottery seeds come from node:crypto.
 */

/** The one seed all demo content grows from. */
const DEMO_SEED = 0x4855494a; // "HUIJ"

/** FNV-1a over the UTF-16 code units of `text`: turns a stream name into a seed. */
function hashName(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: 32 bits of state, good spread, fast enough for a million draws. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export class Random {
  private readonly next: () => number;

  /**
   * Each content type draws from its own named stream, so that adding a field to one
   * generator does not reshuffle what every other generator produces.
   */
  constructor(stream: string, seed = DEMO_SEED) {
    this.next = mulberry32(seed ^ hashName(stream));
  }

  /** A float in [0, 1). */
  float(): number {
    return this.next();
  }

  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `probability`. */
  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Cannot pick from an empty list');
    return items[Math.floor(this.next() * items.length)];
  }

  /** `count` distinct items in random order (all of them when the list is shorter). */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, count);
  }

  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let index = copy.length - 1; index > 0; index -= 1) {
      const other = Math.floor(this.next() * (index + 1));
      [copy[index], copy[other]] = [copy[other], copy[index]];
    }
    return copy;
  }

  /** A price between `min` and `max` that a seller would write: rounded to a sensible step. */
  price(min: number, max: number): number {
    const raw = min + this.next() * (max - min);
    const step = raw >= 10_000 ? 100 : raw >= 1_000 ? 10 : raw >= 100 ? 1 : raw >= 10 ? 0.5 : 0.1;
    return Math.round(Math.round(raw / step) * step * 100) / 100;
  }

  /** A quantity between `min` and `max` rounded the way people order: 340, 23000, 2. */
  quantity(min: number, max: number): number {
    const step = Math.max(1, 10 ** (Math.floor(Math.log10(Math.max(max, 1))) - 1));
    const rounded = Math.round(this.int(min, max) / step) * step;
    return Math.min(max, Math.max(min, rounded));
  }

  /** Digits as a string, e.g. for phone numbers. */
  digits(count: number): string {
    let text = '';
    for (let index = 0; index < count; index += 1) text += String(this.int(0, 9));
    return text;
  }
}
