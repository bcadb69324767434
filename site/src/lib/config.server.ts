import { parseEnv, siteEnvFixes, siteEnvSchema, type SiteEnv } from '@huijiu/shared';

let config: SiteEnv | undefined;

/**
 * The site's configuration. `server.mjs` has already checked it before the server started,
 * so in production this cannot fail; in `astro dev` a bad value fails the first request.
 */
export function siteConfig(): SiteEnv {
  config ??= parseEnv(siteEnvSchema, process.env, siteEnvFixes);
  return config;
}
