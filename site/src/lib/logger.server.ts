import { siteConfig } from './config.server';

type Level = 'debug' | 'info' | 'warn' | 'error';

const RANK: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

type Fields = Record<string, unknown>;

/** Turns an error into plain fields, keeping the chain of causes. */
function serializeError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const { name, message, stack } = error;
  const own = Object.fromEntries(Object.entries(error));

  return { ...own, name, message, stack, cause: serializeError(error.cause) };
}

function write(level: Level, message: string, fields: Fields = {}): void {
  if (RANK[level] < RANK[siteConfig().LOG_LEVEL]) return;

  const { err, ...rest } = fields;
  const line = {
    time: new Date().toISOString(),
    level,
    msg: message,
    ...rest,
    ...(err === undefined ? {} : { err: serializeError(err) }),
  };
  const stream = RANK[level] >= RANK.warn ? process.stderr : process.stdout;
  stream.write(`${JSON.stringify(line)}\n`);
}

/** The site's one logger: a JSON line per event, on stdout (stderr from `warn` up). */
export const log = {
  debug: (message: string, fields?: Fields) => write('debug', message, fields),
  info: (message: string, fields?: Fields) => write('info', message, fields),
  warn: (message: string, fields?: Fields) => write('warn', message, fields),
  error: (message: string, fields?: Fields) => write('error', message, fields),
};
