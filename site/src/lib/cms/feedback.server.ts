import { feedbackReceiptSchema, type FeedbackInput, type FeedbackReceipt } from '@huijiu/shared';
import { z } from 'zod';

import { fetchFromCms } from './client.server';

const receiptResponse = z.object({ data: feedbackReceiptSchema });

/** Hands a visitor's feedback to the CMS, where it lands as `new` for staff to triage. */
export async function sendFeedback(feedback: FeedbackInput): Promise<FeedbackReceipt> {
  const { data } = await fetchFromCms('/api/feedbacks', receiptResponse, {
    method: 'POST',
    body: { data: feedback },
    credential: 'write',
  });
  return data;
}
