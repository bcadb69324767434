import { z } from 'zod';

/** One rendition of an uploaded image (thumbnail, small, medium, large). */
const imageFormatSchema = z.object({
  url: z.string(),
  width: z.number().nullable(),
  height: z.number().nullable(),
  mime: z.string().optional(),
});

/** An uploaded image as the REST API returns it. */
export const mediaSchema = z.object({
  id: z.number().int(),
  documentId: z.string(),
  url: z.string(),
  alternativeText: z.string().nullable(),
  width: z.number().nullable(),
  height: z.number().nullable(),
  mime: z.string(),
  formats: z.record(z.string(), imageFormatSchema).nullable(),
});
export type Media = z.output<typeof mediaSchema>;
