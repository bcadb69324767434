import type { Browser, Page } from 'playwright-core';

import { createFixtures } from '../../cms/tests/helpers/fixtures';
import { startTestCms, type TestCms } from '../../cms/tests/helpers/test-cms';
import { launchChromium } from './helpers/browser';
import { startSiteFor, type RunningSite } from './helpers/site-server';

let cms: TestCms;
let site: RunningSite;
let browser: Browser;
let page: Page;
let consoleErrors: string[];

beforeAll(async () => {
  cms = await startTestCms({ listen: true });
  await createFixtures(cms.strapi);
  site = await startSiteFor(cms);
  browser = await launchChromium();
});

beforeEach(async () => {
  consoleErrors = [];
  // A phone-sized screen: most visitors come on their phones.
  page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
});

afterEach(async () => {
  await page?.close();
});

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await cms?.stop();
});

describe('a running deal on a phone', () => {
  it('counts down every second', async () => {
    await page.goto(`${site.url}/deals/chongqing-laohuoguo-shuangren`);
    const countdown = page.locator('.deal-countdown time');

    const first = await countdown.innerText();
    await page.waitForTimeout(1500);
    const second = await countdown.innerText();

    expect(first).toMatch(/^\d+天\d{2}小时\d{2}分\d{2}秒$/);
    expect(second).toMatch(/^\d+天\d{2}小时\d{2}分\d{2}秒$/);
    expect(second).not.toBe(first);
    expect(consoleErrors).toEqual([]);
  });

  it('fits the screen without sideways scrolling', async () => {
    await page.goto(`${site.url}/deals/chongqing-laohuoguo-shuangren`);

    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

describe('a deal without JavaScript', () => {
  it('still shows the time left as the server rendered it', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'zh-CN' });
    const noScript = await context.newPage();
    await noScript.goto(`${site.url}/deals/chongqing-laohuoguo-shuangren`);

    await expect(noScript.locator('.deal-countdown').innerText()).resolves.toMatch(
      /^距结束还有 \d+天\d{2}小时\d{2}分\d{2}秒$/,
    );
    await context.close();
  });
});
