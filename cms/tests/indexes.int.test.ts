import { startTestCms, type TestCms } from './helpers/test-cms';

let cms: TestCms;

beforeAll(async () => {
  cms = await startTestCms();
});

afterAll(async () => {
  await cms?.stop();
});

/** Names of the indexes the database holds for `table`. */
async function indexesOf(table: string): Promise<string[]> {
  const connection = cms.strapi.db.connection;
  if (cms.database === 'sqlite') {
    const rows: { name: string }[] = await connection.raw(`PRAGMA index_list(${table})`);
    return rows.map((row) => row.name);
  }
  const result = await connection.raw('SELECT indexname FROM pg_indexes WHERE tablename = ?', [
    table,
  ]);
  return (result.rows as { indexname: string }[]).map((row) => row.indexname);
}

describe('look-ups that pages make are indexed', () => {
  it.each([
    ['products', ['products_slug_idx', 'products_kind_published_idx', 'products_region_idx']],
    ['articles', ['articles_slug_idx', 'articles_published_idx']],
    ['deals', ['deals_slug_idx', 'deals_ends_at_idx']],
    ['lotteries', ['lotteries_slug_idx']],
    ['merchants', ['merchants_slug_idx', 'merchants_region_idx']],
    ['categories', ['categories_section_slug_idx']],
    ['redirects', ['redirects_from_path_idx']],
    ['feedbacks', ['feedbacks_status_idx']],
  ])('%s', async (table, expected) => {
    expect(await indexesOf(table)).toEqual(expect.arrayContaining(expected));
  });
});
