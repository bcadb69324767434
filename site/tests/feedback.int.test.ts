import { startTestCms, type TestCms } from '../../cms/tests/helpers/test-cms';
import { startSiteFor, type RunningSite } from './helpers/site-server';

let cms: TestCms;
let site: RunningSite;

beforeAll(async () => {
  cms = await startTestCms({ listen: true });
  await cms.strapi.documents('api::global.global').create({
    data: { siteName: '惠久商贸网', titleTemplate: '%s - 惠久商贸网' },
  });
  site = await startSiteFor(cms);
});

afterAll(async () => {
  await site?.stop();
  await cms?.stop();
});

/** Submits the feedback form as a browser on the site's own pages would. */
function submit(
  fields: Record<string, string>,
  origin = site.url,
  headers: Record<string, string> = {},
  to: RunningSite = site,
) {
  return fetch(`${to.url}/feedback`, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields),
    redirect: 'manual',
  });
}

const stored = () =>
  cms.strapi.db.query('api::feedback.feedback').findMany({ orderBy: { id: 'asc' } });

describe('the feedback form', () => {
  it('shows the form with its labels', async () => {
    const response = await fetch(`${site.url}/feedback`);
    const html = await response.text();

    expect(response.status).toBe(200);
    expect(html).toMatch(/<h1[^>]*>意见反馈<\/h1>/);
    expect(html).toMatch(/<label for="message"[^>]*>反馈内容<\/label>/);
  });

  it('hands a message to the CMS, where it lands as new, and thanks the visitor', async () => {
    const response = await submit({
      kind: 'bug',
      message: '团购详情页的图片在手机上显示不全。',
      contact: '13800001111',
      from: '/deals/abc',
    });
    const thanks = await fetch(`${site.url}${response.headers.get('location')}`);

    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/feedback?sent=1');
    expect(await thanks.text()).toContain('感谢您的反馈');
    expect(await stored()).toMatchObject([
      {
        kind: 'bug',
        message: '团购详情页的图片在手机上显示不全。',
        contact: '13800001111',
        pageUrl: '/deals/abc',
        status: 'new',
      },
    ]);
  });

  it('shows the problem beside the message and keeps what the visitor typed', async () => {
    const before = (await stored()).length;

    const response = await submit({ kind: 'suggestion', message: '  ', contact: '微信 hj2026' });
    const html = await response.text();

    expect(response.status).toBe(400);
    expect(html).toMatch(
      /<p class="field-error" id="message-error"[^>]*>\s*反馈内容至少要 5 个字\s*<\/p>/,
    );
    expect(html).toMatch(/<input id="contact"[^>]*value="微信 hj2026"/);
    expect(html).toMatch(/<option value="suggestion" selected/);
    expect((await stored()).length).toBe(before);
  });

  it('quietly drops what a bot puts in the hidden field', async () => {
    const before = (await stored()).length;

    const response = await submit({
      kind: 'other',
      message: '优惠代理，点击链接了解详情。',
      website: 'http://spam.example',
    });

    expect(response.status).toBe(303);
    expect((await stored()).length).toBe(before);
  });

  it('refuses a form posted from another site', async () => {
    const response = await submit(
      { kind: 'other', message: '这是一条跨站提交的内容。' },
      'https://evil.example',
    );

    expect(response.status).toBe(403);
  });

  it('limits each visitor to five messages in ten minutes', async () => {
    // Two attempts count already: the message sent and the empty one. The bot's was dropped
    // before counting, and the cross-site post never reached the page.
    const statuses = [];
    for (let i = 0; i < 4; i += 1) {
      const response = await submit({
        kind: 'other',
        message: `第 ${i + 1} 条建议：多一些本地团购。`,
      });
      statuses.push(response.status);
    }
    const refused = await submit({ kind: 'other', message: '再提交一次看看会怎样。' });

    expect(statuses).toEqual([303, 303, 303, 429]);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.text()).toMatch(/提交得太频繁了，请 \d+ 分钟后再试。/);
  });

  it('does not let a visitor pose as another address to get round the limit', async () => {
    const posing = await submit({ kind: 'other', message: '换个地址再提交一次。' }, site.url, {
      'x-forwarded-for': '198.51.100.77',
    });

    expect(posing.status).toBe(429);
  });

  it('behind a trusted proxy, counts the address the proxy saw', async () => {
    const proxied = await startSiteFor(cms, { TRUSTED_PROXY_HOPS: '1' });
    const fromProxy = (seenByProxy: string, claimed: string) =>
      submit(
        { kind: 'other', message: '通过代理提交的建议内容。' },
        proxied.url,
        {
          'x-forwarded-for': `${claimed}, ${seenByProxy}`,
        },
        proxied,
      );

    try {
      const statuses = [];
      for (let i = 0; i < 5; i += 1) {
        statuses.push((await fromProxy('203.0.113.50', `10.0.0.${i}`)).status);
      }
      const sixth = await fromProxy('203.0.113.50', '10.0.0.99');
      const someoneElse = await fromProxy('203.0.113.51', '10.0.0.1');

      expect(statuses).toEqual([303, 303, 303, 303, 303]);
      expect(sixth.status).toBe(429);
      expect(someoneElse.status).toBe(303);
    } finally {
      await proxied.stop();
    }
  });
});
