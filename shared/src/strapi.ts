import { z } from 'zod';

/**
 * Envelopes of Strapi 5's REST responses. Documents are flat (no `attributes`), keyed by a
 * stable `documentId`; the numeric `id` changes between draft and published versions.
 */

export const documentFields = {
  id: z.number().int(),
  documentId: z.string().min(1),
};

export const paginationSchema = z.object({
  page: z.number().int().min(1),
  pageSize: z.number().int().min(1),
  pageCount: z.number().int().min(0),
  total: z.number().int().min(0),
});
export type Pagination = z.output<typeof paginationSchema>;

/** `GET /api/{single-type}` or `GET /api/{collection}/{documentId}`. */
export function singleResponse<T extends z.ZodType>(document: T) {
  return z.object({ data: document, meta: z.object({}).loose() });
}

/** `GET /api/{collection}` with Strapi's default page-based pagination. */
export function listResponse<T extends z.ZodType>(document: T) {
  return z.object({
    data: z.array(document),
    meta: z.object({ pagination: paginationSchema }).loose(),
  });
}

/** Strapi's error body, e.g. `{ data: null, error: { status: 400, name, message } }`. */
export const errorResponseSchema = z.object({
  data: z.null().optional(),
  error: z
    .object({
      status: z.number().int(),
      name: z.string(),
      message: z.string(),
      details: z.unknown().optional(),
    })
    .loose(),
});
export type ErrorResponse = z.output<typeof errorResponseSchema>;

/** Timestamps every published document carries. */
export const publicationFields = {
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  publishedAt: z.iso.datetime({ offset: true }),
};
