import {
  articleSchema,
  categorySchema,
  dealSchema,
  friendLinkSchema,
  listResponse,
  lotterySchema,
  merchantSchema,
  productSchema,
  redirectSchema,
  singleResponse,
  siteSettingsSchema,
} from '@huijiu/shared';
import request from 'supertest';
import type { z } from 'zod';

import { createFixtures, SECRETS, type Fixtures } from './helpers/fixtures';
import { startTestCms, type TestCms } from './helpers/test-cms';

let cms: TestCms;
let fixtures: Fixtures;

const get = (path: string) => request(cms.strapi.server.httpServer).get(path);

beforeAll(async () => {
  cms = await startTestCms();
  fixtures = await createFixtures(cms.strapi);
});

afterAll(async () => {
  await cms?.stop();
});

describe('drafts never reach the public API', () => {
  const draftTricks = [
    'status=draft',
    'status=DRAFT',
    'status=anything',
    'status[0]=draft',
    'publicationState=preview',
    'publicationState=live&status=draft',
  ];

  it.each(draftTricks)('a list asked with %s serves the published versions only', async (trick) => {
    const response = await get(`/api/products?${trick}`);

    expect(response.status).toBe(200);
    const titles = response.body.data.map((product: { title: string }) => product.title).sort();
    expect(titles).toEqual(['304不锈钢板 现货供应', '求购二手挖掘机 20吨级']);
  });

  it.each(draftTricks)('a document asked with %s is its published version', async (trick) => {
    const published = await get(`/api/products/${fixtures.supply.documentId}?${trick}`);
    const neverPublished = await get(`/api/products/${fixtures.draftOnly.documentId}?${trick}`);

    expect(published.status).toBe(200);
    expect(published.body.data.title).toBe('304不锈钢板 现货供应');
    expect(neverPublished.status).toBe(404);
  });

  it('is not fooled by filtering on the publication date', async () => {
    const response = await get('/api/products?filters[publishedAt][$null]=true&status=draft');

    expect(response.status).toBe(200);
    expect(response.body.data).toEqual([]);
  });
});

/** Names of fields that only the admin may see. */
const PRIVATE_KEYS = [
  'licenceNumber',
  'contactPerson',
  'email',
  'password',
  'resetPasswordToken',
  'confirmationToken',
  'seed',
  'contact',
  'internalNote',
];

/** Every object key anywhere inside `value`. */
function keysIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => [key, ...keysIn(inner)]);
}

describe('private fields never appear in responses', () => {
  const privateValues = Object.values(SECRETS);

  it.each([
    ['/api/merchants'],
    ['/api/products'],
    ['/api/deals'],
    ['/api/lotteries'],
    ['/api/products?populate=*'],
    ['/api/products?populate[merchant][fields][0]=licenceNumber'],
    ['/api/products?populate[member]=true'],
    ['/api/deals?populate[merchant][populate]=*'],
    ['/api/merchants?fields[0]=licenceNumber&fields[1]=contactPerson'],
    ['/api/lotteries?fields[0]=seed'],
  ])('%s', async (path) => {
    const response = await get(path);

    expect([200, 400]).toContain(response.status);
    const body = JSON.stringify(response.body.data);
    for (const value of privateValues) expect(body).not.toContain(value);
    expect(keysIn(response.body.data).filter((key) => PRIVATE_KEYS.includes(key))).toEqual([]);
  });

  it('member accounts are not listed at all', async () => {
    const list = await get('/api/users');
    const one = await get(`/api/users/${fixtures.member.id}`);

    expect(list.status).toBe(403);
    expect(one.status).toBe(403);
  });
});

describe('private fields cannot be used to probe values', () => {
  /** The same request with a right and a wrong guess must answer alike. */
  async function answersAlike(right: string, wrong: string) {
    const [a, b] = await Promise.all([get(right), get(wrong)]);
    expect({ status: a.status, body: a.body }).toEqual({ status: b.status, body: b.body });
  }

  it.each([
    [
      'a merchant licence in filters',
      `/api/merchants?filters[licenceNumber][$eq]=${SECRETS.licenceNumber}`,
      '/api/merchants?filters[licenceNumber][$eq]=WRONG',
    ],
    [
      'a merchant contact person through a relation',
      `/api/products?filters[merchant][contactPerson][$eq]=${encodeURIComponent(SECRETS.contactPerson)}`,
      '/api/products?filters[merchant][contactPerson][$eq]=nobody',
    ],
    [
      "a member's email through a listing",
      `/api/products?filters[member][email][$eq]=${SECRETS.memberEmail}`,
      '/api/products?filters[member][email][$eq]=wrong@example.cn',
    ],
    [
      "a member's phone with a prefix match",
      '/api/products?filters[member][phone][$startsWith]=139',
      '/api/products?filters[member][phone][$startsWith]=188',
    ],
    [
      'a lottery seed before the draw',
      '/api/lotteries?filters[seed][$startsWith]=seed-only',
      '/api/lotteries?filters[seed][$startsWith]=zzz',
    ],
    [
      'the sort order of a private field',
      '/api/merchants?sort=licenceNumber:asc',
      '/api/merchants?sort=licenceNumber:desc',
    ],
  ])('%s', async (_label, right, wrong) => {
    await answersAlike(right, wrong);
  });
});

describe('every public route parses with the shared schema', () => {
  const routes: [string, z.ZodType][] = [
    ['/api/global', singleResponse(siteSettingsSchema)],
    ['/api/categories', listResponse(categorySchema)],
    ['/api/merchants', listResponse(merchantSchema)],
    ['/api/products', listResponse(productSchema)],
    ['/api/articles', listResponse(articleSchema)],
    ['/api/deals', listResponse(dealSchema)],
    ['/api/lotteries', listResponse(lotterySchema)],
    ['/api/friend-links', listResponse(friendLinkSchema)],
    ['/api/redirects', listResponse(redirectSchema)],
  ];

  it.each(routes)('%s', async (path, schema) => {
    const response = await get(path);

    expect(response.status).toBe(200);
    const parsed = schema.safeParse(response.body);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it.each([
    ['categories', categorySchema, () => fixtures.category.documentId],
    ['merchants', merchantSchema, () => fixtures.merchant.documentId],
    ['products', productSchema, () => fixtures.supply.documentId],
    ['articles', articleSchema, () => fixtures.article.documentId],
    ['deals', dealSchema, () => fixtures.deal.documentId],
    ['lotteries', lotterySchema, () => fixtures.lottery.documentId],
    ['friend-links', friendLinkSchema, () => fixtures.friendLink.documentId],
    ['redirects', redirectSchema, () => fixtures.redirect.documentId],
  ] as const)('/api/%s/:documentId', async (plural, schema, documentId) => {
    const response = await get(`/api/${plural}/${documentId()}`);

    expect(response.status).toBe(200);
    const parsed = singleResponse(schema).safeParse(response.body);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('populates what pages need without being asked', async () => {
    const response = await get(`/api/products/${fixtures.supply.documentId}`);

    expect(response.body.data.merchant).toMatchObject({
      name: '苏州恒信精密机械有限公司',
      verification: 'verified',
    });
    expect(response.body.data.category).toMatchObject({ name: '钢材金属', section: 'supply' });
    expect(response.body.data.seo).toMatchObject({ metaTitle: '304不锈钢板现货' });
  });
});

describe('the public cannot write content', () => {
  it.each([
    ['post', '/api/products'],
    ['put', '/api/products/x'],
    ['delete', '/api/products/x'],
    ['post', '/api/deals'],
    ['put', '/api/global'],
  ] as const)('%s %s', async (method, path) => {
    const agent = request(cms.strapi.server.httpServer);
    const response = await agent[method](path).send({ data: { title: '篡改' } });

    expect([403, 404, 405]).toContain(response.status);
  });
});
