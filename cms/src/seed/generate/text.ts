import { slugify } from '@huijiu/shared';

/** Strapi's rich-text ("blocks") shape, limited to what the demo writes. */
export interface TextNode {
  type: 'text';
  text: string;
}

export interface ParagraphBlock {
  type: 'paragraph';
  children: TextNode[];
}

export function paragraphs(texts: readonly string[]): ParagraphBlock[] {
  return texts.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));
}

/** The leading sentences of `text` that fit in `max` characters (at least the first one). */
export function leadSentences(text: string, max: number): string {
  const sentences = text.match(/[^。！？]+[。！？]?/g) ?? [text];
  let lead = '';
  for (const sentence of sentences) {
    if (lead && lead.length + sentence.length > max) break;
    lead += sentence;
  }
  return lead.length > max ? `${lead.slice(0, max - 1)}…` : lead;
}

/** A yuan amount as a price list writes it: 14500, 4.2, 35.9. */
export function formatYuan(amount: number): string {
  return Number.isInteger(amount) ? String(amount) : amount.toFixed(2).replace(/0$/, '');
}

const DAY_MS = 86_400_000;

/** `now` moved by whole days and hours; the demo speaks in days, not milliseconds. */
export function shiftDays(now: Date, days: number, hours = 0): Date {
  return new Date(now.getTime() + days * DAY_MS + hours * 3_600_000);
}

/** The calendar day of `moment` as YYYY-MM-DD (in UTC, like Strapi's date fields). */
export function isoDay(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

/** `now` rounded down to the full hour, so that demo times read like times people set. */
export function fullHour(now: Date): Date {
  const hour = new Date(now);
  hour.setUTCMinutes(0, 0, 0);
  return hour;
}

/**
 * Hands out slugs that are unique within one content type: the slug of the title, or with
 * `-2`, `-3`… when taken. Counters per base keep it fast for a hundred thousand titles.
 */
export class SlugBook {
  private readonly taken: Set<string>;
  private readonly nextSuffix = new Map<string, number>();
  private readonly slugOfTitle = new Map<string, string>();

  constructor(taken: Iterable<string> = []) {
    this.taken = new Set(taken);
  }

  /** A free slug for `title`; `qualifier` is tried before numbers, e.g. the section. */
  claim(title: string, qualifier?: string): string {
    const base = this.slugOf(title);
    const candidates = qualifier ? [base, `${base}-${qualifier}`] : [base];
    for (const candidate of candidates) {
      if (!this.taken.has(candidate)) return this.keep(candidate);
    }

    let suffix = this.nextSuffix.get(base) ?? 2;
    while (this.taken.has(`${base}-${suffix}`)) suffix += 1;
    this.nextSuffix.set(base, suffix + 1);
    return this.keep(`${base}-${suffix}`);
  }

  private keep(slug: string): string {
    this.taken.add(slug);
    return slug;
  }

  // slugify spells Chinese through a pinyin dictionary (about half a millisecond a title);
  // scale mode repeats titles often, so each distinct title is spelled once.
  private slugOf(title: string): string {
    let slug = this.slugOfTitle.get(title);
    if (slug === undefined) {
      slug = slugify(title) || 'xinxi';
      this.slugOfTitle.set(title, slug);
    }
    return slug;
  }
}
