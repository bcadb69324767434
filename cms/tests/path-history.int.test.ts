import request from 'supertest';

import { renameListing } from './helpers/listings';
import { startTestCms, type TestCms } from './helpers/test-cms';

let cms: TestCms;

const products = () => cms.strapi.documents('api::product.product');

/** Where the public API says `fromPath` leads, as the site asks on a 404. */
async function redirectFrom(fromPath: string) {
  const response = await request(cms.strapi.server.httpServer)
    .get('/api/redirects')
    .query({ 'filters[fromPath][$eq]': fromPath });
  const [redirect] = response.body.data as { toPath: string | null; type: string }[];
  return redirect ? { toPath: redirect.toPath, type: redirect.type } : null;
}

beforeAll(async () => {
  cms = await startTestCms();
});

afterAll(async () => {
  await cms?.stop();
});

describe('a published page whose slug changes', () => {
  it('leaves a 301 from its old path, in one hop however often it moves', async () => {
    const listing = await products().create({
      data: {
        reviewState: 'approved',
        kind: 'wanted',
        title: '求购二手挖掘机',
        slug: 'qiugou-wajueji',
        region: '山东·临沂',
      },
      status: 'published',
    });

    await renameListing(cms.strapi, listing.documentId, 'qiugou-ershou-wajueji');
    const afterFirst = await redirectFrom('/products/qiugou-wajueji');
    await renameListing(cms.strapi, listing.documentId, 'qiugou-xiaoxing-wajueji');

    expect(afterFirst).toEqual({ toPath: '/products/qiugou-ershou-wajueji', type: 'permanent' });
    expect(await redirectFrom('/products/qiugou-wajueji')).toEqual({
      toPath: '/products/qiugou-xiaoxing-wajueji',
      type: 'permanent',
    });
    expect(await redirectFrom('/products/qiugou-ershou-wajueji')).toEqual({
      toPath: '/products/qiugou-xiaoxing-wajueji',
      type: 'permanent',
    });
  });

  it('drops the redirect away from a path that becomes live again', async () => {
    const listing = await products().create({
      data: {
        reviewState: 'approved',
        kind: 'wanted',
        title: '求购旧钢板',
        slug: 'qiugou-jiu-gangban',
        region: '河北·唐山',
      },
      status: 'published',
    });

    await renameListing(cms.strapi, listing.documentId, 'qiugou-gangban');
    await renameListing(cms.strapi, listing.documentId, 'qiugou-jiu-gangban');

    expect(await redirectFrom('/products/qiugou-jiu-gangban')).toBeNull();
    expect(await redirectFrom('/products/qiugou-gangban')).toEqual({
      toPath: '/products/qiugou-jiu-gangban',
      type: 'permanent',
    });
  });

  it('leaves no redirect while the change is only in a draft', async () => {
    const listing = await products().create({
      data: {
        reviewState: 'approved',
        kind: 'wanted',
        title: '求购木托盘',
        slug: 'qiugou-tuopan',
        region: '广东·东莞',
      },
      status: 'published',
    });

    await products().update({ documentId: listing.documentId, data: { slug: 'qiugou-mu-tuopan' } });

    expect(await redirectFrom('/products/qiugou-tuopan')).toBeNull();
  });

  it('follows a category that moves to another section', async () => {
    const categories = cms.strapi.documents('api::category.category');
    const category = await categories.create({
      data: { name: '二手设备', slug: 'ershou-shebei', section: 'supply' },
    });

    await categories.update({ documentId: category.documentId, data: { section: 'wanted' } });

    expect(await redirectFrom('/supply/c/ershou-shebei')).toEqual({
      toPath: '/wanted/c/ershou-shebei',
      type: 'permanent',
    });
  });
});

describe('a published page taken down', () => {
  it('answers gone once unpublished, and is live again once republished', async () => {
    const listing = await products().create({
      data: {
        reviewState: 'approved',
        kind: 'wanted',
        title: '求购二手空压机',
        slug: 'qiugou-kongyaji',
        region: '江苏·常州',
      },
      status: 'published',
    });

    await products().unpublish({ documentId: listing.documentId });
    const whileDown = await redirectFrom('/products/qiugou-kongyaji');
    await products().publish({ documentId: listing.documentId });

    expect(whileDown).toEqual({ toPath: null, type: 'gone' });
    expect(await redirectFrom('/products/qiugou-kongyaji')).toBeNull();
  });

  it('answers gone once deleted; a draft that never went live leaves nothing', async () => {
    const live = await products().create({
      data: {
        reviewState: 'approved',
        kind: 'wanted',
        title: '求购叉车配件',
        slug: 'qiugou-chache-peijian',
        region: '浙江',
      },
      status: 'published',
    });
    const draft = await products().create({
      data: { kind: 'wanted', title: '求购货架', slug: 'qiugou-huojia', region: '浙江' },
    });

    await products().delete({ documentId: live.documentId });
    await products().delete({ documentId: draft.documentId });

    expect(await redirectFrom('/products/qiugou-chache-peijian')).toEqual({
      toPath: null,
      type: 'gone',
    });
    expect(await redirectFrom('/products/qiugou-huojia')).toBeNull();
  });

  it('keeps a redirect an editor set for the path instead of marking it gone', async () => {
    const listing = await products().create({
      data: {
        reviewState: 'approved',
        kind: 'wanted',
        title: '求购旧电机',
        slug: 'qiugou-jiu-dianji',
        region: '湖北',
      },
      status: 'published',
    });
    await cms.strapi.documents('api::redirect.redirect').create({
      data: { fromPath: '/products/qiugou-jiu-dianji', toPath: '/wanted', type: 'temporary' },
    });

    await products().unpublish({ documentId: listing.documentId });

    expect(await redirectFrom('/products/qiugou-jiu-dianji')).toEqual({
      toPath: '/wanted',
      type: 'temporary',
    });
  });
});
