import request from 'supertest';

import { loginAsSuperAdmin } from './helpers/admin';
import { startTestCms, type TestCms } from './helpers/test-cms';

/**
 * The review flow: nothing goes live unless a reviewer approved it, whichever way it is
 * published; the state moves only through the flow's own commands; approved facts that change
 * go back to review; and every step stays in the history, even after the entry is deleted.
 */

let cms: TestCms;
let adminToken: string;

const DEAL = 'api::deal.deal';
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

let dealNumber = 0;
/** A complete deal, each with its own title and slug. */
function dealFields(): Record<string, unknown> {
  dealNumber += 1;
  return {
    title: `审核测试 火锅双人套餐 ${dealNumber}`,
    slug: `shenhe-ceshi-huoguo-${dealNumber}`,
    type: 'local',
    dealPrice: 99,
    originalPrice: 188,
    startsAt: inDays(0),
    endsAt: inDays(10),
    minGroupSize: 2,
    stock: 20,
    soldCount: 0,
  };
}

const admin = () => request(cms.strapi.server.httpServer);
const asEditor = <T extends request.Test>(test: T) =>
  test.set('Authorization', `Bearer ${adminToken}`);

async function createDraft(extra: Record<string, unknown> = {}) {
  const response = await asEditor(
    admin()
      .post(`/content-manager/collection-types/${DEAL}`)
      .send({ ...dealFields(), ...extra }),
  );
  expect(response.status).toBe(201);
  return response.body.data.documentId as string;
}

const move = (documentId: string, command: string, note?: string) =>
  asEditor(admin().post('/huijiu-review/move').send({ uid: DEAL, documentId, command, note }));

const status = (documentId: string) =>
  asEditor(admin().get('/huijiu-review/status').query({ uid: DEAL, documentId }));

const publishInAdmin = (documentId: string) =>
  asEditor(admin().post(`/content-manager/collection-types/${DEAL}/${documentId}/actions/publish`));

const storedDraft = (documentId: string) =>
  cms.strapi.documents(DEAL).findOne({ documentId, status: 'draft' });
const isLive = async (documentId: string) =>
  (await cms.strapi.documents(DEAL).findOne({ documentId, status: 'published' })) !== null;

async function approvedDraft() {
  const documentId = await createDraft();
  expect((await move(documentId, 'submit')).status).toBe(200);
  expect((await move(documentId, 'approve')).status).toBe(200);
  return documentId;
}

const REFUSED = '审核通过后才能发布：这条内容目前是「草稿」。请先送审，由审核员通过后再发布。';

beforeAll(async () => {
  cms = await startTestCms();
  adminToken = await loginAsSuperAdmin(cms.strapi);
});

afterAll(async () => {
  await cms?.stop();
});

describe('publishing before approval', () => {
  it('is refused by the admin publish button, naming the review state', async () => {
    const documentId = await createDraft();

    const response = await publishInAdmin(documentId);

    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe(REFUSED);
    expect(response.body.error.details.errors).toEqual([
      { path: ['reviewState'], message: REFUSED, name: 'ValidationError' },
    ]);
    expect(await isLive(documentId)).toBe(false);
  });

  it('is refused by create-and-publish, which then stores nothing', async () => {
    const before = await cms.strapi.db.query(DEAL).count();

    const response = await asEditor(
      admin().post(`/content-manager/collection-types/${DEAL}/actions/publish`).send(dealFields()),
    );

    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe(REFUSED);
    expect(await cms.strapi.db.query(DEAL).count()).toBe(before);
  });

  it('is refused by bulk publish', async () => {
    const documentId = await createDraft();

    const response = await asEditor(
      admin()
        .post(`/content-manager/collection-types/${DEAL}/actions/bulkPublish`)
        .send({ documentIds: [documentId] }),
    );

    expect(response.status).toBe(400);
    expect(await isLive(documentId)).toBe(false);
  });

  it('is refused through the document service, for publish and for a published create', async () => {
    const deals = cms.strapi.documents(DEAL);
    const draft = await deals.create({ data: dealFields() as never });
    const before = await cms.strapi.db.query(DEAL).count();

    await expect(deals.publish({ documentId: draft.documentId })).rejects.toMatchObject({
      message: REFUSED,
    });
    await expect(
      deals.create({ data: dealFields() as never, status: 'published' }),
    ).rejects.toMatchObject({ message: REFUSED });
    expect(await cms.strapi.db.query(DEAL).count()).toBe(before);
    expect(await isLive(draft.documentId)).toBe(false);
  });

  it('is refused while in review, and allowed once approved', async () => {
    const documentId = await createDraft();
    await move(documentId, 'submit');

    const inReview = await publishInAdmin(documentId);
    await move(documentId, 'approve');
    const approved = await publishInAdmin(documentId);

    expect(inReview.status).toBe(400);
    expect(inReview.body.error.message).toContain('目前是「待审核」');
    expect(approved.status).toBe(200);
    expect(await isLive(documentId)).toBe(true);
  });
});

describe('the review state', () => {
  it('cannot be set by sending the field from the admin', async () => {
    const created = await asEditor(
      admin()
        .post(`/content-manager/collection-types/${DEAL}`)
        .send({ ...dealFields(), reviewState: 'approved' }),
    );
    const { documentId } = created.body.data;
    const edited = await asEditor(
      admin()
        .put(`/content-manager/collection-types/${DEAL}/${documentId}`)
        .send({ reviewState: 'approved', reviewNote: '自己批准' }),
    );

    expect(edited.status).toBe(200);
    expect(await storedDraft(documentId)).toMatchObject({ reviewState: 'draft', reviewNote: null });
    expect((await publishInAdmin(documentId)).status).toBe(400);
  });

  it('moves through submit, changes requested with a note, resubmit and approve', async () => {
    const documentId = await createDraft();

    const submitted = await move(documentId, 'submit');
    const noNote = await move(documentId, 'request_changes', '  ');
    const rejected = await move(documentId, 'request_changes', '原价请附上门店价目表截图');
    const afterRejection = await storedDraft(documentId);
    const resubmitted = await move(documentId, 'submit');
    const approved = await move(documentId, 'approve');

    expect(submitted.body.data).toEqual({ state: 'in_review', stateLabel: '待审核' });
    expect(noNote.status).toBe(400);
    expect(noNote.body.error.details.errors).toEqual([
      { path: ['note'], message: '退回修改时请写明需要修改的地方', name: 'ValidationError' },
    ]);
    expect(rejected.body.data).toEqual({ state: 'changes_requested', stateLabel: '需修改' });
    expect(afterRejection).toMatchObject({
      reviewState: 'changes_requested',
      reviewNote: '原价请附上门店价目表截图',
    });
    expect(resubmitted.status).toBe(200);
    expect(approved.body.data).toEqual({ state: 'approved', stateLabel: '已通过' });
    expect(await storedDraft(documentId)).toMatchObject({
      reviewState: 'approved',
      reviewNote: null,
    });
  });

  it('refuses a command that does not fit the current state', async () => {
    const documentId = await createDraft();

    const response = await move(documentId, 'approve');

    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe('这条内容目前是「草稿」，不能审核通过');
    expect(await storedDraft(documentId)).toMatchObject({ reviewState: 'draft' });
  });

  it('is shown in the review panel, not in the edit form where it would go stale', async () => {
    const response = await asEditor(
      admin().get(`/content-manager/content-types/${DEAL}/configuration`),
    );

    const { metadatas } = response.body.data.contentType;
    expect(metadatas.reviewState.edit).toMatchObject({ label: '审核状态', visible: false });
    expect(metadatas.reviewNote.edit).toMatchObject({ label: '审核意见', visible: false });
    expect(metadatas.publishAt.edit.label).toBe('定时发布（审核通过后到点自动发布）');
  });

  it('is not in the public API', async () => {
    const documentId = await approvedDraft();
    await publishInAdmin(documentId);
    const { slug } = (await storedDraft(documentId)) as { slug: string };

    const response = await request(cms.strapi.server.httpServer)
      .get('/api/deals')
      .query({ 'filters[slug][$eq]': slug });

    expect(response.status).toBe(200);
    expect(response.body.data).toHaveLength(1);
    expect(response.body.data[0]).not.toHaveProperty('reviewState');
    expect(response.body.data[0]).not.toHaveProperty('reviewNote');
    expect(response.body.data[0]).not.toHaveProperty('publishAt');
  });
});

describe('editing an approved deal', () => {
  it('sends it back to review when a fact changes; the live version stays as approved', async () => {
    const documentId = await approvedDraft();
    await publishInAdmin(documentId);

    const edited = await asEditor(
      admin()
        .put(`/content-manager/collection-types/${DEAL}/${documentId}`)
        .send({ dealPrice: 59 }),
    );
    const published = await cms.strapi.documents(DEAL).findOne({ documentId, status: 'published' });

    expect(edited.status).toBe(200);
    expect(await storedDraft(documentId)).toMatchObject({ reviewState: 'in_review' });
    expect(Number(published?.dealPrice)).toBe(99);
    expect((await publishInAdmin(documentId)).status).toBe(400);
  });

  it('keeps it approved when only SEO fields and the slug change', async () => {
    const documentId = await approvedDraft();
    const draft = (await storedDraft(documentId)) as Record<string, unknown>;

    // What the admin sends on save: the whole form, with only the SEO fields changed.
    const edited = await asEditor(
      admin()
        .put(`/content-manager/collection-types/${DEAL}/${documentId}`)
        .send({
          ...dealFields(),
          title: draft.title,
          dealPrice: draft.dealPrice,
          startsAt: draft.startsAt,
          endsAt: draft.endsAt,
          slug: 'shenhe-ceshi-seo-gaiming',
          seo: { metaTitle: '火锅双人套餐团购_限时 5.3 折' },
          merchant: { connect: [], disconnect: [] },
        }),
    );

    expect(edited.status).toBe(200);
    expect(await storedDraft(documentId)).toMatchObject({
      reviewState: 'approved',
      slug: 'shenhe-ceshi-seo-gaiming',
    });
  });
});

describe('the review history', () => {
  it('lists who moved the entry, from which state to which, with the note, newest first', async () => {
    const documentId = await createDraft();
    await move(documentId, 'submit');
    await move(documentId, 'request_changes', '补充使用时段');
    await move(documentId, 'submit');
    await move(documentId, 'approve');
    await publishInAdmin(documentId);

    const response = await status(documentId);

    expect(response.status).toBe(200);
    expect(response.body.data).toMatchObject({
      exists: true,
      state: 'approved',
      stateLabel: '已通过',
      note: null,
      commands: ['request_changes'],
    });
    const steps = response.body.data.events.map(
      (event: { action: string; fromState: string; toState: string; note: string | null }) => [
        event.action,
        event.fromState,
        event.toState,
        event.note,
      ],
    );
    expect(steps).toEqual([
      ['publish', 'approved', 'approved', null],
      ['approve', 'in_review', 'approved', null],
      ['submit', 'changes_requested', 'in_review', null],
      ['request_changes', 'in_review', 'changes_requested', '补充使用时段'],
      ['submit', 'draft', 'in_review', null],
    ]);
    for (const event of response.body.data.events) {
      expect(event.actorName).toBe('编辑测试');
    }
  });

  it('records the automatic return to review', async () => {
    const documentId = await approvedDraft();

    await asEditor(
      admin().put(`/content-manager/collection-types/${DEAL}/${documentId}`).send({ stock: 5 }),
    );
    const [latest] = (await status(documentId)).body.data.events;

    expect(latest).toMatchObject({
      action: 'reopen',
      fromState: 'approved',
      toState: 'in_review',
      note: '通过后又修改了内容，需要重新审核',
    });
  });

  it('is kept after the entry is deleted', async () => {
    const documentId = await createDraft();
    await move(documentId, 'submit');

    const deleted = await asEditor(
      admin().delete(`/content-manager/collection-types/${DEAL}/${documentId}`),
    );
    const events = await cms.strapi.db
      .query('api::review-event.review-event')
      .findMany({ where: { subjectDocumentId: documentId } });

    expect(deleted.status).toBe(200);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'submit', subjectType: DEAL });
    expect(events[0].subjectTitle).toMatch(/^审核测试 火锅双人套餐 \d+$/);
  });
});
