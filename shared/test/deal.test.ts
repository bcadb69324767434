import { dealIssues, dealState, discountInTenths } from '../src/deal.js';

describe('dealState', () => {
  const deal = { startsAt: '2026-12-01T00:00:00.000Z', endsAt: '2026-12-08T00:00:00.000Z' };

  it.each([
    ['2026-11-30T23:59:59.000Z', 'upcoming'],
    ['2026-12-01T00:00:00.000Z', 'running'],
    ['2026-12-07T23:59:59.999Z', 'running'],
    ['2026-12-08T00:00:00.000Z', 'ended'],
  ])('at %s the deal is %s', (now, state) => {
    expect(dealState(deal, new Date(now))).toBe(state);
  });
});

describe('discountInTenths', () => {
  it.each([
    [128, 238, 5.3],
    [88, 160, 5.5],
    [99, 100, 9.9],
    [0.01, 100, 0],
  ])('%d of %d yuan is %d折', (dealPrice, originalPrice, tenths) => {
    expect(discountInTenths(dealPrice, originalPrice)).toBe(tenths);
  });

  it('has no discount to show when the deal price is not below the original', () => {
    expect(discountInTenths(100, 100)).toBeNull();
    expect(discountInTenths(10, 0)).toBeNull();
  });
});

describe('dealIssues', () => {
  it('names the deal price when it is not below the original price', () => {
    expect(dealIssues({ dealPrice: 300, originalPrice: 238 })).toEqual([
      { path: ['dealPrice'], message: '团购价必须低于原价' },
    ]);
  });

  it('names the end time when the deal would end before it starts', () => {
    const issues = dealIssues({
      startsAt: '2026-12-08T00:00:00.000Z',
      endsAt: '2026-12-01T00:00:00.000Z',
    });

    expect(issues).toEqual([{ path: ['endsAt'], message: '结束时间必须晚于开始时间' }]);
  });

  it('finds nothing wrong with a sound deal', () => {
    expect(
      dealIssues({
        dealPrice: 128,
        originalPrice: 238,
        vipPrice: 118,
        startsAt: '2026-12-01T00:00:00.000Z',
        endsAt: '2026-12-08T00:00:00.000Z',
      }),
    ).toEqual([]);
  });
});
