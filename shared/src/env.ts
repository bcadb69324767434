import { z } from 'zod';

import { MAX_URLS_PER_SITEMAP } from './sitemap.js';

/**
 * Environment variables of both apps, parsed once at start-up. A bad value stops the process
 * with one line that names the variable and says how to fix it (see `parseEnv`).
 */

/** Values that came from copied examples and must never sign anything in production. */
const PLACEHOLDER_SECRET = /to-?be-?modified|change-?me|placeholder|example|your[-_]?secret|x{6,}/i;

const MIN_SECRET_LENGTH = 16;

function secret(what: string) {
  return z
    .string({ error: 'is not set' })
    .min(MIN_SECRET_LENGTH, `is shorter than ${MIN_SECRET_LENGTH} characters`)
    .refine((value) => !PLACEHOLDER_SECRET.test(value), 'is a placeholder, not a secret')
    .describe(what);
}

function port(fallback: number) {
  return z.coerce
    .number({ error: 'must be a port number' })
    .int('must be a whole number')
    .min(1, 'must be between 1 and 65535')
    .max(65535, 'must be between 1 and 65535')
    .default(fallback);
}

function httpUrl() {
  return z
    .url({ protocol: /^https?$/, error: 'must be an absolute http:// or https:// URL' })
    .transform((value) => value.replace(/\/+$/, ''));
}

const flag = z.stringbool({ error: 'must be true or false' });

export const cmsEnvSchema = z.object({
  /** Interface Strapi listens on; 127.0.0.1 keeps a fresh admin off the network. */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Port of the CMS (REST API and admin). */
  PORT: port(1337),
  /** Public address of the CMS when it sits behind a proxy; used in admin links. */
  PUBLIC_URL: httpUrl().optional(),
  /** Keys that sign session cookies: two or more random strings, comma-separated. */
  APP_KEYS: z
    .string({ error: 'is not set' })
    .transform((value) => value.split(',').map((key) => key.trim()))
    .pipe(
      z
        .array(secret('app key'))
        .min(2, 'needs at least two comma-separated keys so that keys can be rotated'),
    ),
  API_TOKEN_SALT: secret('salt of API token hashes'),
  ADMIN_JWT_SECRET: secret('secret of admin sessions'),
  TRANSFER_TOKEN_SALT: secret('salt of transfer token hashes'),
  JWT_SECRET: secret('secret of member (users-permissions) tokens'),
  ENCRYPTION_KEY: secret('key that encrypts stored API tokens'),
  /** Signs preview links to drafts; the site checks them with the same value. */
  PREVIEW_SECRET: secret('secret of preview links, shared with the site'),
  /** PostgreSQL connection string; when unset, the embedded SQLite database is used. */
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// connection URL' })
    .optional(),
  /** SQLite file, relative to the cms folder. */
  DATABASE_FILENAME: z.string().min(1).default('.tmp/data.db'),
  /** Require TLS for the PostgreSQL connection. */
  DATABASE_SSL: flag.default(false),
  /** Largest number of PostgreSQL connections each CMS process holds. */
  DATABASE_POOL_MAX: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(2, 'must be at least 2')
    .default(10),
  /**
   * Public address of the storefront: preview links point at it, and CORS and the admin's
   * preview frame allow its origin.
   */
  SITE_URL: httpUrl().default('http://localhost:4321'),
  /** Least important level Strapi's logger writes; `http` includes one line per request. */
  LOG_LEVEL: z
    .enum(['error', 'warn', 'info', 'http', 'verbose', 'debug'], {
      error: 'must be error, warn, info, http, verbose or debug',
    })
    .default('http'),
});
export type CmsEnv = z.output<typeof cmsEnvSchema>;

export const cmsEnvFixes: EnvFixes<typeof cmsEnvSchema> = {
  APP_KEYS: 'Delete cms/.env and run `npm start` to generate fresh secrets, or set it yourself.',
  API_TOKEN_SALT: 'Set a random value of 16+ characters (e.g. `openssl rand -base64 24`).',
  ADMIN_JWT_SECRET: 'Set a random value of 16+ characters (e.g. `openssl rand -base64 24`).',
  TRANSFER_TOKEN_SALT: 'Set a random value of 16+ characters (e.g. `openssl rand -base64 24`).',
  JWT_SECRET: 'Set a random value of 16+ characters (e.g. `openssl rand -base64 24`).',
  ENCRYPTION_KEY: 'Set a random value of 16+ characters (e.g. `openssl rand -base64 24`).',
  PREVIEW_SECRET:
    'Delete the line from cms/.env and run `npm start` to generate one, or set a random value ' +
    'of 16+ characters (e.g. `openssl rand -base64 24`) here and on the site.',
  DATABASE_URL:
    'Use the form postgres://user:password@host:5432/database, or unset it to use SQLite.',
  PORT: 'Choose a free port, e.g. 1337.',
  SITE_URL: 'Use the address visitors open, e.g. https://www.example.cn.',
  PUBLIC_URL: 'Use the address editors open, e.g. https://cms.example.cn, or unset it.',
};

export const siteEnvSchema = z.object({
  /** Interface the site listens on. */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Port of the site. */
  PORT: port(4321),
  /** Address the site's server uses to reach the CMS (never exposed to browsers). */
  CMS_URL: httpUrl().default('http://127.0.0.1:1337'),
  /** Read-only API token for the CMS; the public role is used when unset. */
  CMS_API_TOKEN: z.string().min(1).optional(),
  /**
   * Token the site forwards visitors' submissions with. Without it they go as the Public role,
   * and the CMS's per-address limit then counts every visitor as the site's one address.
   */
  CMS_WRITE_TOKEN: z.string().min(1).optional(),
  /**
   * The CMS's PREVIEW_SECRET, with which the site checks preview links. Unset, /preview answers
   * 404: the site then shows published content only.
   */
  PREVIEW_SECRET: secret('secret of preview links, the same as the CMS').optional(),
  /** How long one CMS request may take before the site gives up, in milliseconds. */
  CMS_TIMEOUT_MS: z.coerce
    .number({ error: 'must be a number of milliseconds' })
    .int('must be a whole number')
    .min(100, 'must be at least 100')
    .default(5000),
  /** Address visitors and search engines see; canonical URLs are built from it. */
  PUBLIC_SITE_URL: httpUrl().default('http://localhost:4321'),
  /**
   * How many proxies in front of the site add to X-Forwarded-For (a CDN, a load balancer,
   * nginx). 0 ignores the header, so that nobody can pose as another address to get round the
   * per-visitor limits; set it to the real number of hops behind a proxy, or every visitor
   * counts as the proxy's one address.
   */
  TRUSTED_PROXY_HOPS: z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(0, 'must be 0 or more')
    .max(5, 'must be at most 5')
    .default(0),
  /** URLs per child sitemap: the protocol's maximum unless a test lowers it to see the split. */
  SITEMAP_URL_LIMIT: z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(1, `must be between 1 and ${MAX_URLS_PER_SITEMAP}`)
    .max(MAX_URLS_PER_SITEMAP, `must be between 1 and ${MAX_URLS_PER_SITEMAP}`)
    .default(MAX_URLS_PER_SITEMAP),
  /** Least important log level written. */
  LOG_LEVEL: z
    .enum(['debug', 'info', 'warn', 'error'], { error: 'must be debug, info, warn or error' })
    .default('info'),
});
export type SiteEnv = z.output<typeof siteEnvSchema>;

export const siteEnvFixes: EnvFixes<typeof siteEnvSchema> = {
  PORT: 'Choose a free port, e.g. 4321.',
  CMS_URL: 'Point it at the CMS, e.g. http://127.0.0.1:1337.',
  PREVIEW_SECRET: "Use the CMS's PREVIEW_SECRET (in cms/.env), or unset it to turn preview off.",
  PUBLIC_SITE_URL: 'Use the address visitors open, e.g. https://www.example.cn.',
  TRUSTED_PROXY_HOPS: 'Count the proxies in front of the site: 0 without one, 1 behind nginx.',
  SITEMAP_URL_LIMIT: `Leave it unset for ${MAX_URLS_PER_SITEMAP}, the most a sitemap may hold.`,
};

type EnvFixes<S extends z.ZodObject> = Partial<Record<keyof z.input<S>, string>>;

/** A configuration problem, worded for the operator who has to fix it. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly problem: string,
    readonly fix: string | undefined,
    readonly moreProblems: number,
  ) {
    const more = moreProblems > 0 ? ` (${moreProblems} more after this one)` : '';
    super(`${variable} ${problem}.${fix ? ` ${fix}` : ''}${more}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses environment variables with `schema`. Empty strings count as unset, so that an empty
 * line in a `.env` file falls back to the default instead of failing in a confusing way.
 */
export function parseEnv<S extends z.ZodObject>(
  schema: S,
  env: Record<string, string | undefined>,
  fixes: EnvFixes<S> = {},
): z.output<S> {
  const present = Object.fromEntries(
    Object.keys(schema.shape)
      .map((name) => [name, env[name]?.trim()] as const)
      .filter(([, value]) => value !== undefined && value !== ''),
  );
  const result = schema.safeParse(present);
  if (result.success) return result.data;

  const [first, ...rest] = result.error.issues;
  const variable = String(first.path[0] ?? 'environment');
  const problem =
    first.path.length > 1 ? `item ${Number(first.path[1]) + 1} ${first.message}` : first.message;
  throw new ConfigError(variable, problem, fixes[variable as keyof z.input<S>], rest.length);
}
