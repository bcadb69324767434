import type { Browser, Page } from 'playwright-core';

import { startTestCms, type TestCms } from '../../cms/tests/helpers/test-cms';
import { launchChromium } from './helpers/browser';
import { startSiteFor, type RunningSite } from './helpers/site-server';

let cms: TestCms;
let site: RunningSite;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  cms = await startTestCms({ listen: true });
  await cms.strapi.documents('api::global.global').create({
    data: { siteName: '惠久商贸网', titleTemplate: '%s - 惠久商贸网' },
  });
  site = await startSiteFor(cms);
  browser = await launchChromium();
});

beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
});

afterEach(async () => {
  await page?.close();
});

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await cms?.stop();
});

describe('sending feedback in a browser', () => {
  it('an empty message shows the error beside it and keeps the other fields', async () => {
    await page.goto(`${site.url}/feedback`);
    await page.getByLabel('反馈类型').selectOption('complaint');
    await page.getByLabel('联系方式（选填）').fill('hj-wechat-88');
    await page.getByRole('button', { name: '提交反馈' }).click();

    await expect(page.locator('#message-error').innerText()).resolves.toBe('反馈内容至少要 5 个字');
    await expect(page.getByLabel('联系方式（选填）').inputValue()).resolves.toBe('hj-wechat-88');
    await expect(page.getByLabel('反馈类型').inputValue()).resolves.toBe('complaint');
    await expect(page.getByLabel('反馈内容').getAttribute('aria-invalid')).resolves.toBe('true');
  });

  it('a message lands in the CMS as new and the visitor is thanked', async () => {
    await page.goto(`${site.url}/feedback`);
    await page.getByLabel('反馈内容').fill('希望搜索能按地区筛选供应信息。');
    await page.getByRole('button', { name: '提交反馈' }).click();
    await page.waitForURL(/\/feedback\?sent=1$/);

    await expect(page.getByRole('status').innerText()).resolves.toContain('感谢您的反馈');
    const stored = await cms.strapi.db.query('api::feedback.feedback').findMany();
    expect(stored).toMatchObject([
      { kind: 'suggestion', message: '希望搜索能按地区筛选供应信息。', status: 'new' },
    ]);
  });
});
