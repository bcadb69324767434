import { z } from 'zod';

import { count, money, moment, slug, text } from './fields.js';
import { mediaSchema } from './media.js';
import type { Issue } from './rules.js';
import { seoSchema } from './seo.js';
import { documentFields, publicationFields } from './strapi.js';

/** A SHA-256 digest in lower-case hex. */
export const sha256Hex = z
  .string({ error: '请填写承诺哈希' })
  .regex(/^[0-9a-f]{64}$/, '承诺哈希应为 64 位小写十六进制（SHA-256）');

/** A winner as published: a masked name, never an account id or contact. */
export const lotteryWinnerSchema = z.object({
  /** Position in the draw, from 1. */
  rank: z.number().int().min(1),
  /** e.g. 张** or 138****5678. */
  maskedName: z.string().min(1).max(30),
  /** The entry's public number, so that anyone can recompute the draw. */
  entryNumber: z.number().int().min(1),
});

export const lotteryFields = {
  title: text('抽奖标题', 60, { min: 4 }),
  slug,
  prize: text('奖品', 60, { min: 2 }),
  prizeValue: money('奖品价值').nullable(),
  entryStartsAt: moment('报名开始时间'),
  entryEndsAt: moment('报名截止时间'),
  drawAt: moment('开奖时间'),
  winnerCount: count('中奖人数', 1),
  /** SHA-256 of the seed, published before entries close. */
  commitmentHash: sha256Hex,
  /** The seed, published after the draw; its hash must equal the commitment. */
  revealedSeed: text('开奖种子', 128).nullable(),
  winners: z.array(lotteryWinnerSchema).nullable(),
  /** How many entries the draw counted; set with the winners, so anyone can redo the draw. */
  entryCount: count('报名人数').nullable(),
};

export const lotteryInput = z.object({ ...lotteryFields, seed: text('开奖种子', 128).nullable() });

export function lotteryIssues(lottery: Partial<z.output<typeof lotteryInput>>): Issue[] {
  const issues: Issue[] = [];
  const { entryStartsAt, entryEndsAt, drawAt } = lottery;
  if (entryStartsAt && entryEndsAt && Date.parse(entryEndsAt) <= Date.parse(entryStartsAt)) {
    issues.push({ path: ['entryEndsAt'], message: '报名截止时间必须晚于开始时间' });
  }
  if (entryEndsAt && drawAt && Date.parse(drawAt) < Date.parse(entryEndsAt)) {
    issues.push({ path: ['drawAt'], message: '开奖时间不能早于报名截止时间' });
  }
  // Whether the revealed seed matches the commitment is checked by the CMS, which has a
  // hash function; this package stays loadable in browsers.
  return issues;
}

export const lotterySchema = z.object({
  ...documentFields,
  ...lotteryFields,
  ...publicationFields,
  description: z.array(z.unknown()).nullable(),
  images: z.array(mediaSchema).nullable(),
  seo: seoSchema.nullable(),
});
export type Lottery = z.output<typeof lotterySchema>;
