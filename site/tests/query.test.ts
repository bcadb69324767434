import { toQueryString } from '../src/lib/cms/query';

describe('toQueryString', () => {
  it('writes nested filters, sort lists and pagination the way Strapi reads them', () => {
    const query = toQueryString({
      filters: { kind: { $eq: 'supply' }, category: { slug: { $eq: '钢材' } } },
      sort: ['publishedAt:desc', 'id:desc'],
      pagination: { page: 2, pageSize: 24 },
      status: undefined,
    });

    expect(decodeURIComponent(query)).toBe(
      '?filters[kind][$eq]=supply&filters[category][slug][$eq]=钢材' +
        '&sort[0]=publishedAt:desc&sort[1]=id:desc&pagination[page]=2&pagination[pageSize]=24',
    );
  });

  it('is empty when there is nothing to ask', () => {
    expect(toQueryString({})).toBe('');
  });
});
