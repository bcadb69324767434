import { randomBytes } from 'node:crypto';

import { productInput, productIssues } from '@huijiu/shared';
import type { Core } from '@strapi/strapi';

import { ListingShelves, supplyListing, wantedListing, type ListingPen } from './generate/listings';
import { planDemoContent } from './generate/plan';
import { SlugBook } from './generate/text';
import type { DemoPlan, PlannedProduct } from './generate/types';
import { Random } from './random';

/** Listings written per transaction. */
const BATCH_SIZE = 1_000;
/** Rows per INSERT or IN list: keeps bound parameters well under SQLite's and PostgreSQL's
 * limits. */
const ROWS_PER_STATEMENT = 400;
const PROGRESS_EVERY = 10_000;
const SUPPLY_SHARE = 0.8;

type Meta = ReturnType<Core.Strapi['db']['metadata']['get']>;
/** Strapi's knex instance, or a transaction on it. */
type Connection = Core.Strapi['db']['connection'];

/** A relation's link table, as Strapi's metadata describes it. */
interface LinkTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
  inverseOrderColumnName?: string;
}

function linkTableOf(meta: Meta, attribute: string): LinkTable {
  const definition = meta.attributes[attribute];
  const joinTable = definition && 'joinTable' in definition ? definition.joinTable : undefined;
  if (!joinTable || !('inverseJoinColumn' in joinTable)) {
    throw new Error(`${meta.uid}.${attribute} has no link table to write`);
  }
  return joinTable;
}

function columnOf(meta: Meta, attribute: string): string {
  const definition = meta.attributes[attribute];
  if (!definition || !('columnName' in definition) || !definition.columnName) return attribute;
  return definition.columnName;
}

/** A documentId shaped like Strapi's own: 24 lower-case letters and digits. */
function newDocumentId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = randomBytes(24);
  let id = alphabet[bytes[0] % 26];
  for (let index = 1; index < 24; index += 1) id += alphabet[bytes[index] % alphabet.length];
  return id;
}

async function insertInChunks(connection: Connection, table: string, rows: object[]) {
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    await connection(table).insert(rows.slice(start, start + ROWS_PER_STATEMENT));
  }
}

interface StoredRow {
  id: number;
  key: string;
  published: boolean;
}

/** The draft and published rows of documents of `meta`, found by `attribute` (e.g. slug). */
async function rowsBy(
  connection: Connection,
  meta: Meta,
  attribute: string,
  values: readonly string[],
): Promise<StoredRow[]> {
  const column = columnOf(meta, attribute);
  const publishedAt = columnOf(meta, 'publishedAt');
  const rows: StoredRow[] = [];
  for (let start = 0; start < values.length; start += ROWS_PER_STATEMENT) {
    const found: { id: number; key: string; published_at: unknown }[] = await connection(
      meta.tableName,
    )
      .select('id', `${column} as key`, `${publishedAt} as published_at`)
      .whereIn(column, values.slice(start, start + ROWS_PER_STATEMENT));
    rows.push(
      ...found.map(({ id, key, published_at }) => ({ id, key, published: !!published_at })),
    );
  }
  return rows;
}

/** Where scale listings are filed: the demo's categories, merchants and members as stored. */
interface Anchors {
  categoryIds: Map<string, number>;
  merchantIds: Map<string, { draft?: number; published?: number }>;
  memberIds: Map<string, number>;
}

async function findAnchors(strapi: Core.Strapi, plan: DemoPlan): Promise<Anchors> {
  const connection = strapi.db.connection;
  const meta = (uid: string) => strapi.db.metadata.get(uid);
  const keyOfSlug = (items: readonly { key: string; slug: string }[]) =>
    new Map(items.map((item) => [item.slug, item.key]));

  const categoryKeys = keyOfSlug(plan.categories);
  const categories = await rowsBy(connection, meta('api::category.category'), 'slug', [
    ...categoryKeys.keys(),
  ]);
  const merchantKeys = keyOfSlug(plan.merchants);
  const merchants = await rowsBy(connection, meta('api::merchant.merchant'), 'slug', [
    ...merchantKeys.keys(),
  ]);
  const members = await rowsBy(
    connection,
    meta('plugin::users-permissions.user'),
    'username',
    plan.members.map((member) => member.username),
  );

  const merchantIds: Anchors['merchantIds'] = new Map();
  for (const row of merchants) {
    const key = merchantKeys.get(row.key) ?? row.key;
    merchantIds.set(key, {
      ...merchantIds.get(key),
      [row.published ? 'published' : 'draft']: row.id,
    });
  }
  return {
    categoryIds: new Map(categories.map((row) => [categoryKeys.get(row.key) ?? row.key, row.id])),
    merchantIds,
    memberIds: new Map(members.map((row) => [row.key, row.id])),
  };
}

/** The highest position each merchant row's list of products already uses. */
async function lastProductOrders(connection: Connection, link: LinkTable) {
  const orders = new Map<number, number>();
  if (!link.inverseOrderColumnName) return orders;

  const rows: { merchant: number; last: number | string | null }[] = await connection(link.name)
    .select(`${link.inverseJoinColumn.name} as merchant`)
    .max({ last: link.inverseOrderColumnName })
    .groupBy(link.inverseJoinColumn.name);
  for (const row of rows) orders.set(Number(row.merchant), Number(row.last ?? 0));
  return orders;
}

function assertValid(listing: PlannedProduct): void {
  // These rows skip the CMS's own validation, so they are held to the shared schema here.
  const parsed = productInput.safeParse(listing);
  const issues = productIssues(listing);
  if (!parsed.success || issues.length > 0) {
    const problem = parsed.error?.issues[0]?.message ?? issues[0]?.message;
    throw new Error(`Scale listing "${listing.title}" is not valid: ${problem}`);
  }
}

/**
 * Adds `count` published listings for benchmarks. The document service takes tens of
 * milliseconds per document, so these rows are inserted in batches the way it stores them:
 * per listing one draft row and one published row sharing a documentId, with their category,
 * merchant (supply) or member (wanted) links. They carry no images and no SEO. Needs the demo
 * content: listings go into its categories, under its merchants and members.
 */
export async function addScaleListings(
  strapi: Core.Strapi,
  count: number,
  now: Date,
): Promise<number> {
  const started = performance.now();
  const connection = strapi.db.connection;
  const products = strapi.db.metadata.get('api::product.product');
  const column = (attribute: string) => columnOf(products, attribute);
  const links = {
    category: linkTableOf(products, 'category'),
    merchant: linkTableOf(products, 'merchant'),
    member: linkTableOf(products, 'member'),
  };

  const plan = planDemoContent(now);
  const anchors = await findAnchors(strapi, plan);
  const shelves = new ListingShelves(
    plan.categories.filter((category) => anchors.categoryIds.has(category.key)),
  );
  const suppliers = plan.merchants.filter((merchant) => {
    const ids = anchors.merchantIds.get(merchant.key);
    return merchant.goods.length > 0 && ids?.draft && ids.published;
  });
  const wantedGoods = shelves.wantedGoods();
  if (suppliers.length === 0 || wantedGoods.length === 0) {
    throw new Error(
      'Scale mode adds to the demo content, but its categories or merchants are gone',
    );
  }

  const existingSlugs: { slug: string }[] = await connection(products.tableName).distinct({
    slug: column('slug'),
  });
  const existing = await connection(products.tableName)
    .countDistinct({ total: column('documentId') })
    .first();
  const pen: ListingPen = {
    // Each run continues from how many listings exist, so that repeated runs add new titles.
    random: new Random(`scale:${Number(existing?.total ?? 0)}`),
    now,
    slugs: new SlugBook(existingSlugs.map((row) => row.slug)),
    brief: true,
  };
  const nextListing = (): PlannedProduct => {
    if (pen.random.chance(SUPPLY_SHARE)) {
      const merchant = pen.random.pick(suppliers);
      return supplyListing(pen, shelves, merchant, pen.random.pick(merchant.goods));
    }
    const member = pen.random.pick(plan.members);
    return wantedListing(pen, shelves, member, pen.random.pick(wantedGoods));
  };
  const productOrders = await lastProductOrders(connection, links.merchant);

  for (let written = 0; written < count;) {
    const listings = new Map<string, PlannedProduct>();
    for (let index = 0; index < Math.min(BATCH_SIZE, count - written); index += 1) {
      const listing = nextListing();
      assertValid(listing);
      listings.set(newDocumentId(), listing);
    }

    await connection.transaction(async (trx) => {
      const rows = [...listings].flatMap(([documentId, listing]) => {
        const row = {
          [column('documentId')]: documentId,
          [column('kind')]: listing.kind,
          [column('title')]: listing.title,
          [column('slug')]: listing.slug,
          [column('summary')]: listing.summary,
          [column('body')]: JSON.stringify(listing.body),
          [column('price')]: listing.price,
          [column('unit')]: listing.unit,
          [column('minOrder')]: listing.minOrder,
          [column('region')]: listing.region,
          [column('validUntil')]: listing.validUntil,
          [column('featured')]: listing.featured,
          // Published, so approved: the review guard would refuse anything else.
          [column('reviewState')]: 'approved',
          [column('createdAt')]: now,
          [column('updatedAt')]: now,
          [column('locale')]: null,
        };
        return [
          { ...row, [column('publishedAt')]: null },
          { ...row, [column('publishedAt')]: now },
        ];
      });
      await insertInChunks(trx, products.tableName, rows);

      const stored = await rowsBy(trx, products, 'documentId', [...listings.keys()]);
      const categoryLinks: object[] = [];
      const merchantLinks: object[] = [];
      const memberLinks: object[] = [];
      for (const row of stored) {
        const listing = listings.get(row.key);
        if (!listing) continue;
        categoryLinks.push({
          [links.category.joinColumn.name]: row.id,
          [links.category.inverseJoinColumn.name]: anchors.categoryIds.get(listing.categoryKey),
        });

        // A draft listing links to the merchant's draft, a published one to its published row.
        const merchantRows = listing.merchantKey
          ? anchors.merchantIds.get(listing.merchantKey)
          : undefined;
        const merchantId = row.published ? merchantRows?.published : merchantRows?.draft;
        if (merchantId !== undefined) {
          const order = (productOrders.get(merchantId) ?? 0) + 1;
          productOrders.set(merchantId, order);
          merchantLinks.push({
            [links.merchant.joinColumn.name]: row.id,
            [links.merchant.inverseJoinColumn.name]: merchantId,
            ...(links.merchant.inverseOrderColumnName && {
              [links.merchant.inverseOrderColumnName]: order,
            }),
          });
        }

        const memberId = listing.memberUsername
          ? anchors.memberIds.get(listing.memberUsername)
          : undefined;
        if (memberId !== undefined) {
          memberLinks.push({
            [links.member.joinColumn.name]: row.id,
            [links.member.inverseJoinColumn.name]: memberId,
          });
        }
      }
      await insertInChunks(trx, links.category.name, categoryLinks);
      await insertInChunks(trx, links.merchant.name, merchantLinks);
      await insertInChunks(trx, links.member.name, memberLinks);
    });

    const before = written;
    written += listings.size;
    if (Math.floor(written / PROGRESS_EVERY) > Math.floor(before / PROGRESS_EVERY)) {
      const seconds = (performance.now() - started) / 1000;
      strapi.log.info(
        `Scale listings: ${written} of ${count} in ${seconds.toFixed(1)} s ` +
          `(${Math.round(written / seconds)} listings/s)`,
      );
    }
  }

  const clash = await connection(products.tableName)
    .select({ slug: column('slug') })
    .groupBy(column('slug'))
    .havingRaw('count(distinct ??) > 1', [column('documentId')])
    .first();
  if (clash) throw new Error(`Two listings share the slug ${String(clash.slug)}`);

  const seconds = (performance.now() - started) / 1000;
  strapi.log.info(`Scale listings: ${count} added in ${seconds.toFixed(1)} s`);
  return count;
}
