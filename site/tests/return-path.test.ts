import { joinPath, loginPath, returnPath } from '../src/lib/return-path';

describe('where a member returns to after logging in', () => {
  it('follows a path on this site, query included', () => {
    expect(returnPath('/lottery/0-yuan-chou-dianfanbao')).toBe('/lottery/0-yuan-chou-dianfanbao');
    expect(returnPath('/supply?page=2')).toBe('/supply?page=2');
  });

  it('goes to /account when no page or another site is named', () => {
    for (const next of [
      null,
      '',
      'https://evil.example/',
      '//evil.example/',
      '/\\evil.example/',
      '/\t/evil.example/',
      '/\n/evil.example/',
      'account',
    ]) {
      expect(returnPath(next)).toBe('/account');
    }
  });

  it('builds log-in and sign-up links that keep slashes readable', () => {
    expect(loginPath('/account')).toBe('/login?next=/account');
    expect(loginPath('/supply?page=2')).toBe('/login?next=/supply%3Fpage%3D2');
    expect(joinPath('/lottery/abc')).toBe('/join?next=/lottery/abc');
  });
});
