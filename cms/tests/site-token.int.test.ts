import request from 'supertest';

import { ensureSiteToken } from '../src/lib/site-token';
import { createFixtures } from './helpers/fixtures';
import { startTestCms, type TestCms } from './helpers/test-cms';

let cms: TestCms;
let token: string;

const asSite = (method: 'get' | 'post', path: string) =>
  request(cms.strapi.server.httpServer)[method](path).set('Authorization', `Bearer ${token}`);

beforeAll(async () => {
  cms = await startTestCms();
  await createFixtures(cms.strapi);
  token = await ensureSiteToken(cms.strapi, 'read');
});

afterAll(async () => {
  await cms?.stop();
});

describe("the site's read token", () => {
  it('is created once and the same key is handed out on every start', async () => {
    expect(token).toMatch(/^[0-9a-f]{256}$/);
    await expect(ensureSiteToken(cms.strapi, 'read')).resolves.toBe(token);
  });

  it('reads published content', async () => {
    const response = await asSite('get', '/api/products');

    expect(response.status).toBe(200);
    expect(response.body.meta.pagination.total).toBe(2);
  });

  it('still sees published versions only when it asks for drafts', async () => {
    const response = await asSite('get', '/api/products?status=draft');

    expect(response.status).toBe(200);
    expect(response.body.data.map((product: { title: string }) => product.title)).not.toContain(
      '未发布的草稿信息',
    );
  });

  it('cannot list members or write anything', async () => {
    const users = await asSite('get', '/api/users');
    const feedback = await asSite('post', '/api/feedbacks').send({
      data: { kind: 'other', message: '这条不应该被保存。' },
    });

    expect(users.status).toBe(403);
    expect(feedback.status).toBe(403);
  });

  it('loses a permission granted to it by hand on the next start', async () => {
    const tokens = cms.strapi.service('admin::api-token-content-api');
    const stored = await tokens.getByName('huijiu-site-read');
    await tokens.update(stored.id, {
      permissions: [...stored.permissions, 'plugin::users-permissions.user.find'],
    });

    const whileTampered = await asSite('get', '/api/users');
    await ensureSiteToken(cms.strapi, 'read');
    const afterRestart = await asSite('get', '/api/users');

    expect(whileTampered.status).toBe(200);
    expect(afterRestart.status).toBe(403);
  });
});
