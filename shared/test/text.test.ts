import { displayWidth, slugify, truncateByWidth } from '../src/text.js';

describe('displayWidth', () => {
  it('counts a Chinese character as two columns and a Latin one as one', () => {
    expect(displayWidth('惠久')).toBe(4);
    expect(displayWidth('304不锈钢板')).toBe(11);
    expect(displayWidth('，。')).toBe(4);
  });
});

describe('truncateByWidth', () => {
  it('keeps text that fits', () => {
    expect(truncateByWidth('惠久商贸网', 10)).toBe('惠久商贸网');
  });

  it('cuts by width and ends with an ellipsis that fits too', () => {
    const cut = truncateByWidth('惠久商贸网是面向中小商家的商贸信息平台', 20);

    expect(cut).toBe('惠久商贸网是面向中…');
    expect(displayWidth(cut)).toBeLessThanOrEqual(20);
  });

  it('folds line breaks and runs of spaces first', () => {
    expect(truncateByWidth('现货\n\n  供应', 20)).toBe('现货 供应');
  });
});

describe('slugify', () => {
  it('spells Chinese titles in pinyin without tones, word by word', () => {
    expect(slugify('二手挖掘机出售')).toBe('ershou-wajue-ji-chushou');
  });

  it('keeps Latin letters and digits, in lower case', () => {
    expect(slugify('iPhone 15 Pro 回收')).toBe('iphone-15-pro-huishou');
  });

  it('turns punctuation, full-width or not, into single hyphens', () => {
    expect(slugify('【急】求购：钢板！')).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(slugify('【急】求购：钢板！')).not.toMatch(/--/);
  });

  it('writes ü as v, as pinyin input does', () => {
    expect(slugify('绿色')).toBe('lvse');
  });

  it('stays within 80 characters, cutting between words', () => {
    const slug = slugify('江苏省苏州市工业园区精密机械加工有限公司'.repeat(4));

    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
  });

  it('is empty when there is nothing to spell', () => {
    expect(slugify('！？——')).toBe('');
  });
});
