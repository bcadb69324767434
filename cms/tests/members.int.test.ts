import { createHash } from 'node:crypto';

import request from 'supertest';

import { drawDueLotteries } from '../src/lib/lottery-draw';
import { ensureSiteToken } from '../src/lib/site-token';
import { createFixtures, type Fixtures } from './helpers/fixtures';
import { startTestCms, type TestCms } from './helpers/test-cms';

let cms: TestCms;
let fixtures: Fixtures;
let writeToken: string;
let readToken: string;

const http = () => request(cms.strapi.server.httpServer);

/** A call as the site's server makes it: its write token, and the member's session if any. */
function asSite(method: 'get' | 'post', path: string, session?: string) {
  const call = http()[method](path).set('Authorization', `Bearer ${writeToken}`);
  return session ? call.set('x-member-session', session) : call;
}

const signUp = (data: Record<string, unknown>) =>
  asSite('post', '/api/members/sign-up').send({ data });
const logIn = (email: string, password: string) =>
  asSite('post', '/api/members/log-in').send({ data: { email, password } });
const account = (session?: string) => asSite('get', '/api/members/me', session);

const memberCount = () => cms.strapi.db.query('plugin::users-permissions.user').count();

let serial = 0;
/** A new member, signed up through the site's route; returns the session token. */
async function newMember(displayName = '王晓明') {
  serial += 1;
  const email = `member${serial}@example.cn`;
  const password = 'qingshan-lvshui-2026';
  const response = await signUp({ displayName, email, password });
  expect(response.status).toBe(201);
  return { email, password, session: response.body.data.token as string };
}

const isoInDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

beforeAll(async () => {
  cms = await startTestCms();
  fixtures = await createFixtures(cms.strapi);
  writeToken = await ensureSiteToken(cms.strapi, 'write');
  readToken = await ensureSiteToken(cms.strapi, 'read');
});

afterAll(async () => {
  await cms?.stop();
});

describe('joining', () => {
  it('is open only to the site: anonymous callers and the read token are refused', async () => {
    const data = { displayName: '李四', email: 'direct@example.cn', password: 'a'.repeat(16) };
    const before = await memberCount();

    const anonymous = await http().post('/api/members/sign-up').send({ data });
    const withReadToken = await http()
      .post('/api/members/sign-up')
      .set('Authorization', `Bearer ${readToken}`)
      .send({ data });
    const pluginRoute = await http()
      .post('/api/auth/local/register')
      .send({ username: 'direct', email: 'direct@example.cn', password: 'a'.repeat(16) });

    expect(anonymous.status).toBe(403);
    expect(withReadToken.status).toBe(403);
    expect(pluginRoute.status).toBe(403);
    expect(await memberCount()).toBe(before);
  });

  it('creates a basic member and a session, and hands back no private field', async () => {
    const response = await signUp({
      displayName: '  陈静  ',
      email: 'Chen.Jing@Example.CN',
      password: 'chuntian-de-fengzheng',
    });

    expect(response.status).toBe(201);
    expect(response.body.data).toEqual({
      token: expect.any(String),
      expiresAt: expect.any(String),
      member: {
        id: expect.any(Number),
        documentId: expect.any(String),
        username: 'chen.jing@example.cn',
        displayName: '陈静',
        tier: 'basic',
        vipUntil: null,
        level: 1,
        points: 0,
      },
    });
    const days = (Date.parse(response.body.data.expiresAt) - Date.now()) / 86_400_000;
    expect(Math.round(days)).toBe(14);
    expect(JSON.stringify(response.body)).not.toMatch(/password|provider|confirmed|blocked/);
  });

  it.each([
    ['shorter than 12 characters', 'duan-mima-1', '密码至少要 12 个字符，可以用一句好记的话'],
    ['containing the email name', 'zhaolei2026-hao-mima', '密码不能包含邮箱或邮箱的用户名部分'],
    ['containing the display name', 'wo-shi-赵磊-de-mima', '密码不能包含昵称'],
  ])(
    'refuses a password %s, naming the field, and stores nothing',
    async (_, password, message) => {
      const before = await memberCount();

      const response = await signUp({
        displayName: '赵磊',
        email: 'zhaolei2026@example.cn',
        password,
      });

      expect(response.status).toBe(400);
      expect(response.body.error.details.errors).toEqual([
        { path: ['password'], message, name: 'ValidationError' },
      ]);
      expect(await memberCount()).toBe(before);
    },
  );

  it('refuses an email that already has an account, whatever its case', async () => {
    const before = await memberCount();

    const response = await signUp({
      displayName: '另一个陈静',
      email: 'CHEN.JING@example.cn',
      password: 'lingwai-yige-mima-2026',
    });

    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0]).toMatchObject({
      path: ['email'],
      message: '这个邮箱已经注册过了，可以直接登录',
    });
    expect(await memberCount()).toBe(before);
  });
});

describe('logging in and out', () => {
  it('opens a session with the right password, and says only "wrong" otherwise', async () => {
    const { email, password } = await newMember();

    const right = await logIn(email.toUpperCase(), password);
    const wrongPassword = await logIn(email, `${password}x`);
    const unknownEmail = await logIn('nobody@example.cn', password);

    expect(right.status).toBe(200);
    expect(right.body.data.member.displayName).toBe('王晓明');
    for (const wrong of [wrongPassword, unknownEmail]) {
      expect(wrong.status).toBe(400);
      expect(wrong.body.error.details.errors).toEqual([
        { path: ['password'], message: '邮箱或密码不对', name: 'ValidationError' },
      ]);
    }
  });

  it("keeps Strapi's own log-in route closed", async () => {
    const { email, password } = await newMember();

    const response = await http().post('/api/auth/local').send({ identifier: email, password });

    expect(response.status).toBe(403);
  });

  it('locks an email after ten failed tries, even against the right password', async () => {
    const { email, password } = await newMember();
    for (let attempt = 0; attempt < 10; attempt += 1) {
      expect((await logIn(email, 'not-the-password-at-all')).status).toBe(400);
    }

    const locked = await logIn(email, password);
    const otherMember = await newMember();
    const otherLogIn = await logIn(otherMember.email, otherMember.password);

    expect(locked.status).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(800);
    expect(otherLogIn.status).toBe(200);
  });

  it('ends the session on log-out: the token no longer opens the account', async () => {
    const { session } = await newMember();
    expect((await account(session)).status).toBe(200);

    const loggedOut = await asSite('post', '/api/members/log-out', session);
    const afterwards = await account(session);

    expect(loggedOut.status).toBe(204);
    expect(afterwards.status).toBe(401);
  });

  it('shuts a blocked member out, including sessions opened before', async () => {
    const { email, password, session } = await newMember();
    await cms.strapi.db
      .query('plugin::users-permissions.user')
      .update({ where: { email }, data: { blocked: true } });

    const logInAgain = await logIn(email, password);
    const oldSession = await account(session);

    expect(logInAgain.status).toBe(403);
    expect(logInAgain.body.error.message).toContain('停用');
    expect(oldSession.status).toBe(401);
  });

  it('answers 401 without a session or with a made-up one', async () => {
    expect((await account()).status).toBe(401);
    expect((await account('eyJhbGciOiJIUzI1NiJ9.e30.forged-signature')).status).toBe(401);
  });
});

describe("a member's listings", () => {
  it('arrive as drafts for review: in the account, not on the public API', async () => {
    const { session } = await newMember();

    const posted = await asSite('post', '/api/members/me/listings', session).send({
      data: {
        kind: 'supply',
        title: '出售二手叉车一台',
        summary: '三吨柴油叉车，年检齐全。',
        price: 36000,
        unit: '台',
        minOrder: 1,
        region: '浙江·宁波',
        category: fixtures.category.slug,
      },
    });
    const mine = await account(session);
    const publicList = await http()
      .get('/api/products')
      .query({ 'filters[title]': '出售二手叉车一台' });

    expect(posted.status).toBe(201);
    expect(posted.body.data).toMatchObject({
      kind: 'supply',
      title: '出售二手叉车一台',
      status: 'draft',
    });
    expect(posted.body.data.slug).toMatch(/^chu-?shou-?er-?shou/);
    expect(mine.body.data.listings).toEqual([posted.body.data]);
    expect(publicList.body.data).toEqual([]);
  });

  it('are checked with the same rules as in the admin, and nothing half-written is kept', async () => {
    const { session } = await newMember();
    const products = () => cms.strapi.db.query('api::product.product').count();
    const before = await products();

    const noPrice = await asSite('post', '/api/members/me/listings', session).send({
      data: { kind: 'supply', title: '出售钢板', region: '河北·唐山', category: null },
    });
    const wrongSection = await asSite('post', '/api/members/me/listings', session).send({
      data: {
        kind: 'wanted',
        title: '求购钢板五十吨',
        region: '河北·唐山',
        category: fixtures.category.slug,
      },
    });

    expect(noPrice.status).toBe(400);
    expect(noPrice.body.error.details.errors[0]).toMatchObject({
      path: ['price'],
      message: '供应信息请填写价格',
    });
    expect(wrongSection.status).toBe(400);
    expect(wrongSection.body.error.details.errors[0].path).toEqual(['category']);
    expect(await products()).toBe(before);
  });
});

describe('lottery entries', () => {
  it('take one entry per member, numbered in order', async () => {
    const first = await newMember('刘洋');
    const second = await newMember('孙丽');
    const enter = (session: string, lottery: unknown) =>
      asSite('post', '/api/members/me/lottery-entries', session).send({ data: { lottery } });

    const one = await enter(first.session, fixtures.lottery.slug);
    const again = await enter(first.session, fixtures.lottery.slug);
    const two = await enter(second.session, fixtures.lottery.slug);
    const unknown = await enter(first.session, 'no-such-lottery');

    expect(one.status).toBe(201);
    expect(one.body.data).toEqual({ entryNumber: 1, lottery: { slug: fixtures.lottery.slug } });
    expect(again.status).toBe(409);
    expect(again.body.error.details).toEqual({ code: 'already-entered', entryNumber: 1 });
    expect(two.body.data.entryNumber).toBe(2);
    expect(unknown.status).toBe(404);
    const mine = await account(first.session);
    expect(mine.body.data.lotteryEntries).toEqual([
      {
        entryNumber: 1,
        enteredAt: expect.any(String),
        lottery: {
          title: fixtures.lottery.title,
          slug: fixtures.lottery.slug,
          drawAt: expect.any(String),
        },
        won: null,
      },
    ]);
  });

  it.each([
    ['before entries open', 'upcoming', 2, 4, '报名还没有开始，请到时再来'],
    ['after entries close', 'closed', -4, -2, '报名已经截止了'],
  ])('are refused %s', async (when, slug, startsIn, endsIn, message) => {
    const { session } = await newMember();
    const lottery = await cms.strapi.documents('api::lottery.lottery').create({
      data: {
        reviewState: 'approved',
        title: `0元抽 保温杯 ${when}`,
        slug: `baowenbei-${slug}`,
        prize: '保温杯',
        entryStartsAt: isoInDays(startsIn),
        entryEndsAt: isoInDays(endsIn),
        drawAt: isoInDays(endsIn + 1),
        winnerCount: 1,
        commitmentHash: 'a'.repeat(64),
      },
      status: 'published',
    });

    const response = await asSite('post', '/api/members/me/lottery-entries', session).send({
      data: { lottery: lottery.slug },
    });

    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ message, details: { code: 'not-open' } });
  });
});

describe('the draw', () => {
  /** The published rule, written out again here so that the test does not trust the code. */
  function expectedWinners(seed: string, entryCount: number, winnerCount: number) {
    const winners: number[] = [];
    for (let rank = 1; winners.length < Math.min(winnerCount, entryCount); rank += 1) {
      const digest = createHash('sha256').update(`${seed}:${rank}`).digest('hex');
      const number = (Number.parseInt(digest.slice(0, 12), 16) % entryCount) + 1;
      if (!winners.includes(number)) winners.push(number);
    }
    return winners;
  }

  it('reveals the committed seed and picks the winners by the published rule, once', async () => {
    const seed = 'draw-test-seed-4c1e9a';
    const lottery = await cms.strapi.documents('api::lottery.lottery').create({
      data: {
        reviewState: 'approved',
        title: '0元抽 蓝牙音箱',
        slug: 'draw-test-speaker',
        prize: '蓝牙音箱',
        entryStartsAt: isoInDays(-3),
        entryEndsAt: isoInDays(1),
        drawAt: isoInDays(1),
        winnerCount: 2,
        seed,
        commitmentHash: createHash('sha256').update(seed).digest('hex'),
      },
      status: 'published',
    });
    const names = ['周杰', '吴芳', '郑强', '冯雪', '钱多多'];
    const sessions: string[] = [];
    for (const name of names) {
      const { session } = await newMember(name);
      await asSite('post', '/api/members/me/lottery-entries', session).send({
        data: { lottery: lottery.slug },
      });
      sessions.push(session);
    }

    const beforeDrawTime = await drawDueLotteries(cms.strapi, new Date());
    const drawn = await drawDueLotteries(cms.strapi, new Date(Date.now() + 2 * 86_400_000));
    const again = await drawDueLotteries(cms.strapi, new Date(Date.now() + 2 * 86_400_000));
    const published = await http().get(`/api/lotteries/${lottery.documentId}`);

    expect(beforeDrawTime).toBe(0);
    expect(drawn).toBe(1);
    expect(again).toBe(0);
    const winners = expectedWinners(seed, names.length, 2);
    expect(published.body.data).toMatchObject({
      revealedSeed: seed,
      entryCount: 5,
      winners: winners.map((entryNumber, index) => ({
        rank: index + 1,
        entryNumber,
        maskedName: `${names[entryNumber - 1][0]}**`,
      })),
    });
    expect(published.body.data.seed).toBeUndefined();
    const firstMember = await account(sessions[0]);
    const entry = firstMember.body.data.lotteryEntries.find(
      (candidate: { lottery: { slug: string } }) => candidate.lottery.slug === lottery.slug,
    );
    expect(entry.won).toBe(winners.includes(1));
  });
});
