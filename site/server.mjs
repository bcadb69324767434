// Production entry: checks the configuration before Astro's standalone server starts, so that
// a bad variable ends the process with one line instead of a stack trace on the first request.
import { ConfigError, parseEnv, siteEnvFixes, siteEnvSchema } from '@huijiu/shared';

try {
  parseEnv(siteEnvSchema, process.env, siteEnvFixes);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`huijiu-site: configuration error: ${error.message}\n`);
  process.exit(1);
}

await import('./dist/server/entry.mjs');
