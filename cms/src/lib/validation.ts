import {
  articleInput,
  categoryInput,
  dealInput,
  dealIssues,
  friendLinkInput,
  lotteryInput,
  lotteryIssues,
  memberInput,
  merchantInput,
  productInput,
  productIssues,
  redirectInput,
  redirectIssues,
  siteSettingsInput,
  siteSettingsIssues,
  slugify,
  type Issue,
} from '@huijiu/shared';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { z } from 'zod';

import { sha256Hex } from './lottery-draw';

type Fields = Record<string, unknown>;

interface WriteRule {
  /** Shapes of the fields this type stores, from the shared schemas the site also uses. */
  input: z.ZodObject;
  /** Rules across fields, checked on the stored document with the change applied. */
  issues?: (document: Fields) => Issue[];
  /** Field a missing slug is made from. */
  slugFrom?: string;
}

const lotteryCommitmentIssues = (lottery: Fields): Issue[] => {
  const { revealedSeed, commitmentHash } = lottery;
  if (typeof revealedSeed !== 'string' || !revealedSeed || typeof commitmentHash !== 'string') {
    return [];
  }
  return sha256Hex(revealedSeed) === commitmentHash
    ? []
    : [
        {
          path: ['revealedSeed'],
          message: '公布的种子与承诺哈希不符：SHA-256(种子) 必须等于承诺哈希',
        },
      ];
};

const WRITE_RULES: Record<string, WriteRule> = {
  'api::global.global': { input: siteSettingsInput, issues: siteSettingsIssues },
  'api::category.category': { input: categoryInput, slugFrom: 'name' },
  'api::merchant.merchant': { input: merchantInput, slugFrom: 'name' },
  'api::product.product': { input: productInput, issues: productIssues, slugFrom: 'title' },
  'api::article.article': { input: articleInput, slugFrom: 'title' },
  'api::deal.deal': { input: dealInput, issues: dealIssues, slugFrom: 'title' },
  'api::lottery.lottery': {
    input: lotteryInput,
    issues: (lottery) => [...lotteryIssues(lottery), ...lotteryCommitmentIssues(lottery)],
    slugFrom: 'title',
  },
  'api::friend-link.friend-link': { input: friendLinkInput },
  'api::redirect.redirect': { input: redirectInput, issues: redirectIssues },
  'plugin::users-permissions.user': { input: memberInput },
};

/** Strapi's validation error, in the shape the admin uses to mark each field. */
export function validationError(issues: readonly { path: PropertyKey[]; message: string }[]) {
  const [first] = issues;
  return new errors.ValidationError(first?.message ?? '内容不符合要求', {
    errors: issues.map((issue) => ({
      path: issue.path.map((part) => (typeof part === 'number' ? part : String(part))),
      message: issue.message,
      name: 'ValidationError',
    })),
  });
}

/** A slug not yet taken by another document of `uid`: base, base-2, base-3, … */
export async function uniqueSlug(strapi: Core.Strapi, uid: string, base: string): Promise<string> {
  const taken = await strapi.db
    .query(uid as Parameters<typeof strapi.db.query>[0])
    .findMany({ select: ['slug'], where: { slug: { $startsWith: base } } });
  const used = new Set(taken.map((row) => row.slug as string));
  if (!used.has(base)) return base;

  let n = 2;
  while (used.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

/**
 * Checks every create and update through the document service (the admin, the REST API,
 * scripts and the seed all pass through it) against the shared schemas. Drafts may be
 * incomplete, so only the fields present are checked; Strapi enforces required fields when a
 * document is published. A broken rule answers 400 naming the field, before anything is written.
 */
export function registerWriteValidation(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const rule = WRITE_RULES[context.uid];
    if (!rule || (context.action !== 'create' && context.action !== 'update')) return next();

    const params = context.params as { data?: Fields; documentId?: string };
    const data = params.data ?? {};
    const shape = rule.input.shape as Record<string, z.ZodType>;
    const present = Object.fromEntries(Object.entries(data).filter(([key]) => key in shape));

    const parsed = rule.input.partial().safeParse(present);
    if (!parsed.success) throw validationError(parsed.error.issues);

    if (rule.issues) {
      const stored =
        context.action === 'update' && params.documentId
          ? await strapi
              .documents(context.uid as Parameters<typeof strapi.documents>[0])
              .findOne({ documentId: params.documentId, status: 'draft' })
          : null;
      const issues = rule.issues({ ...(stored ?? {}), ...parsed.data });
      if (issues.length > 0) throw validationError(issues);
    }

    if (rule.slugFrom && context.action === 'create' && !data.slug) {
      const base = slugify(String(data[rule.slugFrom] ?? ''));
      // A new object: the caller's data stays as the caller wrote it.
      if (base) params.data = { ...data, slug: await uniqueSlug(strapi, context.uid, base) };
    }
    return next();
  });
}
