import request from 'supertest';

import { ensureSiteToken } from '../src/lib/site-token';
import { startTestCms, type TestCms } from './helpers/test-cms';

let cms: TestCms;

const send = (data: Record<string, unknown>, ip = '203.0.113.10') =>
  request(cms.strapi.server.httpServer)
    .post('/api/feedbacks')
    .set('X-Forwarded-For', ip)
    .send({ data });

const storedFeedback = () =>
  cms.strapi.db.query('api::feedback.feedback').findMany({ orderBy: { id: 'asc' } });

beforeAll(async () => {
  cms = await startTestCms();
});

afterAll(async () => {
  await cms?.stop();
});

describe('feedback from the public', () => {
  it('lands as new whatever the sender claims, and answers with a receipt only', async () => {
    const response = await send(
      {
        kind: 'bug',
        message: '手机上打开团购页面，倒计时一直显示 0 秒。',
        contact: '微信 hj-visitor',
        status: 'resolved',
        internalNote: '已处理',
      },
      '203.0.113.1',
    );
    const [stored] = await storedFeedback();

    expect(response.status).toBe(201);
    expect(response.body).toEqual({ data: { documentId: stored.documentId, status: 'new' } });
    expect(stored).toMatchObject({ kind: 'bug', status: 'new', contact: '微信 hj-visitor' });
    expect(stored.internalNote).toBeNull();
  });

  it('is never listed or read back', async () => {
    const [stored] = await storedFeedback();

    const list = await request(cms.strapi.server.httpServer).get('/api/feedbacks');
    const one = await request(cms.strapi.server.httpServer).get(
      `/api/feedbacks/${stored.documentId}`,
    );

    expect([403, 404, 405]).toContain(list.status);
    expect([403, 404, 405]).toContain(one.status);
  });

  it('refuses an empty message with 400 naming the field, and stores nothing', async () => {
    const before = (await storedFeedback()).length;

    const response = await send({ kind: 'suggestion', message: '  ' }, '203.0.113.2');

    expect(response.status).toBe(400);
    expect(response.body.error.details.errors).toEqual([
      { path: ['message'], message: '反馈内容至少要 5 个字', name: 'ValidationError' },
    ]);
    expect((await storedFeedback()).length).toBe(before);
  });

  it('limits each address to five messages in ten minutes, with Retry-After', async () => {
    const message = { kind: 'other', message: '网站很好用，希望多一些本地团购。' };
    const accepted = [];
    for (let i = 0; i < 5; i += 1) accepted.push((await send(message, '198.51.100.7')).status);

    const refused = await send(message, '198.51.100.7');
    const otherVisitor = await send(message, '198.51.100.8');

    expect(accepted).toEqual([201, 201, 201, 201, 201]);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(500);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(600);
    expect(otherVisitor.status).toBe(201);
  });

  it('does not count what the site forwards with its write token: it limits each visitor', async () => {
    const token = await ensureSiteToken(cms.strapi, 'write');
    const message = { kind: 'other', message: '通过网站转交的访客建议。' };

    const statuses = [];
    for (let i = 0; i < 7; i += 1) {
      const response = await request(cms.strapi.server.httpServer)
        .post('/api/feedbacks')
        .set('X-Forwarded-For', '198.51.100.9')
        .set('Authorization', `Bearer ${token}`)
        .send({ data: message });
      statuses.push(response.status);
    }

    expect(statuses).toEqual([201, 201, 201, 201, 201, 201, 201]);
  });
});
