import { siteSettingsSchema, singleResponse } from '@huijiu/shared';
import request from 'supertest';

import { seedDemoContent } from '../src/seed/demo-content';
import { startTestCms, testDatabaseKind, type TestCms } from './helpers/test-cms';

let cms: TestCms;

beforeAll(async () => {
  cms = await startTestCms();
});

afterAll(async () => {
  await cms?.stop();
});

describe('a freshly started CMS', () => {
  it('runs on the database this test run asked for', () => {
    const client = cms.strapi.db.dialect.client;
    expect(client).toBe(cms.database === 'postgres' ? 'postgres' : 'sqlite');
  });

  it('answers its health check with 204', async () => {
    const response = await request(cms.strapi.server.httpServer).get('/_health');

    expect(response.status).toBe(204);
  });

  // Defined only on SQLite: PostgreSQL has no journal mode to check.
  const onSqlite = testDatabaseKind() === 'sqlite' ? it : undefined;
  onSqlite?.('keeps SQLite in WAL mode with a busy timeout', async () => {
    const connection = cms.strapi.db.connection;
    const [journal] = await connection.raw('PRAGMA journal_mode');
    const [timeout] = await connection.raw('PRAGMA busy_timeout');

    expect(journal).toEqual({ journal_mode: 'wal' });
    expect(Object.values(timeout)).toEqual([5000]);
  });
});

describe('demo content', () => {
  it('fills an empty database once and leaves it alone the second time', async () => {
    const first = await seedDemoContent(cms.strapi);
    const second = await seedDemoContent(cms.strapi);

    expect(first).toMatchObject({ seeded: true, adminUsers: 0 });
    expect(second).toMatchObject({ seeded: false, adminUsers: 0 });
  });

  it('serves the site settings to anonymous callers in the shared shape', async () => {
    const response = await request(cms.strapi.server.httpServer).get('/api/global');

    expect(response.status).toBe(200);
    const { data } = singleResponse(siteSettingsSchema).parse(response.body);
    expect(data.siteName).toBe('惠久商贸网');
  });

  it('does not let anonymous callers change the site settings', async () => {
    const response = await request(cms.strapi.server.httpServer)
      .put('/api/global')
      .send({ data: { siteName: '被篡改' } });
    const after = await request(cms.strapi.server.httpServer).get('/api/global');

    expect([403, 404, 405]).toContain(response.status);
    expect(after.body.data.siteName).toBe('惠久商贸网');
  });
});
