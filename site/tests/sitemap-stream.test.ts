import type { SiteSettings } from '@huijiu/shared';

import { fetchFromCms } from '../src/lib/cms/client.server';
import { openSitemapChild } from '../src/lib/feeds/sitemap.server';
import { log } from '../src/lib/logger.server';
import { parseXml } from './helpers/xml';

// The CMS answers from the functions below, through the adapter's real schemas; a child of
// 12 000 rows needs three windows, which would take minutes to create in a real database.
jest.mock('../src/lib/cms/client.server', () => ({ fetchFromCms: jest.fn() }));
jest.mock('../src/lib/logger.server', () => ({ log: { error: jest.fn() } }));

const fetchMock = jest.mocked(fetchFromCms);
const SITE_URL = 'https://www.huijiu.example.cn';
const settings = { endedDeals: null } as SiteSettings;
const UPDATED_AT = '2026-11-30T08:00:00.000Z';

/** What the CMS holds: `rows` products, each window answering with one page per row. */
function cmsWithProducts(rows: number, failAt?: number) {
  fetchMock.mockImplementation(async (path, schema) => {
    if (path === '/api/sitemap') {
      return schema.parse({
        data: [{ section: 'products', total: rows, updatedAt: UPDATED_AT }],
      });
    }
    const query = new URL(path, 'http://cms.test').searchParams;
    const start = Number(query.get('start'));
    const limit = Number(query.get('limit'));
    if (start === failAt) throw new Error('CMS went away');
    const data = Array.from({ length: Math.min(limit, rows - start) }, (_, offset) => ({
      path: `/products/row-${start + offset}`,
      updatedAt: UPDATED_AT,
      images: [],
    }));
    return schema.parse({ data, meta: { section: 'products', start, limit } });
  });
}

const windowsAsked = () =>
  fetchMock.mock.calls.map(([path]) => path).filter((path) => path !== '/api/sitemap');

async function readAll(body: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(body).text();
}

beforeEach(() => {
  fetchMock.mockReset();
  jest.mocked(log.error).mockReset();
});

describe('a child sitemap larger than one CMS window', () => {
  it('asks for the first window before answering and for the rest as it is read', async () => {
    cmsWithProducts(12_000);

    const body = await openSitemapChild(SITE_URL, settings, 'products', 1);

    expect(windowsAsked()).toEqual(['/api/sitemap/products?start=0&limit=5000']);
    const xml = await readAll(body as ReadableStream<Uint8Array>);
    expect(windowsAsked()).toEqual([
      '/api/sitemap/products?start=0&limit=5000',
      '/api/sitemap/products?start=5000&limit=5000',
      '/api/sitemap/products?start=10000&limit=2000',
    ]);
    const urls = parseXml(xml).children;
    expect(urls).toHaveLength(12_000);
    expect(urls.at(-1)?.children[0].text).toBe(`${SITE_URL}/products/row-11999`);
  });

  it('cuts the file off and logs once when the CMS fails halfway', async () => {
    cmsWithProducts(12_000, 5000);

    const body = await openSitemapChild(SITE_URL, settings, 'products', 1);

    await expect(readAll(body as ReadableStream<Uint8Array>)).rejects.toThrow('CMS went away');
    expect(log.error).toHaveBeenCalledTimes(1);
    expect(log.error).toHaveBeenCalledWith('sitemap stream failed', {
      sitemap: '/sitemap-products-1.xml',
      err: expect.objectContaining({ message: 'CMS went away' }),
    });
  });

  it('stops asking the CMS when the client goes away', async () => {
    cmsWithProducts(12_000);

    const body = (await openSitemapChild(SITE_URL, settings, 'products', 1)) as ReadableStream;
    await body.cancel();

    expect(windowsAsked()).toHaveLength(1);
  });
});
