import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';

import { drawDueLotteries } from '../../cms/src/lib/lottery-draw';
import { ensureSiteToken } from '../../cms/src/lib/site-token';
import { createFixtures, type Fixtures } from '../../cms/tests/helpers/fixtures';
import { startTestCms, type TestCms } from '../../cms/tests/helpers/test-cms';
import { startSiteFor, type RunningSite } from './helpers/site-server';
import { visit as visitSite, type Page, type Visit } from './helpers/visit';

let cms: TestCms;
let site: RunningSite;
let fixtures: Fixtures;
let writeToken: string;

beforeAll(async () => {
  cms = await startTestCms({ listen: true });
  fixtures = await createFixtures(cms.strapi);
  site = await startSiteFor(cms);
  writeToken = await ensureSiteToken(cms.strapi, 'write');
}, 600_000);

afterAll(async () => {
  await site?.stop();
  await cms?.stop();
});

/** Opens a page of the site under test, or posts a form to it. */
const visit = (path: string, options?: Visit): Promise<Page> => visitSite(site.url, path, options);

/** The `hj_session` cookie a response sets, as the raw Set-Cookie line. */
const sessionCookieLine = (page: Page): string | undefined =>
  page.headers.getSetCookie().find((line) => line.startsWith('hj_session='));

const sessionToken = (page: Page): string | null =>
  sessionCookieLine(page)?.match(/^hj_session=([^;]*)/)?.[1] || null;

const MEMBER_PASSWORD = '春眠不觉晓处处闻啼鸟夜来风雨声';

/** A member created straight through the CMS, as the site's sign-up would: their session. */
async function memberSession(displayName: string, email: string): Promise<string> {
  const response = await fetch(`${cms.url}/api/members/sign-up`, {
    method: 'POST',
    headers: { authorization: `Bearer ${writeToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ data: { displayName, email, password: MEMBER_PASSWORD } }),
  });
  expect(response.status).toBe(201);
  const { data } = (await response.json()) as { data: { token: string } };
  return data.token;
}

const fieldError = (html: string, field: string): string | null =>
  html
    .match(new RegExp(`<p class="field-error" id="${field}-error"[^>]*>([^<]*)</p>`))?.[1]
    .trim() ?? null;

const storedMembers = () =>
  cms.strapi.db.query('plugin::users-permissions.user').count({ where: {} });

const NEW_MEMBER = {
  displayName: '茶叶小王',
  email: 'xiaowang.tea@example.cn',
  password: '明前龙井要趁清明前喝才最香',
};

describe('joining', () => {
  it('shows the form with its labels, not for search engines and not cached', async () => {
    const page = await visit('/join');

    expect(page.status).toBe(200);
    expect(page.html).toMatch(/<label for="displayName"[^>]*>昵称<\/label>/);
    expect(page.html).toMatch(/<label for="email"[^>]*>邮箱<\/label>/);
    expect(page.html).toMatch(/<label for="password"[^>]*>密码<\/label>/);
    expect(page.text).toContain('至少 12 个字符，不能包含邮箱或昵称。一句好记的话就很合适。');
    expect(page.html).toContain('<meta name="robots" content="noindex">');
    expect(page.headers.get('cache-control')).toBe('private, no-store');
  });

  it('refuses a short password beside the field, keeping all but the password', async () => {
    const before = await storedMembers();

    const page = await visit('/join', { form: { ...NEW_MEMBER, password: 'short-pass' } });

    expect(page.status).toBe(400);
    expect(fieldError(page.html, 'password')).toBe('密码至少要 12 个字符，可以用一句好记的话');
    expect(page.html).toMatch(/<input id="displayName"[^>]*value="茶叶小王"/);
    expect(page.html).toMatch(/<input id="email"[^>]*value="xiaowang.tea@example.cn"/);
    expect(page.html).not.toContain('short-pass');
    expect(await storedMembers()).toBe(before);
  });

  it('refuses a password that contains the email address', async () => {
    const page = await visit('/join', {
      form: { ...NEW_MEMBER, password: 'xiaowang.tea@example.cn-2026' },
    });

    expect(page.status).toBe(400);
    expect(fieldError(page.html, 'password')).toBe('密码不能包含邮箱或邮箱的用户名部分');
  });

  it('creates a basic member, keeps the session in an httpOnly cookie, opens /account', async () => {
    const joined = await visit('/join', { form: NEW_MEMBER });
    const cookie = sessionCookieLine(joined) ?? '';
    const account = await visit('/account', { session: sessionToken(joined) });

    expect(joined.status).toBe(303);
    expect(joined.headers.get('location')).toBe('/account');
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).toMatch(/; Expires=/);
    expect(account.status).toBe(200);
    expect(account.text).toContain('昵称 茶叶小王');
    expect(account.text).toContain('会员类型 普通会员');
    expect(account.text).toContain('您还没有发布过信息。');
    expect(account.text).toContain('您还没有参加过抽奖。');
    expect(account.headers.get('cache-control')).toBe('private, no-store');
    expect(account.html).not.toContain(sessionToken(joined));
  });

  it('shows the CMS’s message beside the email when it is taken', async () => {
    const page = await visit('/join', {
      form: { ...NEW_MEMBER, displayName: '另一个小王', password: '另一句好记的密码也够长了' },
    });

    expect(page.status).toBe(400);
    expect(fieldError(page.html, 'email')).toBe('这个邮箱已经注册过了，可以直接登录');
    expect(page.html).toMatch(/<input id="displayName"[^>]*value="另一个小王"/);
  });

  it('quietly drops what a bot puts in the hidden field', async () => {
    const before = await storedMembers();

    const page = await visit('/join', {
      form: { ...NEW_MEMBER, email: 'bot@example.cn', website: 'http://spam.example' },
    });

    expect(page.status).toBe(303);
    expect(sessionCookieLine(page)).toBeUndefined();
    expect(await storedMembers()).toBe(before);
  });

  it('limits each address to five sign-up attempts an hour', async () => {
    // Four attempts count already; the bot's was dropped before counting.
    const fifth = await visit('/join', { form: { ...NEW_MEMBER, password: 'short' } });
    const refused = await visit('/join', { form: { ...NEW_MEMBER, password: 'short' } });

    expect(fifth.status).toBe(400);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.text).toMatch(/注册尝试太频繁了，请 \d+ 分钟后再试。/);
  });
});

describe('logging in and out', () => {
  it('says only that the email or password is wrong', async () => {
    const page = await visit('/login', {
      form: { email: NEW_MEMBER.email, password: '这不是正确的密码呀' },
    });

    expect(page.status).toBe(400);
    expect(page.text).toContain('邮箱或密码不对');
    expect(page.html).toMatch(/<input id="email"[^>]*value="xiaowang.tea@example.cn"/);
    expect(page.html).not.toContain('这不是正确的密码呀');
    expect(sessionCookieLine(page)).toBeUndefined();
  });

  it('logs in and returns to the page named in next, but never to another site', async () => {
    const back = await visit('/login?next=/lottery/0-yuan-chou-dianfanbao', { form: NEW_MEMBER });
    const elsewhere = await visit('/login?next=//evil.example/', { form: NEW_MEMBER });

    expect(back.status).toBe(303);
    expect(back.headers.get('location')).toBe('/lottery/0-yuan-chou-dianfanbao');
    expect(sessionToken(back)).not.toBeNull();
    expect(elsewhere.headers.get('location')).toBe('/account');
  });

  it('tells a blocked member their account is suspended', async () => {
    await memberSession('被停用的会员', 'blocked.member@example.cn');
    await cms.strapi.db
      .query('plugin::users-permissions.user')
      .update({ where: { email: 'blocked.member@example.cn' }, data: { blocked: true } });

    const page = await visit('/login', {
      form: { email: 'blocked.member@example.cn', password: MEMBER_PASSWORD },
    });

    expect(page.status).toBe(403);
    expect(page.text).toContain('这个账户已被停用，暂时不能登录。');
    expect(sessionCookieLine(page)).toBeUndefined();
  });

  it('sends a visitor without a session from /account to log in', async () => {
    const page = await visit('/account');

    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/login?next=/account');
    expect(page.headers.get('cache-control')).toBe('private, no-store');
  });

  it('shows the account links in the header only with a session', async () => {
    const session = sessionToken(await visit('/login', { form: NEW_MEMBER }));
    const member = await visit('/supply', { session });
    const visitor = await visit('/supply');

    expect(member.html).toMatch(/<a href="\/account"[^>]*>我的账户<\/a>/);
    expect(member.html).toMatch(/<form method="post" action="\/logout"[^>]*>/);
    expect(member.headers.get('cache-control')).toBe('private, no-store');
    expect(visitor.html).toMatch(/<a href="\/login\?next=\/supply"[^>]*>登录<\/a>/);
    expect(visitor.html).not.toContain('我的账户');
  });

  it('revokes the session: the cookie is cleared and the old token opens nothing', async () => {
    const session = sessionToken(await visit('/login', { form: NEW_MEMBER }));

    const loggedOut = await visit('/logout', { form: {}, session });
    const account = await visit('/account', { session });

    expect(loggedOut.status).toBe(303);
    expect(loggedOut.headers.get('location')).toBe('/');
    expect(sessionCookieLine(loggedOut)).toMatch(/^hj_session=;|Expires=Thu, 01 Jan 1970/);
    expect(account.status).toBe(303);
    expect(account.headers.get('location')).toBe('/login?next=/account');
    expect(sessionCookieLine(account)).toMatch(/^hj_session=;|Expires=Thu, 01 Jan 1970/);
  });
});

describe('entering the lottery', () => {
  const lotteryPath = '/lottery/0-yuan-chou-dianfanbao';

  it('offers one-click entry to a member and the log-in link to a visitor', async () => {
    const session = await memberSession('抽奖小张', 'xiaozhang.lottery@example.cn');

    const member = await visit(lotteryPath, { session });
    const visitor = await visit(lotteryPath);

    expect(member.html).toMatch(/<button class="cta-button" type="submit"[^>]*>\s*立即参与\s*</);
    expect(visitor.html).toContain(`href="/login?next=${lotteryPath}"`);
    expect(visitor.text).toContain('登录后参加');
    expect(visitor.headers.get('cache-control')).toBe('private, no-store');
  });

  it('enters a member once and shows the entry number; a second try says so', async () => {
    const session = await memberSession('抽奖小赵', 'xiaozhao.lottery@example.cn');

    const entered = await visit(lotteryPath, { form: {}, session });
    const after = await visit(entered.headers.get('location') ?? '', { session });
    const again = await visit(lotteryPath, { form: {}, session });
    const account = await visit('/account', { session });

    expect(entered.status).toBe(303);
    expect(entered.headers.get('location')).toBe(`${lotteryPath}?entered=1`);
    expect(after.text).toContain('报名成功！');
    expect(after.text).toMatch(/您已参与，报名编号 \d+ 号/);
    expect(after.html).not.toContain('立即参与');
    expect(again.status).toBe(409);
    expect(again.text).toContain('您已经参加过这期抽奖了，每人每期只能报名一次。');
    expect(again.text).toMatch(/您已参与，报名编号 \d+ 号/);
    expect(account.text.match(/报名编号 \d+ 号/g)).toHaveLength(1);
    expect(account.text).toContain(`${fixtures.lottery.title} 报名编号`);
    expect(account.text).toContain('未开奖');
  });

  it('sends a visitor who posts the entry form to log in first', async () => {
    const page = await visit(lotteryPath, { form: {} });

    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe(`/login?next=${lotteryPath}`);
  });
});

describe('posting a listing', () => {
  const LISTING = {
    kind: 'supply',
    title: '安溪铁观音 春茶 散装',
    summary: '今年春茶，兰花香明显。',
    price: '280',
    unit: '斤',
    minOrder: '',
    region: '福建·泉州',
    category: 'gangcai-jinshu',
  };

  it('shows a missing price beside the field and keeps what the member typed', async () => {
    const session = await memberSession('发布小陈', 'xiaochen.listing@example.cn');

    const page = await visit('/account/listings/new', {
      form: { ...LISTING, price: '' },
      session,
    });

    expect(page.status).toBe(400);
    expect(fieldError(page.html, 'price')).toBe('供应信息请填写价格');
    expect(page.html).toMatch(/<input id="title"[^>]*value="安溪铁观音 春茶 散装"/);
  });

  it('lands on /account as 审核中 and stays off the public pages', async () => {
    const session = await memberSession('发布小刘', 'xiaoliu.listing@example.cn');

    const posted = await visit('/account/listings/new', { form: LISTING, session });
    const account = await visit(posted.headers.get('location') ?? '', { session });
    const stored = await cms.strapi.db
      .query('api::product.product')
      .findOne({ where: { title: LISTING.title } });
    const supply = await visit('/supply');
    const detail = await visit(`/products/${stored?.slug}`);

    expect(posted.status).toBe(303);
    expect(posted.headers.get('location')).toBe('/account?posted=1');
    expect(account.text).toContain('审核通过后就会公开显示');
    expect(account.text).toContain('供应 安溪铁观音 春茶 散装 审核中');
    expect(supply.text).not.toContain(LISTING.title);
    expect(detail.status).toBe(404);
  });

  it('sends a visitor without a session to log in', async () => {
    const page = await visit('/account/listings/new');

    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/login?next=/account/listings/new');
  });
});

describe('checking a draw', () => {
  const seed = 'proof-seed-2026-春';
  const slug = '0-yuan-chou-chahu';
  const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

  /** Text as the visitor copies it from the page: HTML entities resolved. */
  const decodeEntities = (html: string) =>
    html
      .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
      .replaceAll('&quot;', '"')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&amp;', '&');

  it('publishes the entry count and a command that redoes the draw', async () => {
    const lotteries = cms.strapi.documents('api::lottery.lottery');
    const lottery = await lotteries.create({
      data: {
        reviewState: 'approved',
        title: '0元抽 紫砂茶壶',
        slug,
        prize: '紫砂茶壶一把',
        entryStartsAt: minutesFromNow(-60),
        entryEndsAt: minutesFromNow(60),
        drawAt: minutesFromNow(120),
        winnerCount: 2,
        seed,
        commitmentHash: createHash('sha256').update(seed, 'utf8').digest('hex'),
      },
      status: 'published',
    });
    for (const name of ['甲', '乙', '丙', '丁']) {
      const session = await memberSession(
        `茶友${name}`,
        `chayou.${name.codePointAt(0)}@example.cn`,
      );
      expect((await visit(`/lottery/${slug}`, { form: {}, session })).status).toBe(303);
    }
    // Entries closed and the draw due, on both the draft and the published version.
    await cms.strapi.db.query('api::lottery.lottery').updateMany({
      where: { documentId: lottery.documentId },
      data: { entryEndsAt: minutesFromNow(-2), drawAt: minutesFromNow(-1) },
    });
    await drawDueLotteries(cms.strapi);

    const page = await visit(`/lottery/${slug}`);
    const winners = [...page.html.matchAll(/<td[^>]*>(\d+) 号<\/td>/g)].map(([, n]) => Number(n));
    const command = [...page.html.matchAll(/<code class="lottery-command"[^>]*>([^<]*)</g)]
      .map(([, code]) => decodeEntities(code))
      .find((code) => code.startsWith('for r in'));
    // Run as the page tells the visitor to: one entry number per round, repeats included.
    const drawnPerRound = execFileSync('bash', ['-c', command ?? 'false'], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((line) => Number(line.match(/：(\d+) 号$/)?.[1]));

    expect(page.text).toContain('报名人数（开奖时统计，报名编号从 1 到 4） 4 人');
    expect(page.text).toContain('除以报名人数（本期为 4）取余数');
    expect(winners).toHaveLength(2);
    expect([...new Set(drawnPerRound)].slice(0, 2)).toEqual(winners);
  });
});
