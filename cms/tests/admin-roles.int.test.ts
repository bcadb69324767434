import request from 'supertest';

import {
  ADMIN_ROLES,
  findAdminRole,
  storedRolePermissions,
  syncAdminRoles,
  type AdminRoleKey,
} from '../src/lib/admin-roles';
import {
  createDemoAdmins,
  formatDemoAccounts,
  type DemoAdminAccount,
} from '../src/lib/demo-admins';
import { loginAsAdmin } from './helpers/admin';
import { startTestCms, type TestCms } from './helpers/test-cms';

const DEALS = '/content-manager/collection-types/api::deal.deal';
const DEAL = 'api::deal.deal';
const FRIEND_LINKS = '/content-manager/collection-types/api::friend-link.friend-link';
const SEO_FIELDS = [
  'seo.metaTitle',
  'seo.metaDescription',
  'seo.keywords',
  'seo.longTailKeywords',
  'seo.canonicalUrl',
  'seo.noindex',
  'seo.ogImage',
  'seo.structuredData',
];

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

const validDeal = {
  title: '西湖游船 双人夜游票',
  type: 'local',
  dealPrice: 88,
  originalPrice: 160,
  startsAt: inDays(0),
  endsAt: inDays(10),
  minGroupSize: 2,
  stock: 50,
  soldCount: 0,
};

let cms: TestCms;
let accounts: DemoAdminAccount[];
const sessions = {} as Record<AdminRoleKey | 'superAdmin', string>;

beforeAll(async () => {
  cms = await startTestCms();
  accounts = await createDemoAdmins(cms.strapi);

  const passwordOf = (email: string) => accounts.find((a) => a.email === email)?.password ?? '';
  const login = (email: string) => loginAsAdmin(cms.strapi, email, passwordOf(email));
  sessions.superAdmin = await login('admin@demo.huijiu.cn');
  sessions.author = await login('author@demo.huijiu.cn');
  sessions.reviewer = await login('reviewer@demo.huijiu.cn');
  sessions.seo = await login('seo@demo.huijiu.cn');
}, 120_000);

afterAll(async () => {
  await cms?.stop();
});

/** A request to the admin API as one of the demo users. */
function as(who: keyof typeof sessions, method: 'get' | 'post' | 'put' | 'delete', path: string) {
  const server = request(cms.strapi.server.httpServer);
  return server[method](path).set('Authorization', `Bearer ${sessions[who]}`);
}

const draftDeal = (documentId: string) =>
  cms.strapi.documents(DEAL).findOne({ documentId, status: 'draft', populate: ['seo'] });
const publishedDeal = (documentId: string) =>
  cms.strapi.documents(DEAL).findOne({ documentId, status: 'published' });

/** What the review flow does once a reviewer approves; the flow itself is not on this branch. */
async function approve(documentId: string) {
  await cms.strapi.db
    .query(DEAL)
    .update({ where: { documentId, publishedAt: null }, data: { reviewState: 'approved' } });
}

async function authorCreatesDeal(title: string): Promise<string> {
  const response = await as('author', 'post', DEALS).send({ ...validDeal, title });
  if (response.status !== 201) throw new Error(`create failed: ${response.status}`);
  return response.body.data.documentId as string;
}

/** A role's permissions as `action subject` lines, sorted. */
async function summary(key: AdminRoleKey): Promise<string[]> {
  const role = await findAdminRole(cms.strapi, key);
  const stored = (await cms.strapi.db
    .query('admin::permission')
    .findMany({ where: { role: { id: role?.id } } })) as { action: string; subject: string }[];
  return stored
    .map(({ action, subject }) => `${action.replace('plugin::', '')} ${subject ?? '-'}`)
    .sort();
}

const REVIEWED = ['article', 'deal', 'friend-link', 'lottery', 'merchant', 'product'].map(
  (name) => `api::${name}.${name}`,
);
const on = (verb: string, uids: string[]) =>
  uids.map((uid) => `content-manager.explorer.${verb} ${uid}`);

describe('the demo accounts', () => {
  it('are the super admin and one user per role, with strong passwords that log in', () => {
    expect(accounts.map(({ email, role }) => [email, role])).toEqual([
      ['admin@demo.huijiu.cn', '超级管理员'],
      ['author@demo.huijiu.cn', '作者'],
      ['reviewer@demo.huijiu.cn', '审核员'],
      ['seo@demo.huijiu.cn', 'SEO专员'],
    ]);
    for (const { password } of accounts) {
      expect(password).toMatch(/^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)[A-Za-z\d]{20}$/);
    }
    expect(new Set(accounts.map(({ password }) => password)).size).toBe(accounts.length);
    // beforeAll logged each of them in.
    expect(Object.values(sessions).every((token) => token.length > 20)).toBe(true);
  });

  it('each hold exactly their role', async () => {
    const users = (await cms.strapi.db
      .query('admin::user')
      .findMany({ populate: ['roles'], orderBy: { id: 'asc' } })) as {
      email: string;
      roles: { name: string }[];
    }[];

    expect(users.map(({ email, roles }) => [email, roles.map(({ name }) => name)])).toEqual([
      ['admin@demo.huijiu.cn', ['Super Admin']],
      ['author@demo.huijiu.cn', ['作者']],
      ['reviewer@demo.huijiu.cn', ['审核员']],
      ['seo@demo.huijiu.cn', ['SEO专员']],
    ]);
  });

  it('are made only once: a second call makes and changes nothing', async () => {
    const before = await cms.strapi.db.query('admin::user').findMany({ orderBy: { id: 'asc' } });

    const again = await createDemoAdmins(cms.strapi);
    const after = await cms.strapi.db.query('admin::user').findMany({ orderBy: { id: 'asc' } });

    expect(again).toEqual([]);
    expect(after).toEqual(before);
  });

  it('are listed for `npm run seed` one per line with email, password and role', () => {
    const lines = formatDemoAccounts(accounts).split('\n');

    expect(lines).toHaveLength(accounts.length + 1);
    accounts.forEach(({ email, password, role }, index) => {
      expect(lines[index + 1].trim().split(/\s+/)).toEqual([email, password, role]);
    });
  });

  it('leave the admin set up, so no one can register a first admin over them', async () => {
    const init = await request(cms.strapi.server.httpServer).get('/admin/init');
    const register = await request(cms.strapi.server.httpServer)
      .post('/admin/register-admin')
      .send({ email: 'intruder@example.cn', password: 'Intruder-2026-pass', firstname: '外人' });

    expect(init.body.data.hasAdmin).toBe(true);
    expect(register.status).toBe(400);
    expect(await cms.strapi.db.query('admin::user').count()).toBe(4);
  });
});

describe('the roles', () => {
  it('are named in Chinese with Chinese descriptions', async () => {
    for (const key of ['author', 'reviewer', 'seo'] as const) {
      const role = await findAdminRole(cms.strapi, key);
      expect(role).toMatchObject({
        name: ADMIN_ROLES[key].name,
        description: ADMIN_ROLES[key].description,
      });
    }
  });

  it('give an author drafts of the reviewed types, category reads and media', async () => {
    expect(await summary('author')).toEqual(
      [
        ...on('create', REVIEWED),
        ...on('read', [...REVIEWED, 'api::category.category']),
        ...on('update', REVIEWED),
        'upload.assets.create -',
        'upload.assets.update -',
        'upload.read -',
      ].sort(),
    );
  });

  it('give a reviewer what an author has plus publish and delete', async () => {
    const author = await summary('author');

    expect(await summary('reviewer')).toEqual(
      [...author, ...on('delete', REVIEWED), ...on('publish', REVIEWED)].sort(),
    );
  });

  it('give SEO staff reads of every public type and updates of slug and SEO only', async () => {
    const withSeo = REVIEWED.filter((uid) => uid !== 'api::friend-link.friend-link');

    expect(await summary('seo')).toEqual(
      [
        ...on('read', [...REVIEWED, 'api::category.category']),
        ...on('update', [...withSeo, 'api::category.category']),
        'upload.assets.create -',
        'upload.read -',
      ].sort(),
    );
    const role = await findAdminRole(cms.strapi, 'seo');
    const dealUpdate = await cms.strapi.db.query('admin::permission').findOne({
      where: {
        role: { id: role?.id },
        action: 'plugin::content-manager.explorer.update',
        subject: DEAL,
      },
    });
    expect(dealUpdate.properties.fields).toEqual(['slug', ...SEO_FIELDS]);
  });

  it('let authors see the review state and note but not write them', async () => {
    const role = await findAdminRole(cms.strapi, 'author');
    const permissions = (await cms.strapi.db.query('admin::permission').findMany({
      where: { role: { id: role?.id }, subject: DEAL },
    })) as { action: string; properties: { fields: string[] } }[];
    const fields = (verb: string) =>
      permissions.find(({ action }) => action.endsWith(verb))?.properties.fields ?? [];

    expect(fields('read')).toEqual(expect.arrayContaining(['reviewState', 'reviewNote']));
    for (const verb of ['create', 'update']) {
      expect(fields(verb)).not.toContain('reviewState');
      expect(fields(verb)).not.toContain('reviewNote');
      expect(fields(verb)).toEqual(expect.arrayContaining(['title', 'publishAt', ...SEO_FIELDS]));
    }
  });

  it('stay exactly the same, row for row, when a restart cleans and syncs them twice', async () => {
    const snapshot = async () => {
      const result: Record<string, { keys: string[]; ids: number[] }> = {};
      for (const key of ['author', 'reviewer', 'seo'] as const) {
        const role = await findAdminRole(cms.strapi, key);
        const rows = (await cms.strapi.db
          .query('admin::permission')
          .findMany({ where: { role: { id: role?.id } } })) as { id: number }[];
        result[key] = {
          keys: await storedRolePermissions(cms.strapi, role?.id ?? 0),
          ids: rows.map(({ id }) => id).sort((a, b) => a - b),
        };
      }
      return result;
    };
    const before = await snapshot();

    // What a restart does: Strapi's own clean-up of stored fields, then the sync.
    await cms.strapi.service('admin::permission').cleanPermissionsInDatabase();
    await syncAdminRoles(cms.strapi);
    await syncAdminRoles(cms.strapi);

    expect(await snapshot()).toEqual(before);
  });

  it('are put back at the next sync after an edit in the admin', async () => {
    const role = await findAdminRole(cms.strapi, 'author');
    const id = role?.id ?? 0;
    const before = await storedRolePermissions(cms.strapi, id);
    const current = await as('superAdmin', 'get', `/admin/roles/${id}/permissions`);
    const edited = current.body.data
      .filter(({ subject }: { subject: string }) => subject !== 'api::article.article')
      .map(({ action, subject, properties, conditions }: Record<string, unknown>) => ({
        action,
        subject,
        properties,
        conditions,
      }));
    edited.push({
      action: 'plugin::content-manager.explorer.delete',
      subject: DEAL,
      properties: {},
      conditions: [],
    });

    const rename = await as('superAdmin', 'put', `/admin/roles/${id}`).send({
      name: '作者（改）',
      description: '手工改过',
    });
    const save = await as('superAdmin', 'put', `/admin/roles/${id}/permissions`).send({
      permissions: edited,
    });
    expect([rename.status, save.status]).toEqual([200, 200]);
    expect(await storedRolePermissions(cms.strapi, id)).not.toEqual(before);

    await syncAdminRoles(cms.strapi);

    expect(await storedRolePermissions(cms.strapi, id)).toEqual(before);
    expect(await findAdminRole(cms.strapi, 'author')).toMatchObject({
      id,
      name: '作者',
      description: ADMIN_ROLES.author.description,
    });
  });
});

describe('an author', () => {
  it('creates a deal draft, and the review state stays as the flow sets it', async () => {
    const response = await as('author', 'post', DEALS).send({
      ...validDeal,
      reviewState: 'approved',
    });
    const stored = await draftDeal(response.body.data.documentId);

    expect(response.status).toBe(201);
    expect(stored).toMatchObject({ title: validDeal.title, reviewState: 'draft' });
    expect(stored?.publishedAt).toBeNull();
  });

  it('edits a draft', async () => {
    const documentId = await authorCreatesDeal('太湖三白 家宴套餐');

    const response = await as('author', 'put', `${DEALS}/${documentId}`).send({ stock: 20 });

    expect(response.status).toBe(200);
    expect((await draftDeal(documentId))?.stock).toBe(20);
  });

  it('cannot publish, even an approved draft', async () => {
    const documentId = await authorCreatesDeal('千岛湖 鱼头宴四人餐');
    await approve(documentId);

    const response = await as('author', 'post', `${DEALS}/${documentId}/actions/publish`).send({});

    expect(response.status).toBe(403);
    expect(await publishedDeal(documentId)).toBeNull();
  });

  it('cannot delete', async () => {
    const documentId = await authorCreatesDeal('乌镇民宿 周末双人房');

    const response = await as('author', 'delete', `${DEALS}/${documentId}`);

    expect(response.status).toBe(403);
    expect(await draftDeal(documentId)).not.toBeNull();
  });

  it('reads categories for the pickers but cannot make one', async () => {
    const list = await as(
      'author',
      'get',
      '/content-manager/collection-types/api::category.category',
    );
    const create = await as(
      'author',
      'post',
      '/content-manager/collection-types/api::category.category',
    ).send({ name: '作者新建分类', slug: 'zuozhe-xinjian', section: 'supply' });

    expect(list.status).toBe(200);
    expect(create.status).toBe(403);
    expect(await cms.strapi.db.query('api::category.category').count()).toBe(0);
  });

  it('browses the media library', async () => {
    const response = await as('author', 'get', '/upload/files');

    expect(response.status).toBe(200);
  });
});

describe('a reviewer', () => {
  it('publishes and unpublishes an approved deal', async () => {
    const documentId = await authorCreatesDeal('灵隐寺 素斋双人套餐');
    await approve(documentId);

    const publish = await as('reviewer', 'post', `${DEALS}/${documentId}/actions/publish`).send({});
    const published = await publishedDeal(documentId);
    const unpublish = await as('reviewer', 'post', `${DEALS}/${documentId}/actions/unpublish`).send(
      {},
    );

    expect(publish.status).toBe(200);
    expect(published?.title).toBe('灵隐寺 素斋双人套餐');
    expect(unpublish.status).toBe(200);
    expect(await publishedDeal(documentId)).toBeNull();
  });

  it('deletes a deal', async () => {
    const documentId = await authorCreatesDeal('宋城千古情 演出门票');

    const response = await as('reviewer', 'delete', `${DEALS}/${documentId}`);

    expect(response.status).toBe(200);
    expect(await draftDeal(documentId)).toBeNull();
  });
});

describe('an SEO specialist', () => {
  let documentId: string;

  beforeAll(async () => {
    const deal = await cms.strapi.documents(DEAL).create({
      data: {
        ...validDeal,
        type: 'local',
        title: '雷峰塔 夜游讲解票',
        slug: 'leifengta-yeyou',
        seo: {
          metaTitle: '雷峰塔夜游',
          metaDescription: '夜游雷峰塔，含讲解。',
          keywords: '雷峰塔,夜游',
        },
      },
    });
    documentId = deal.documentId;
  });

  it('changes the SEO title and the slug, keeping the other SEO fields', async () => {
    const before = await draftDeal(documentId);
    // The admin sends the whole form, the component with its id.
    const response = await as('seo', 'put', `${DEALS}/${documentId}`).send({
      ...validDeal,
      slug: 'leifengta-yeyou-jiangjie',
      seo: { ...before?.seo, metaTitle: '雷峰塔夜游讲解 团购价 88 元' },
    });
    const stored = await draftDeal(documentId);

    expect(response.status).toBe(200);
    expect(stored?.slug).toBe('leifengta-yeyou-jiangjie');
    expect(stored?.seo).toMatchObject({
      metaTitle: '雷峰塔夜游讲解 团购价 88 元',
      metaDescription: '夜游雷峰塔，含讲解。',
      keywords: '雷峰塔,夜游',
    });
  });

  it('cannot change the title or the price: they are dropped and stay as they were', async () => {
    const response = await as('seo', 'put', `${DEALS}/${documentId}`).send({
      title: '改过的标题 不应保存',
      dealPrice: 1,
    });
    const stored = await draftDeal(documentId);

    expect(response.status).toBe(200);
    expect(stored?.title).toBe('雷峰塔 夜游讲解票');
    expect(Number(stored?.dealPrice)).toBe(88);
  });

  it('cannot create, publish or delete', async () => {
    await approve(documentId);
    const countBefore = await cms.strapi.db.query(DEAL).count();

    const create = await as('seo', 'post', DEALS).send({ ...validDeal, title: 'SEO 新建的团购' });
    const publish = await as('seo', 'post', `${DEALS}/${documentId}/actions/publish`).send({});
    const remove = await as('seo', 'delete', `${DEALS}/${documentId}`);

    expect([create.status, publish.status, remove.status]).toEqual([403, 403, 403]);
    expect(await cms.strapi.db.query(DEAL).count()).toBe(countBefore);
    expect(await publishedDeal(documentId)).toBeNull();
  });

  it('reads friend links but cannot edit them', async () => {
    const link = await cms.strapi.documents('api::friend-link.friend-link').create({
      data: { name: '中国钢铁网', url: 'https://www.steel.example.cn', sortOrder: 1, active: true },
    });
    const path = `${FRIEND_LINKS}/${link.documentId}`;

    const read = await as('seo', 'get', path);
    const edit = await as('seo', 'put', path).send({ name: '改名' });

    expect(read.status).toBe(200);
    expect(edit.status).toBe(403);
  });
});
