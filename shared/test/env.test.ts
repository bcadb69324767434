import {
  ConfigError,
  cmsEnvFixes,
  cmsEnvSchema,
  parseEnv,
  siteEnvFixes,
  siteEnvSchema,
} from '../src/env.js';

const goodSecrets = {
  APP_KEYS: 'a1B2c3D4e5F6g7H8i9J0,k1L2m3N4o5P6q7R8s9T0',
  API_TOKEN_SALT: 'Zm9vYmFyYmF6cXV4MTIzNDU2',
  ADMIN_JWT_SECRET: 'cXV1eGNvcmdlZ3JhdWx0MTIz',
  TRANSFER_TOKEN_SALT: 'Z2FycGx5d2FsZG9mcmVkMTIz',
  JWT_SECRET: 'cGx1Z2h4eXp6eWZyZWQxMjM0',
  ENCRYPTION_KEY: 'd2FsZG9ncmF1bHRwbHVnaDEy',
  PREVIEW_SECRET: 'cHJldmlld3NpZ25pbmdrZXkx',
};

/** The one line an operator reads when `parseEnv` rejects the environment. */
function problemWith(parse: () => unknown): string {
  try {
    parse();
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('CMS configuration', () => {
  it('fills in the defaults for everything but the secrets', () => {
    const env = parseEnv(cmsEnvSchema, goodSecrets, cmsEnvFixes);

    expect(env).toMatchObject({
      HOST: '127.0.0.1',
      PORT: 1337,
      DATABASE_FILENAME: '.tmp/data.db',
      DATABASE_SSL: false,
      SITE_URL: 'http://localhost:4321',
      LOG_LEVEL: 'http',
    });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.APP_KEYS).toEqual(['a1B2c3D4e5F6g7H8i9J0', 'k1L2m3N4o5P6q7R8s9T0']);
  });

  it('names a missing secret and says how to get one', () => {
    const { JWT_SECRET: _missing, ...rest } = goodSecrets;

    expect(problemWith(() => parseEnv(cmsEnvSchema, rest, cmsEnvFixes))).toBe(
      'JWT_SECRET is not set. Set a random value of 16+ characters (e.g. `openssl rand -base64 24`).',
    );
  });

  it('treats an empty value as unset, so that defaults apply', () => {
    const env = parseEnv(cmsEnvSchema, { ...goodSecrets, DATABASE_FILENAME: '', PORT: ' ' });

    expect(env.DATABASE_FILENAME).toBe('.tmp/data.db');
    expect(env.PORT).toBe(1337);
  });

  it.each(['toBeModified-toBeModified', 'changeme-changeme-123', 'xxxxxxxxxxxxxxxxxxxx'])(
    'refuses the placeholder secret %s of copied example files',
    (placeholder) => {
      const env = { ...goodSecrets, ADMIN_JWT_SECRET: placeholder };

      expect(problemWith(() => parseEnv(cmsEnvSchema, env, cmsEnvFixes))).toBe(
        'ADMIN_JWT_SECRET is a placeholder, not a secret. ' +
          'Set a random value of 16+ characters (e.g. `openssl rand -base64 24`).',
      );
    },
  );

  it('wants at least two app keys, so that keys can be rotated', () => {
    const env = { ...goodSecrets, APP_KEYS: 'a1B2c3D4e5F6g7H8i9J0' };

    expect(problemWith(() => parseEnv(cmsEnvSchema, env))).toBe(
      'APP_KEYS needs at least two comma-separated keys so that keys can be rotated.',
    );
  });

  it('accepts a PostgreSQL URL and rejects any other database URL', () => {
    const url = 'postgres://huijiu:s3cret@db.internal:5432/huijiu';

    expect(parseEnv(cmsEnvSchema, { ...goodSecrets, DATABASE_URL: url }).DATABASE_URL).toBe(url);
    expect(
      problemWith(() =>
        parseEnv(cmsEnvSchema, { ...goodSecrets, DATABASE_URL: 'mysql://x@y/z' }, cmsEnvFixes),
      ),
    ).toBe(
      'DATABASE_URL must be a postgres:// connection URL. Use the form ' +
        'postgres://user:password@host:5432/database, or unset it to use SQLite.',
    );
  });

  it('counts the further problems without listing them all', () => {
    expect(problemWith(() => parseEnv(cmsEnvSchema, {}, cmsEnvFixes))).toBe(
      'APP_KEYS is not set. Delete cms/.env and run `npm start` to generate fresh secrets, ' +
        'or set it yourself. (6 more after this one)',
    );
  });
});

describe('site configuration', () => {
  it('works with no variables at all, for a local start', () => {
    expect(parseEnv(siteEnvSchema, {})).toEqual({
      HOST: '127.0.0.1',
      PORT: 4321,
      CMS_URL: 'http://127.0.0.1:1337',
      CMS_TIMEOUT_MS: 5000,
      PUBLIC_SITE_URL: 'http://localhost:4321',
      TRUSTED_PROXY_HOPS: 0,
      SITEMAP_URL_LIMIT: 50_000,
      LOG_LEVEL: 'info',
    });
  });

  it('drops a trailing slash from URLs so that paths join cleanly', () => {
    const env = parseEnv(siteEnvSchema, { PUBLIC_SITE_URL: 'https://www.huijiu.example/' });

    expect(env.PUBLIC_SITE_URL).toBe('https://www.huijiu.example');
  });

  it.each([
    ['PORT', 'abc', 'PORT must be a port number. Choose a free port, e.g. 4321.'],
    ['PORT', '70000', 'PORT must be between 1 and 65535. Choose a free port, e.g. 4321.'],
    [
      'CMS_URL',
      'ftp://cms',
      'CMS_URL must be an absolute http:// or https:// URL. ' +
        'Point it at the CMS, e.g. http://127.0.0.1:1337.',
    ],
    ['LOG_LEVEL', 'loud', 'LOG_LEVEL must be debug, info, warn or error.'],
  ])('rejects %s=%s with one line naming it', (name, value, message) => {
    expect(problemWith(() => parseEnv(siteEnvSchema, { [name]: value }, siteEnvFixes))).toBe(
      message,
    );
  });
});
