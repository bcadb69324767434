import { startTestCms, type TestCms } from '../../cms/tests/helpers/test-cms';
import { seedDemoContent } from '../../cms/src/seed/demo-content';
import { startSiteFor, type RunningSite } from './helpers/site-server';

let cms: TestCms;
let site: RunningSite;

beforeAll(async () => {
  cms = await startTestCms({ listen: true });
  await seedDemoContent(cms.strapi);
  site = await startSiteFor(cms);
});

afterAll(async () => {
  await site?.stop();
  await cms?.stop();
});

describe('the home page', () => {
  it('renders in Simplified Chinese with the site settings from the CMS', async () => {
    const response = await fetch(`${site.url}/`);
    const html = await response.text();

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html');
    expect(html).toContain('<html lang="zh-CN"');
    // The demo settings' 默认 SEO is the home page's own.
    expect(html).toContain('<title>惠久商贸网 - 供应求购信息、本地团购与行业资讯</title>');
    expect(html).toMatch(/<h1[^>]*>惠久商贸网<\/h1>/);
    expect(html).toContain('供求信息、团购优惠与行业资讯，一站看全');
  });
});

describe('paths that do not exist', () => {
  it('answer 404 with a page that leads back home', async () => {
    const response = await fetch(`${site.url}/no-such-page`);
    const html = await response.text();

    expect(response.status).toBe(404);
    expect(html).toContain('没有找到这个页面');
    expect(html).toContain('href="/"');
  });
});

describe('when the CMS is down', () => {
  // Runs last in this file: it stops the CMS.
  it('answers 503 with a friendly page and no stack trace', async () => {
    await cms.stop();

    const response = await fetch(`${site.url}/`);
    const html = await response.text();

    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('30');
    expect(html).toContain('服务暂时不可用');
    expect(html).not.toMatch(/at \S+ \(|Error:|node_modules/);
    expect(site.output()).toContain('"msg":"cms unavailable"');
  });
});
