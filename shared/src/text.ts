import { pinyin } from 'pinyin-pro';

/**
 * Text helpers for Chinese content: display width (a CJK character takes the room of two Latin
 * ones in titles, search snippets and terminals) and readable URL slugs from Chinese titles.
 */

// East Asian wide and fullwidth ranges: CJK ideographs, kana, hangul, fullwidth forms, CJK
// punctuation. Enough for Simplified Chinese content; emoji count as wide too.
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{1f300}-\u{1faff}\u{20000}-\u{3fffd}]/u;

/** Width of one character: 2 for CJK and fullwidth, 1 otherwise. */
export const charWidth = (char: string): number => (WIDE.test(char) ? 2 : 1);

/** Display width of `text`, counting a CJK character as two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/**
 * Shortens `text` to at most `maxWidth` display columns, ending with `…` when it had to cut.
 * Whitespace runs collapse to one space first, as they would in a rendered snippet.
 */
export function truncateByWidth(text: string, maxWidth: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (displayWidth(clean) <= maxWidth) return clean;

  let width = 0;
  let result = '';
  for (const char of clean) {
    const next = charWidth(char);
    if (width + next > maxWidth - 1) break;
    result += char;
    width += next;
  }
  return `${result.trimEnd()}…`;
}

/** Longest slug produced; long titles are cut at a word boundary. */
export const MAX_SLUG_LENGTH = 80;

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/**
 * A URL slug from a title: Chinese words become their pinyin without tones (二手挖掘机出售 →
 * ershou-wajue-ji-chushou), Latin letters and digits are kept in lower case, everything else
 * separates words. Empty when the title has nothing to spell.
 */
export function slugify(title: string): string {
  const words: string[] = [];
  for (const { segment } of segmenter.segment(title.normalize('NFKC'))) {
    const spelled = /\p{Script=Han}/u.test(segment)
      ? pinyin(segment, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }).join('')
      : segment;
    const ascii = spelled
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-');
    words.push(...ascii.split('-').filter(Boolean));
  }

  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  return slug || words[0]?.slice(0, MAX_SLUG_LENGTH) || '';
}

/** Whether `slug` has the shape `slugify` produces. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
