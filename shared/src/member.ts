import { z } from 'zod';

import { text } from './fields.js';

export const MEMBER_TIERS = ['basic', 'vip'] as const;
export type MemberTier = (typeof MEMBER_TIERS)[number];

export const MIN_PASSWORD_LENGTH = 12;

/** A member as they see themselves on /account: never another member's data. */
export const memberProfileSchema = z.object({
  id: z.number().int(),
  documentId: z.string(),
  username: z.string(),
  displayName: z.string().nullable(),
  tier: z.enum(MEMBER_TIERS),
  vipUntil: z.iso.datetime({ offset: true }).nullable(),
  level: z.number().int().nullable(),
  points: z.number().int().nullable(),
});
export type MemberProfile = z.output<typeof memberProfileSchema>;

export const memberFields = {
  displayName: text('昵称', 30, { min: 2 }).nullable(),
  phone: z
    .string()
    .regex(/^1[3-9]\d{9}$/, '手机号应为 11 位数字')
    .nullable(),
};
export const memberInput = z.object(memberFields);
