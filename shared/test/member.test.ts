import { memberLogInInput, memberSignUpInput, passwordIssue } from '../src/member.js';
import { memberListingInput } from '../src/product.js';

describe('passwordIssue', () => {
  const who = { email: 'li.na@example.cn', displayName: '李娜' };

  it('accepts a long password that holds neither the email nor the display name', () => {
    expect(passwordIssue('mei-tian-dou-you-taiyang', who)).toBeNull();
  });

  it.each([
    ['eleven char', '密码至少要 12 个字符，可以用一句好记的话'],
    ['x'.repeat(65), '密码不能超过 64 个字符'],
    ['my-LI.NA@EXAMPLE.CN-pass', '密码不能包含邮箱或邮箱的用户名部分'],
    ['li.na-forever-2026', '密码不能包含邮箱或邮箱的用户名部分'],
    ['我是李娜我是李娜我是李娜', '密码不能包含昵称'],
  ])('refuses %s', (password, message) => {
    expect(passwordIssue(password, who)).toBe(message);
  });

  it('ignores an email name too short to matter', () => {
    expect(passwordIssue('a-good-long-password', { email: 'a@example.cn' })).toBeNull();
  });
});

describe('memberSignUpInput', () => {
  it('lower-cases the email and trims the display name', () => {
    const parsed = memberSignUpInput.parse({
      displayName: ' 李娜 ',
      email: ' Li.Na@Example.CN ',
      password: 'mei-tian-dou-you-taiyang',
    });

    expect(parsed).toEqual({
      displayName: '李娜',
      email: 'li.na@example.cn',
      password: 'mei-tian-dou-you-taiyang',
    });
  });

  it('puts the password rule on the password field', () => {
    const result = memberSignUpInput.safeParse({
      displayName: '李娜',
      email: 'li.na@example.cn',
      password: 'short',
    });

    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['password']]);
  });

  it('names the email field when it is not an address', () => {
    const result = memberLogInInput.safeParse({ email: 'li.na', password: 'x' });

    expect(result.error?.issues).toMatchObject([
      { path: ['email'], message: '邮箱格式不对，例如 name@example.com' },
    ]);
  });
});

describe('memberListingInput', () => {
  it('takes missing optional fields as empty', () => {
    const parsed = memberListingInput.parse({
      kind: 'wanted',
      title: '求购旧钢板',
      region: '河北·唐山',
    });

    expect(parsed).toMatchObject({ summary: null, price: null, unit: null, category: null });
  });

  it('asks a supply listing for its price', () => {
    const result = memberListingInput.safeParse({
      kind: 'supply',
      title: '出售钢板',
      region: '唐山',
    });

    expect(result.error?.issues).toMatchObject([
      { path: ['price'], message: '供应信息请填写价格' },
    ]);
  });
});
