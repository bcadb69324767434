import { ConfigError, cmsEnvFixes, cmsEnvSchema, parseEnv, type CmsEnv } from '@huijiu/shared';

let parsed: CmsEnv | undefined;

/**
 * The CMS's configuration, parsed from the environment (Strapi has loaded `cms/.env` into it
 * by the time config files run). A bad value ends the process with one line instead of the
 * stack trace Strapi would print for a config file that throws.
 */
export function loadCmsEnv(env: NodeJS.ProcessEnv = process.env): CmsEnv {
  if (parsed && env === process.env) return parsed;

  try {
    const result = parseEnv(cmsEnvSchema, env, cmsEnvFixes);
    if (env === process.env) parsed = result;
    return result;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`huijiu-cms: configuration error: ${error.message}\n`);
    process.exit(1);
  }
}
