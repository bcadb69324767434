import { z } from 'zod';

import { SLUG_PATTERN } from './text.js';

/**
 * Field builders shared by every content shape. Messages are in Chinese because the site shows
 * them beside form fields and the admin shows them to editors; each names the field by its
 * label and says what would be accepted.
 */

/** Text of at most `max` characters; empty text counts as absent. */
export function text(label: string, max: number, { min = 0 } = {}) {
  return z
    .string({ error: `请填写${label}` })
    .trim()
    .min(min, min <= 1 ? `请填写${label}` : `${label}至少要 ${min} 个字`)
    .max(max, `${label}不能超过 ${max} 个字`);
}

/** A URL slug as `slugify` makes it. */
export const slug = z
  .string({ error: '请填写网址别名' })
  .regex(SLUG_PATTERN, '网址别名只能包含小写字母、数字和连字符，例如 ershou-wajueji')
  .max(120, '网址别名不能超过 120 个字符');

/** An amount of money in yuan. PostgreSQL hands decimals over as strings, so both are read. */
export function money(label: string) {
  return z
    .union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/)], { error: `${label}必须是数字` })
    .transform(Number)
    .pipe(
      z
        .number()
        .min(0, `${label}不能为负数`)
        .max(100_000_000, `${label}不能超过一亿元`)
        .multipleOf(0.01, `${label}最多保留两位小数`),
    );
}

/** A whole number no smaller than `min`. */
export function count(label: string, min = 0) {
  return z
    .number({ error: `${label}必须是整数` })
    .int(`${label}必须是整数`)
    .min(min, min === 0 ? `${label}不能为负数` : `${label}至少为 ${min}`);
}

/** A moment, as Strapi stores datetimes: an ISO 8601 string. */
export function moment(label: string) {
  return z.iso.datetime({ offset: true, error: `${label}不是有效的时间` });
}

/** A calendar day, YYYY-MM-DD. */
export function day(label: string) {
  return z.iso.date({ error: `${label}不是有效的日期，格式如 2026-12-31` });
}

/** An absolute http(s) URL. */
export function webUrl(label: string) {
  return z.url({
    protocol: /^https?$/,
    error: `${label}必须是以 http:// 或 https:// 开头的完整网址`,
  });
}

/** A path on this site, such as /supply/old-name. */
export function sitePath(label: string) {
  return z
    .string({ error: `请填写${label}` })
    .regex(/^\/[^\s?#]*$/, `${label}必须以 / 开头，不含空格、? 或 #`)
    .max(300, `${label}不能超过 300 个字符`);
}

/** One of a fixed set of values, each with the label editors and visitors see. */
export function choice<const T extends readonly [string, ...string[]]>(label: string, values: T) {
  return z.enum(values, { error: `请选择${label}` });
}
