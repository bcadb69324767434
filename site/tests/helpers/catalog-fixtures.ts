import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import type { Core } from '@strapi/strapi';
import sharp from 'sharp';

import type { Fixtures } from '../../../cms/tests/helpers/fixtures';

/** The part of the upload plugin's service these fixtures use. */
interface UploadService {
  upload(input: {
    data: { fileInfo: { name: string; alternativeText: string } };
    files: { filepath: string; originalFilename: string; mimetype: string; size: number };
  }): Promise<{ id: number; url: string }[]>;
  remove(file: unknown): Promise<unknown>;
}

const paragraph = (text: string) => [
  { type: 'paragraph' as const, children: [{ type: 'text' as const, text }] },
];

/** Supply listings on top of the one in the shared fixtures: 30 published in all. */
export const EXTRA_STEEL_LISTINGS = 24;
export const PLASTIC_LISTINGS = 5;

/** Most steel comes from 浙江 (enough for two pages with plastics), every sixth from 江苏. */
export const steelRegion = (batch: number) =>
  batch % 6 === 0 ? '江苏·苏州' : batch % 2 === 0 ? '浙江·杭州' : '浙江·宁波';

/**
 * Adds to the shared fixtures what the catalog pages need: enough supply listings for two
 * pages, a second supply category, an empty one, wanted, merchant and news categories, more
 * merchants, an article with a cover, a listing with a gallery, and drafts that must stay
 * hidden. Listings are created oldest first, so the shared fixtures' listing ends up last.
 */
export async function createCatalogFixtures(strapi: Core.Strapi, base: Fixtures) {
  const docs = strapi.documents;
  const images = await uploadImages(strapi, [
    '不锈钢板材堆放的仓库',
    '板材切割加工现场',
    '成品钢板打包待发',
    '钢材市场交易大厅',
  ]);

  const plastics = await docs('api::category.category').create({
    data: { name: '塑料化工', slug: 'suliao-huagong', section: 'supply', sortOrder: 2 },
  });
  const tools = await docs('api::category.category').create({
    data: { name: '五金工具', slug: 'wujin-gongju', section: 'supply', sortOrder: 3 },
  });
  const usedMachines = await docs('api::category.category').create({
    data: { name: '二手设备', slug: 'ershou-shebei', section: 'wanted', sortOrder: 1 },
  });
  const machining = await docs('api::category.category').create({
    data: { name: '精密加工', slug: 'jingmi-jiagong', section: 'merchant', sortOrder: 1 },
  });
  const industryNews = await docs('api::category.category').create({
    data: { name: '行业动态', slug: 'hangye-dongtai', section: 'news', sortOrder: 1 },
  });

  const ningbo = await docs('api::merchant.merchant').create({
    data: {
      reviewState: 'approved',
      name: '宁波甬达塑业有限公司',
      slug: 'ningbo-yongda-suye',
      summary: '改性塑料粒子生产商，日产能 80 吨。',
      region: '浙江·宁波',
      address: '浙江省宁波市北仑区港城路 88 号',
      verification: 'verified',
      tier: 'diamond',
      category: machining.documentId,
    },
    status: 'published',
  });
  const foshan = await docs('api::merchant.merchant').create({
    data: {
      reviewState: 'approved',
      name: '佛山顺德五金加工厂',
      slug: 'foshan-shunde-wujin',
      region: '广东·佛山',
      verification: 'pending',
      tier: 'basic',
    },
    status: 'published',
  });
  await docs('api::merchant.merchant').create({
    data: {
      name: '尚未发布的商家',
      slug: 'weifabu-shangjia',
      region: '上海',
      verification: 'unverified',
      tier: 'basic',
    },
  });

  const steelTitles: string[] = [];
  for (let index = 1; index <= EXTRA_STEEL_LISTINGS; index += 1) {
    const title = `热轧钢卷 Q235 第${index}批`;
    steelTitles.push(title);
    await docs('api::product.product').create({
      data: {
        reviewState: 'approved',
        kind: 'supply',
        title,
        slug: `rezha-gangjuan-q235-${index}`,
        price: 3900 + index * 10,
        unit: '吨',
        region: steelRegion(index),
        category: base.category.documentId,
        merchant: index % 2 === 0 ? base.merchant.documentId : undefined,
      },
      status: 'published',
    });
  }
  const plasticTitles: string[] = [];
  for (let index = 1; index <= PLASTIC_LISTINGS; index += 1) {
    const title = `PP 改性塑料粒子 ${index}号`;
    plasticTitles.push(title);
    await docs('api::product.product').create({
      data: {
        reviewState: 'approved',
        kind: 'supply',
        title,
        slug: `pp-gaixing-suliao-lizi-${index}`,
        price: 9800 + index * 100,
        unit: '吨',
        region: '浙江·宁波',
        category: plastics.documentId,
        merchant: ningbo.documentId,
        // The newest listing carries the gallery and the optional fields.
        ...(index === PLASTIC_LISTINGS && {
          summary: '熔指稳定，可按色卡调色。',
          minOrder: 5,
          validUntil: '2099-12-31',
          images: images.slice(0, 3).map((image) => image.id),
          body: paragraph('厂家直供，支持开具增值税专用发票，宁波港口可安排装柜。'),
        }),
      },
      status: 'published',
    });
  }

  const wantedMachine = await docs('api::product.product').create({
    data: {
      reviewState: 'approved',
      kind: 'wanted',
      title: '求购二手数控车床 两台',
      slug: 'qiugou-ershou-shukong-chechuang',
      region: '河南·郑州',
      category: usedMachines.documentId,
    },
    status: 'published',
  });

  const newsArticle = await docs('api::article.article').create({
    data: {
      reviewState: 'approved',
      title: '长三角钢材库存连续三周下降',
      slug: 'changsanjiao-gangcai-kucun-xiajiang',
      excerpt: '社会库存回落，贸易商补库意愿增强。',
      body: paragraph('据市场调研，长三角主要城市钢材社会库存已连续三周下降。'),
      authorName: '市场部 王编辑',
      tags: ['库存'],
      cover: images[3].id,
      category: industryNews.documentId,
    },
    status: 'published',
  });
  await docs('api::article.article').create({
    data: { title: '尚未发布的资讯草稿', slug: 'weifabu-zixun-caogao', authorName: '编辑部' },
  });

  return {
    categories: { plastics, tools, usedMachines, machining, industryNews },
    merchants: { ningbo, foshan },
    steelTitles,
    plasticTitles,
    galleryListingSlug: `pp-gaixing-suliao-lizi-${PLASTIC_LISTINGS}`,
    wantedMachine,
    newsArticle,
    images,
    async removeImages() {
      await removeUploads(strapi, images);
    },
  };
}
export type CatalogFixtures = Awaited<ReturnType<typeof createCatalogFixtures>>;

/** Small solid-colour PNGs, uploaded through the plugin as an editor would. */
async function uploadImages(strapi: Core.Strapi, alternativeTexts: string[]) {
  const uploads = strapi.plugin('upload').service('upload') as UploadService;
  const folder = await mkdtemp(path.join(os.tmpdir(), 'huijiu-catalog-'));
  try {
    const uploaded: { id: number; url: string; alt: string }[] = [];
    for (const [index, alternativeText] of alternativeTexts.entries()) {
      const fileName = `catalog-fixture-${index + 1}.png`;
      const filepath = path.join(folder, fileName);
      await sharp({
        create: {
          width: 40,
          height: 30,
          channels: 3,
          background: { r: 200, g: 16 * index, b: 46 },
        },
      })
        .png()
        .toFile(filepath);
      const { size } = await stat(filepath);
      const [file] = await uploads.upload({
        data: { fileInfo: { name: fileName, alternativeText } },
        files: { filepath, originalFilename: fileName, mimetype: 'image/png', size },
      });
      uploaded.push({ id: file.id, url: file.url, alt: alternativeText });
    }
    return uploaded;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** Deletes the uploaded files again, so that tests leave nothing in cms/public/uploads. */
async function removeUploads(strapi: Core.Strapi, images: { id: number }[]) {
  const uploads = strapi.plugin('upload').service('upload') as UploadService;
  for (const image of images) {
    const file = await strapi.db.query('plugin::upload.file').findOne({ where: { id: image.id } });
    if (file) await uploads.remove(file);
  }
}
