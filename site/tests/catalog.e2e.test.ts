import type { Browser, Page } from 'playwright-core';

import { createFixtures } from '../../cms/tests/helpers/fixtures';
import { startTestCms, type TestCms } from '../../cms/tests/helpers/test-cms';
import { launchChromium } from './helpers/browser';
import { createCatalogFixtures, type CatalogFixtures } from './helpers/catalog-fixtures';
import { startSiteFor, type RunningSite } from './helpers/site-server';

let cms: TestCms;
let site: RunningSite;
let extra: CatalogFixtures;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  cms = await startTestCms({ listen: true });
  extra = await createCatalogFixtures(cms.strapi, await createFixtures(cms.strapi));
  site = await startSiteFor(cms);
  browser = await launchChromium();
}, 600_000);

beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
});

afterEach(async () => {
  await page?.close();
});

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await extra?.removeImages();
  await cms?.stop();
});

const cardTitles = () => page.locator('a.card h3').allInnerTexts();

describe('a list in a browser', () => {
  it('follows the page-2 link to other listings and marks page 2 as current', async () => {
    await page.goto(`${site.url}/supply`);
    const firstPage = await cardTitles();

    const pagination = page.getByRole('navigation', { name: '分页' });
    await pagination.getByRole('link', { name: '2', exact: true }).click();
    await page.waitForURL(`${site.url}/supply?page=2`);
    const secondPage = await cardTitles();

    expect(firstPage).toHaveLength(24);
    expect(secondPage).toHaveLength(6);
    expect(secondPage.filter((title) => firstPage.includes(title))).toEqual([]);
    await expect(pagination.locator('[aria-current="page"]').innerText()).resolves.toBe('2');
    await expect(
      pagination.getByRole('link', { name: '1', exact: true }).isVisible(),
    ).resolves.toBe(true);
  });
});
