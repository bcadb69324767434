import { runSchedule } from '../src/lib/schedule';
import { startTestCms, type TestCms } from './helpers/test-cms';

/**
 * The clock: scheduled publishing for approved entries only, scheduled take-downs, and deals
 * that close by themselves at their end; each step lands in the review history.
 */

let cms: TestCms;

const ARTICLE = 'api::article.article';
const DEAL = 'api::deal.deal';
const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

let articleNumber = 0;
async function articleDraft(fields: Record<string, unknown>) {
  articleNumber += 1;
  return cms.strapi.documents(ARTICLE).create({
    data: {
      title: `定时测试资讯 第${articleNumber}篇`,
      slug: `dingshi-ceshi-${articleNumber}`,
      excerpt: '定时发布的测试资讯。',
      ...fields,
    } as never,
  });
}

const isLive = async (uid: typeof ARTICLE | typeof DEAL, documentId: string) =>
  (await cms.strapi.db
    .query(uid)
    .count({ where: { documentId, publishedAt: { $notNull: true } } })) > 0;

const eventsOf = (documentId: string) =>
  cms.strapi.db
    .query('api::review-event.review-event')
    .findMany({ where: { subjectDocumentId: documentId }, orderBy: { id: 'asc' } });

beforeAll(async () => {
  cms = await startTestCms();
});

afterAll(async () => {
  await cms?.stop();
});

describe('scheduled publishing', () => {
  it('publishes an approved entry once its time has come, and only once', async () => {
    const due = await articleDraft({ reviewState: 'approved', publishAt: minutesFromNow(-1) });
    const later = await articleDraft({ reviewState: 'approved', publishAt: minutesFromNow(30) });

    const first = await runSchedule(cms.strapi);
    const second = await runSchedule(cms.strapi);

    expect(first.published).toBe(1);
    expect(second.published).toBe(0);
    expect(await isLive(ARTICLE, due.documentId)).toBe(true);
    expect(await isLive(ARTICLE, later.documentId)).toBe(false);
    const stored = await cms.strapi.documents(ARTICLE).findOne({ documentId: due.documentId });
    expect(stored?.publishAt).toBeNull();
    expect(await eventsOf(due.documentId)).toMatchObject([
      { action: 'scheduled_publish', actorName: '系统', fromState: 'approved' },
    ]);
  });

  it('leaves an entry that is not approved waiting, and publishes it once it is', async () => {
    const waiting = await articleDraft({ reviewState: 'in_review', publishAt: minutesFromNow(-5) });

    await runSchedule(cms.strapi);
    const whileInReview = await isLive(ARTICLE, waiting.documentId);
    await cms.strapi.db.query(ARTICLE).update({
      where: { documentId: waiting.documentId, publishedAt: null },
      data: { reviewState: 'approved' },
    });
    await runSchedule(cms.strapi);

    expect(whileInReview).toBe(false);
    expect(await isLive(ARTICLE, waiting.documentId)).toBe(true);
  });
});

describe('scheduled take-down', () => {
  it('unpublishes a live entry when its time has come, set after it went live', async () => {
    const live = await articleDraft({ reviewState: 'approved' });
    await cms.strapi.documents(ARTICLE).publish({ documentId: live.documentId });
    await cms.strapi.documents(ARTICLE).update({
      documentId: live.documentId,
      data: { unpublishAt: minutesFromNow(-1) } as never,
    });

    const result = await runSchedule(cms.strapi);

    expect(result.unpublished).toBe(1);
    expect(await isLive(ARTICLE, live.documentId)).toBe(false);
    expect((await eventsOf(live.documentId)).map((event) => event.action)).toEqual([
      'scheduled_unpublish',
    ]);
  });
});

describe('deals at their end', () => {
  it('close by themselves: stamped, no longer featured, still published, once', async () => {
    const deal = await cms.strapi.documents(DEAL).create({
      data: {
        reviewState: 'approved',
        title: '到期自动结束的烧烤团购',
        slug: 'daoqi-jieshu-shaokao',
        type: 'local',
        dealPrice: 68,
        originalPrice: 128,
        startsAt: minutesFromNow(-60 * 24 * 3),
        endsAt: minutesFromNow(-2),
        minGroupSize: 2,
        stock: 10,
        soldCount: 4,
        featured: true,
      } as never,
      status: 'published',
    });
    const now = new Date();

    const first = await runSchedule(cms.strapi, now);
    const second = await runSchedule(cms.strapi);
    const rows = await cms.strapi.db
      .query(DEAL)
      .findMany({ where: { documentId: deal.documentId } });

    expect(first.closedDeals).toBeGreaterThanOrEqual(1);
    expect(second.closedDeals).toBe(0);
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(new Date(row.closedAt as string).getTime()).toBe(now.getTime());
      expect(row.featured).toBe(false);
    }
    expect(await isLive(DEAL, deal.documentId)).toBe(true);
    expect((await eventsOf(deal.documentId)).map((event) => event.action)).toEqual(['close']);
  });
});

describe('the clock', () => {
  it('runs every minute', () => {
    const tasks = cms.strapi.config.get('server.cron.tasks') as Record<
      string,
      { options: { rule: string } }
    >;

    expect(tasks.publishOnSchedule.options.rule).toBe('* * * * *');
  });
});
