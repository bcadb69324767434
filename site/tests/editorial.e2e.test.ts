import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import type { Browser, BrowserContext, Page } from 'playwright-core';

import { findAdminRole, type AdminRoleKey } from '../../cms/src/lib/admin-roles';
import { cmsDir } from '../../cms/tests/helpers/paths';
import { startTestCms, type TestCms } from '../../cms/tests/helpers/test-cms';
import { formatYuan } from '../src/lib/format';
import { launchChromium } from './helpers/browser';
import { startSiteFor, type RunningSite } from './helpers/site-server';

const DEAL = 'api::deal.deal';
const DEALS_ADMIN = '/admin/content-manager/collection-types/api::deal.deal';

/**
 * Per step: the admin is a large single-page app, and on a small shared test machine its first
 * load or a save can take many seconds.
 */
const STEP = { timeout: 60_000 };

const slug = `xihu-youchuan-${randomBytes(3).toString('hex')}`;
const note = '团购价写错了，活动价是 78 元，请改正';

interface Editor {
  email: string;
  password: string;
  name: string;
}

let cms: TestCms;
let site: RunningSite;
let browser: Browser;
const contexts: BrowserContext[] = [];

/** An admin user with one of the editorial roles, as the roles test makes them. */
async function createEditor(key: AdminRoleKey, name: string): Promise<Editor> {
  const role = await findAdminRole(cms.strapi, key);
  if (!role) throw new Error(`the role ${key} is missing`);
  const editor = {
    email: `${key}-${randomBytes(4).toString('hex')}@huijiu.example.cn`,
    password: `Aa1${randomBytes(12).toString('hex')}`,
    name,
  };
  await cms.strapi.service('admin::user').create({
    email: editor.email,
    firstname: name,
    password: editor.password,
    isActive: true,
    roles: [role.id],
  });
  return editor;
}

/** A browser of the editor's own (own storage and cookies), logged in through the login form. */
async function signIn(editor: Editor): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 1000 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(STEP.timeout);

  await page.goto(`${cms.url}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(editor.email);
  await page.locator('input[name="password"]').fill(editor.password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL(/\/admin(?!\/auth)/);
  return page;
}

/**
 * A screenshot and the DOM of each editor's pages in `cms/.tmp/e2e-evidence`: a failed step in
 * the admin is hard to understand from a timeout alone.
 */
async function keepEvidence(name: string): Promise<void> {
  const folder = path.join(cmsDir, '.tmp', 'e2e-evidence');
  mkdirSync(folder, { recursive: true });
  for (const [index, context] of contexts.entries()) {
    for (const page of context.pages()) {
      await page.screenshot({ path: path.join(folder, `${name}-${index}.png`), fullPage: true });
      writeFileSync(path.join(folder, `${name}-${index}.html`), await page.content());
    }
  }
}

/** `yyyy/MM/dd` in Shanghai, as the admin's date input takes it, `days` from now. */
function shanghaiDate(days: number): string {
  const day = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' })
    .format(day)
    .replaceAll('-', '/');
}

/**
 * Types a date and a time into one of the design system's date-time pickers: its two inputs
 * take typed text (`yyyy/MM/dd`, `HH:mm`) and commit it when they lose focus.
 */
async function fillDateTime(page: Page, label: string, date: string, time: string) {
  const inputs = page.getByRole('group', { name: label }).locator('input');
  await inputs.nth(0).fill(date);
  await inputs.nth(0).press('Tab');
  await inputs.nth(1).fill(time);
  await inputs.nth(1).press('Enter');
}

/**
 * Clicks one of the review panel's commands and waits until the panel shows the new state. The
 * server's answer is checked first, so a refusal fails with its message instead of a timeout.
 */
async function give(page: Page, command: string, state: string) {
  const [response] = await Promise.all([
    page.waitForResponse((answer) => answer.url().includes('/huijiu-review/move')),
    page.getByRole('button', { name: command, exact: true }).click(),
  ]);
  if (!response.ok()) {
    throw new Error(`${command} was refused: ${response.status()} ${await response.text()}`);
  }
  await page.getByText(`当前状态：${state}`, { exact: true }).waitFor();
}

/** Waits until `check` holds, for what the browser starts but the CMS finishes. */
async function eventually<T>(check: () => Promise<T | null | undefined>, what: string): Promise<T> {
  const deadline = Date.now() + STEP.timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

beforeAll(async () => {
  cms = await startTestCms({ listen: true, adminPanel: true });
  // Every page of the site reads the site's settings, as the demo seed writes them.
  await cms.strapi.documents('api::global.global').create({
    data: { siteName: '惠久商贸网', titleTemplate: '%s - 惠久商贸网' },
  });
  site = await startSiteFor(cms);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await cms?.stop();
});

describe('a deal through review in the admin', () => {
  it('is written, sent back with a note, fixed, approved and published onto the site', async () => {
    const authorUser = await createEditor('author', '王作者');
    const reviewerUser = await createEditor('reviewer', '李审核');

    try {
      const author = await signIn(authorUser);
      await author.goto(`${cms.url}${DEALS_ADMIN}/create`);
      await author.getByLabel('标题').fill('西湖游船 双人夜游票');
      await author.getByLabel('网址别名').fill(slug);
      await author.getByRole('combobox', { name: '团购类型' }).click();
      await author.getByRole('option', { name: 'local' }).click();
      await author.getByLabel('团购价（元）').fill('88');
      await author.getByLabel('原价（元）').fill('160');
      await fillDateTime(author, '开始时间', shanghaiDate(-1), '09:00');
      await fillDateTime(author, '结束时间', shanghaiDate(10), '21:00');
      await author.getByLabel('成团人数').fill('2');
      await author.getByLabel('库存').fill('50');
      await author.getByRole('button', { name: '保存', exact: true }).click();
      await author.waitForURL(/api::deal\.deal\/(?!create)[a-z0-9]+$/);
      const documentId = author.url().split('/').pop() as string;
      await give(author, '送审', '待审核');

      const reviewer = await signIn(reviewerUser);
      const openDeal = `${cms.url}${DEALS_ADMIN}/${documentId}`;
      await reviewer.goto(openDeal);
      await reviewer.getByRole('textbox', { name: '退回说明' }).fill(note);
      await give(reviewer, '退回修改', '需修改');
      // Strapi's own publish button goes through the review guard, which refuses.
      await reviewer.getByRole('button', { name: '发布', exact: true }).click();
      await reviewer
        .getByText(/审核通过后才能发布/)
        .first()
        .waitFor();

      // The panel does not poll: the author sees the note on opening the deal again.
      await author.reload();
      await author.getByText(`审核员的意见：${note}`, { exact: true }).waitFor();
      await author.getByLabel('团购价（元）').fill('78');
      await author.getByRole('button', { name: '保存', exact: true }).click();
      // Sending to review before the save has landed would send the old price.
      await eventually(async () => {
        const draft = await cms.strapi.documents(DEAL).findOne({ documentId, status: 'draft' });
        return Number(draft?.dealPrice) === 78;
      }, 'the fixed price to be saved');
      await give(author, '送审', '待审核');

      // Opened again, so that the reviewer's form holds the fixed price and not the old one.
      await reviewer.goto(openDeal);
      await give(reviewer, '审核通过', '已通过');
      await reviewer.getByRole('button', { name: '发布', exact: true }).click();
      await eventually(
        () => cms.strapi.documents(DEAL).findOne({ documentId, status: 'published' }),
        'the deal to be published',
      );

      const visitor = await browser.newPage({ locale: 'zh-CN' });
      const response = await visitor.goto(`${site.url}/deals/${slug}`);
      if (response?.status() !== 200) {
        throw new Error(`the site answered ${response?.status()}:\n${site.output()}`);
      }
      await expect(visitor.locator('.deal-price').innerText()).resolves.toBe(formatYuan(78));

      const events = await cms.strapi.db.query('api::review-event.review-event').findMany({
        where: { subjectType: DEAL, subjectDocumentId: documentId },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
      expect(events.map(({ action, note: said }) => [action, said])).toEqual([
        ['submit', null],
        ['request_changes', note],
        ['submit', null],
        ['approve', null],
        ['publish', null],
      ]);
    } catch (error) {
      await keepEvidence('failed');
      throw error;
    }
  }, 300_000);
});
