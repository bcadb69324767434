import { spawn } from 'node:child_process';
import path from 'node:path';

import { detailPath } from '@huijiu/shared';
import type { UID } from '@strapi/strapi';

import { seedDemoContent } from '../../cms/src/seed/demo-content';
import { startTestCms, type TestCms } from '../../cms/tests/helpers/test-cms';
import { freePort, siteDir, startSiteFor, type RunningSite } from './helpers/site-server';

/**
 * Lighthouse's SEO category on the home page, a list and one page of every detail template,
 * with the demo content. Lighthouse 12.2.3 is the last release that runs on Node 20; it drives
 * the same Debian Chromium as the other browser tests, at about 11 s a page.
 */

const LIGHTHOUSE_CLI = path.join(siteDir, '..', 'node_modules', 'lighthouse', 'cli', 'index.js');
const PAGE_TIMEOUT_MS = 120_000;

/** The part of Lighthouse's JSON report (LHR) this test reads. */
interface LighthouseReport {
  runtimeError?: { code: string; message: string };
  categories: {
    seo: { score: number | null; auditRefs: { id: string; weight: number }[] };
  };
  audits: Record<
    string,
    { id: string; title: string; score: number | null; explanation?: string; details?: unknown }
  >;
}

let cms: TestCms;
let site: RunningSite;
const slugs: Record<string, string> = {};

/** The slug of the first published document of a type (of a kind, for listings). */
async function firstSlug(uid: UID.ContentType, kind?: 'supply') {
  const filters = kind ? { kind } : {};
  const document = await cms.strapi.documents(uid).findFirst({ status: 'published', filters });
  if (!document?.slug) throw new Error(`The demo content has no published ${uid}`);
  return document.slug as string;
}

/** Runs Lighthouse's CLI on one URL and returns its report. */
function lighthouse(url: string): Promise<LighthouseReport> {
  const args = [
    LIGHTHOUSE_CLI,
    url,
    '--only-categories=seo',
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    // SEO audits read the page, not its speed: no simulated slow network to wait for.
    '--throttling-method=provided',
    // Running as root needs --no-sandbox; the machine's network is closed, so nothing may call
    // home, or Chromium waits on refused connections.
    '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking',
  ];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));

  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) {
        reject(new Error(`Lighthouse exited with ${code} on ${url}:\n${stderr.slice(-2000)}`));
        return;
      }
      try {
        resolve(JSON.parse(stdout) as LighthouseReport);
      } catch (error) {
        reject(
          new Error(`Lighthouse wrote no JSON report for ${url}:\n${stderr}`, { cause: error }),
        );
      }
    });
  });
}

/** The scored audits that did not pass, with what Lighthouse says about them. */
function failingAudits(report: LighthouseReport) {
  return report.categories.seo.auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => report.audits[ref.id])
    .filter((audit) => audit.score !== null && audit.score < 1)
    .map((audit) => ({
      id: audit.id,
      title: audit.title,
      explanation: audit.explanation,
      details: JSON.stringify(audit.details)?.slice(0, 1000),
    }));
}

beforeAll(async () => {
  cms = await startTestCms({ listen: true });
  await seedDemoContent(cms.strapi);
  slugs.supply = await firstSlug('api::product.product', 'supply');
  slugs.deal = await firstSlug('api::deal.deal');
  slugs.article = await firstSlug('api::article.article');
  slugs.merchant = await firstSlug('api::merchant.merchant');
  slugs.lottery = await firstSlug('api::lottery.lottery');

  // Canonical URLs come from PUBLIC_SITE_URL; the site is its own public address here, as a
  // crawler sees it in production.
  const port = await freePort();
  site = await startSiteFor(cms, {
    PORT: String(port),
    PUBLIC_SITE_URL: `http://127.0.0.1:${port}`,
  });
});

afterAll(async () => {
  await site?.stop();
  await cms?.stop();
});

describe('Lighthouse SEO score', () => {
  it.each([
    ['the home page', () => '/'],
    ['a list', () => '/supply'],
    ['a supply listing', () => detailPath('product', slugs.supply)],
    ['a deal', () => detailPath('deal', slugs.deal)],
    ['a news article', () => detailPath('article', slugs.article)],
    ['a merchant', () => detailPath('merchant', slugs.merchant)],
    ['a lottery', () => detailPath('lottery', slugs.lottery)],
  ])(
    'is 100 on %s',
    async (_, pathOf) => {
      const url = `${site.url}${pathOf()}`;

      const report = await lighthouse(url);

      expect(report.runtimeError).toBeUndefined();
      // On failure the diff names each failing audit and why, which the score alone would not.
      expect({ url, score: report.categories.seo.score, failing: failingAudits(report) }).toEqual({
        url,
        score: 1,
        failing: [],
      });
    },
    PAGE_TIMEOUT_MS,
  );
});
