import type { Browser, Page } from 'playwright-core';

import { seedDemoContent } from '../../cms/src/seed/demo-content';
import { startTestCms, type TestCms } from '../../cms/tests/helpers/test-cms';
import { launchChromium } from './helpers/browser';
import { startSiteFor, type RunningSite } from './helpers/site-server';

let cms: TestCms;
let site: RunningSite;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  cms = await startTestCms({ listen: true });
  await seedDemoContent(cms.strapi);
  site = await startSiteFor(cms);
  browser = await launchChromium();
});

beforeEach(async () => {
  // A phone-sized screen: most visitors come on their phones.
  page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
});

afterEach(async () => {
  await page?.close();
});

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await cms?.stop();
});

describe('the home page on a phone', () => {
  it('shows the site name and tagline from the CMS', async () => {
    await page.goto(`${site.url}/`);

    // The demo settings' 默认 SEO is the home page's own.
    await expect(page.title()).resolves.toBe('惠久商贸网 - 供应求购信息、本地团购与行业资讯');
    await expect(page.locator('h1').innerText()).resolves.toBe('惠久商贸网');
    await expect(page.locator('.tagline').innerText()).resolves.toBe(
      '供求信息、团购优惠与行业资讯，一站看全',
    );
    expect(consoleErrors).toEqual([]);
  });

  it('fits the screen without sideways scrolling', async () => {
    await page.goto(`${site.url}/`);

    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('lets keyboard users skip straight to the content', async () => {
    await page.goto(`${site.url}/`);
    await page.keyboard.press('Tab');

    const focused = page.locator(':focus');
    await expect(focused.innerText()).resolves.toBe('跳到正文');
    await expect(focused.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#main');
  });
});
