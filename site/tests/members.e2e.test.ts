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

const tierOnAccount = () =>
  page.locator('dt', { hasText: '会员类型' }).locator('xpath=following-sibling::dd').innerText();

describe('a member in a browser', () => {
  it('joins through the form, logs out, logs in again and sees the account each time', async () => {
    await page.goto(`${site.url}/`);
    await page.getByRole('link', { name: '注册', exact: true }).click();
    await page.getByLabel('昵称', { exact: true }).fill('五金老周');
    await page.getByLabel('邮箱', { exact: true }).fill('laozhou.wujin@example.cn');
    await page.getByLabel('密码', { exact: true }).fill('扳手螺丝刀钳子一样都不能少');
    await page.getByRole('button', { name: '注册', exact: true }).click();
    await page.waitForURL(`${site.url}/account`);

    await expect(page.locator('h1').innerText()).resolves.toBe('我的账户');
    await expect(tierOnAccount()).resolves.toBe('普通会员');
    // The session cookie is out of reach of the page's scripts.
    await expect(page.evaluate(() => document.cookie)).resolves.not.toContain('hj_session');

    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL(`${site.url}/`);
    await expect(page.getByRole('link', { name: '登录', exact: true }).isVisible()).resolves.toBe(
      true,
    );

    await page.getByRole('link', { name: '登录', exact: true }).click();
    await page.getByLabel('邮箱', { exact: true }).fill('laozhou.wujin@example.cn');
    await page.getByLabel('密码', { exact: true }).fill('扳手螺丝刀钳子一样都不能少');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.waitForURL(`${site.url}/account`);

    await expect(tierOnAccount()).resolves.toBe('普通会员');
    await expect(page.getByRole('link', { name: '我的账户' }).isVisible()).resolves.toBe(true);
  });
});
