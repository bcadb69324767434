import { z } from 'zod';

import { choice, text } from './fields.js';

export const FEEDBACK_KINDS = ['bug', 'suggestion', 'complaint', 'other'] as const;
export const FEEDBACK_STATUSES = ['new', 'triaged', 'resolved'] as const;

/** What a visitor sends from the feedback form. */
export const feedbackInput = z.object({
  kind: choice('反馈类型', FEEDBACK_KINDS),
  message: text('反馈内容', 2000, { min: 5 }),
  /** Phone, email or WeChat, so that staff can reply; never shown publicly. */
  contact: text('联系方式', 100).nullable().optional(),
  pageUrl: text('所在页面', 500).nullable().optional(),
  userAgent: text('浏览器信息', 500).nullable().optional(),
});
export type FeedbackInput = z.output<typeof feedbackInput>;

/** All the public learns back about its submission. */
export const feedbackReceiptSchema = z.object({
  documentId: z.string().min(1),
  status: z.literal('new'),
});
export type FeedbackReceipt = z.output<typeof feedbackReceiptSchema>;
