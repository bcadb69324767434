// Production entry: checks the configuration before the server starts, so that a bad variable
// ends the process with one line instead of a stack trace on the first request. It runs
// Astro's standalone handler in its own HTTP server, because Astro believes any
// X-Forwarded-For it is sent, which would let a visitor pose as someone else to get round the
// per-visitor limits on sign-up, log-in and feedback.
import http from 'node:http';

import {
  ConfigError,
  forwardedClientAddress,
  parseEnv,
  siteEnvFixes,
  siteEnvSchema,
} from '@huijiu/shared';

let env;
try {
  env = parseEnv(siteEnvSchema, process.env, siteEnvFixes);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`huijiu-site: configuration error: ${error.message}\n`);
  process.exit(1);
}

process.env.ASTRO_NODE_AUTOSTART = 'disabled';
const { handler } = await import('./dist/server/entry.mjs');

const server = http.createServer((request, response) => {
  const visitor = forwardedClientAddress(
    request.headers['x-forwarded-for'],
    env.TRUSTED_PROXY_HOPS,
  );
  // Astro reads the visitor from this header when present, else from the connection.
  if (visitor) request.headers['x-forwarded-for'] = visitor;
  else delete request.headers['x-forwarded-for'];
  handler(request, response);
});

server.listen(env.PORT, env.HOST, () => {
  const line = { time: new Date().toISOString(), level: 'info', msg: 'site listening' };
  process.stdout.write(`${JSON.stringify({ ...line, url: `http://${env.HOST}:${env.PORT}` })}\n`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => server.close(() => process.exit(0)));
}
