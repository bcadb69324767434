// Offline checks of the production Docker files: no Docker engine runs here or in CI, so the
// compose file is validated against the Compose schema with dclint, and the Dockerfiles, the
// compose file and the env example are checked against the repository and against each other.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { DCLinter } from 'dclint';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

import { cmsEnvSchema, siteEnvSchema } from '../shared/src/env';

const root = path.resolve(__dirname, '..');
const read = (relative: string) => readFileSync(path.join(root, relative), 'utf8');

const COMPOSE_FILE = 'docker-compose.yml';
const ENV_EXAMPLE = '.env.production.example';
const ENV_FILE = '.env.production';
const BASE_IMAGE = 'node:20-bookworm-slim';
/** Where both images keep the repository (`WORKDIR /app` in their base stage). */
const APP_DIR = '/app';

const APPS = [
  {
    service: 'cms',
    workspace: 'cms',
    dockerfile: 'cms/Dockerfile',
    command: ['node', '../node_modules/@strapi/strapi/bin/strapi.js', 'start'],
    port: 1337,
    schema: cmsEnvSchema,
  },
  {
    service: 'site',
    workspace: 'site',
    dockerfile: 'site/Dockerfile',
    command: ['node', 'server.mjs'],
    port: 4321,
    schema: siteEnvSchema,
  },
] as const;

/** Variables an app reads that the production stack deliberately leaves unset. */
const UNSET_IN_PRODUCTION: Record<(typeof APPS)[number]['service'], Record<string, string>> = {
  cms: { DATABASE_FILENAME: 'SQLite only; the stack uses PostgreSQL through DATABASE_URL' },
  site: {
    SITEMAP_URL_LIMIT: 'tests lower it to see a split; production keeps the protocol maximum',
  },
};

/** Names of variables that hold credentials. */
const SECRET_NAME = /(?:KEYS?|SECRET|SALT|PASSWORD|TOKEN)$/;

// ---------------------------------------------------------------------------------------------
// docker-compose.yml, read into the shapes these tests need

const envValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

const environmentSchema = z
  .union([z.record(z.string(), envValue), z.array(z.string())])
  .transform((environment): Record<string, string> => {
    const entries = Array.isArray(environment)
      ? environment.map((entry) => {
          const equals = entry.indexOf('=');
          return equals === -1 ? [entry, ''] : [entry.slice(0, equals), entry.slice(equals + 1)];
        })
      : Object.entries(environment).map(([name, value]) => [
          name,
          value === null ? '' : `${value}`,
        ]);
    return Object.fromEntries(entries);
  });

const volumeMountSchema = z
  .union([
    z.string(),
    z.looseObject({ type: z.string().optional(), source: z.string(), target: z.string() }),
  ])
  .transform((mount) => {
    if (typeof mount !== 'string') return { source: mount.source, target: mount.target };
    const [source = '', target = ''] = mount.split(':');
    return { source, target };
  });

const portSchema = z.looseObject(
  {
    host_ip: z.string(),
    target: z.coerce.number(),
    published: z.union([z.string(), z.number()]).transform(String),
  },
  {
    error: 'must use the long syntax (host_ip, target, published), which this test reads',
  },
);

const serviceSchema = z.looseObject({
  image: z.string().optional(),
  build: z
    .union([z.string(), z.looseObject({ context: z.string(), dockerfile: z.string().optional() })])
    .transform((build) => ({
      context: typeof build === 'string' ? build : build.context,
      dockerfile: (typeof build === 'string' ? undefined : build.dockerfile) ?? 'Dockerfile',
    }))
    .optional(),
  depends_on: z
    .union([z.array(z.string()), z.record(z.string(), z.looseObject({ condition: z.string() }))])
    .transform((dependsOn) =>
      Array.isArray(dependsOn)
        ? Object.fromEntries(dependsOn.map((name) => [name, 'service_started']))
        : Object.fromEntries(
            Object.entries(dependsOn).map(([name, { condition }]) => [name, condition]),
          ),
    )
    .optional(),
  volumes: z.array(volumeMountSchema).default([]),
  environment: environmentSchema.default({}),
  env_file: z
    .union([z.string(), z.array(z.union([z.string(), z.looseObject({ path: z.string() })]))])
    .transform((files) =>
      (Array.isArray(files) ? files : [files]).map((file) =>
        typeof file === 'string' ? file : file.path,
      ),
    )
    .default([]),
  ports: z.array(portSchema).default([]),
  healthcheck: z.looseObject({ test: z.union([z.string(), z.array(z.string())]) }).optional(),
});
type Service = z.output<typeof serviceSchema>;

const composeSchema = z.looseObject({
  services: z.record(z.string(), serviceSchema),
  volumes: z.record(z.string(), z.unknown()).default({}),
});

function loadCompose() {
  const result = composeSchema.safeParse(parseYaml(read(COMPOSE_FILE)) as unknown);
  if (result.success) return result.data;

  const issues = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  throw new Error(`${COMPOSE_FILE} has an unexpected shape:\n  ${issues.join('\n  ')}`);
}

/** Every string value in a parsed YAML document, however deep. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

const composeStrings = () => stringsIn(parseYaml(read(COMPOSE_FILE)) as unknown);

interface Interpolation {
  text: string;
  name: string;
  /** `:-` or `-` (default), `:?` or `?` (required), or '' for a bare `${NAME}`. */
  operator: string;
  argument: string;
}

/** `${NAME}`, `${NAME:-default}`, `${NAME:?message}` and friends; `$${...}` is an escape. */
const INTERPOLATION = /(?<!\$)\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}/g;

function interpolationsIn(value: string): Interpolation[] {
  return [...value.matchAll(INTERPOLATION)].map((match) => ({
    text: match[0],
    name: match[1],
    operator: match[2] ?? '',
    argument: match[3] ?? '',
  }));
}

/** The value compose uses when no variable is set: defaults filled in, the rest empty. */
const withDefaults = (value: string) =>
  value.replace(INTERPOLATION, (_text, _name, operator: string | undefined, argument = '') =>
    operator === '-' || operator === ':-' ? argument : '',
  );

/** What the problem with one environment value is, if it could carry a secret in the file. */
function literalSecretProblem(name: string, value: string): string | undefined {
  const [only] = interpolationsIn(value);
  const isOneInterpolation = only !== undefined && only.text === value;

  if (SECRET_NAME.test(name)) {
    if (!isOneInterpolation) return 'is a credential but not a ${VAR} taken from the env file';
    if (only.operator.includes('-') && only.argument !== '') {
      return `falls back to the literal "${only.argument}"`;
    }
  }

  const password = /\/\/[^/:@\s]*:([^@\s]*)@/.exec(value)?.[1];
  if (password !== undefined && !/^\$\{[^}]+\}$/.test(password)) {
    return 'has a literal password in its URL';
  }

  const literal = value.replace(INTERPOLATION, ' ');
  const randomLooking = (literal.match(/[A-Za-z0-9+/=_-]{20,}/g) ?? []).find(
    (run) => /[A-Za-z]/.test(run) && /[0-9]/.test(run),
  );
  if (randomLooking) return `contains "${randomLooking}", which looks like a key`;

  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Dockerfiles

interface Instruction {
  keyword: string;
  args: string;
  line: number;
  /** Working directory in effect when the instruction runs. */
  workdir: string;
}

interface Stage {
  name: string | undefined;
  /** The image or earlier stage this stage starts from. */
  from: string;
  instructions: Instruction[];
  /** ENV values in effect at the end of the stage, including those of its parent stage. */
  env: Record<string, string>;
  workdir: string;
}

/** Splits a Dockerfile into stages of instructions, with line continuations joined. */
function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = [];
  let pending = '';
  let startLine = 0;

  text.split('\n').forEach((raw, index) => {
    const line = raw.trimEnd();
    const isComment = line.trimStart().startsWith('#');
    if (isComment || (pending === '' && line.trim() === '')) return;
    if (pending === '') startLine = index + 1;
    if (line.endsWith('\\')) {
      pending += line.slice(0, -1);
      return;
    }

    const full = `${pending}${line}`.trim();
    pending = '';
    const [keyword, args = ''] = full.split(/\s+(.*)/s);
    const upper = keyword.toUpperCase();

    if (upper === 'FROM') {
      const [from, as, name] = args.split(/\s+/);
      const parent = stages.find((stage) => stage.name === from);
      stages.push({
        name: as?.toUpperCase() === 'AS' ? name : undefined,
        from,
        instructions: [],
        env: { ...parent?.env },
        workdir: parent?.workdir ?? '/',
      });
      return;
    }

    const stage = stages.at(-1);
    if (!stage) return;
    stage.instructions.push({ keyword: upper, args, line: startLine, workdir: stage.workdir });
    if (upper === 'WORKDIR') stage.workdir = path.posix.resolve(stage.workdir, args);
    if (upper === 'ENV') Object.assign(stage.env, parseEnvInstruction(args));
  });

  return stages;
}

/** `ENV A=1 B="two words"`; the legacy `ENV A 1` form is not used in this repository. */
function parseEnvInstruction(args: string): Record<string, string> {
  const pairs = args.match(/[A-Za-z_][A-Za-z0-9_]*=(?:"[^"]*"|\S*)/g) ?? [];
  return Object.fromEntries(
    pairs.map((pair) => {
      const equals = pair.indexOf('=');
      return [pair.slice(0, equals), pair.slice(equals + 1).replace(/^"(.*)"$/, '$1')];
    }),
  );
}

interface Copy {
  from: string | undefined;
  sources: string[];
  destination: string;
}

const COPY_FLAG = /^--([a-z-]+)(?:=(\S+))?\s+/;

function parseCopy(args: string): Copy {
  let rest = args.trim();
  let from: string | undefined;
  let flag: RegExpExecArray | null;
  while ((flag = COPY_FLAG.exec(rest))) {
    if (flag[1] === 'from') from = flag[2];
    rest = rest.slice(flag[0].length);
  }

  const parts = rest.startsWith('[')
    ? z.array(z.string()).parse(JSON.parse(rest))
    : rest.split(/\s+/);
  return { from, sources: parts.slice(0, -1), destination: parts.at(-1) ?? '' };
}

/** The exec-form command of an instruction such as `CMD ["node", "server.mjs"]`. */
function execForm(args: string): string[] {
  return z.array(z.string()).parse(JSON.parse(args.trim()));
}

/** The command of `HEALTHCHECK [--option=value ...] CMD [...]`. */
function healthcheckCommand(dockerfile: string, instruction: Instruction | undefined): string[] {
  if (!instruction) throw new Error(`${dockerfile} has no HEALTHCHECK in its last stage`);
  const command = /(?:^|\s)CMD\s+(\[.*\])$/s.exec(instruction.args);
  if (!command) throw new Error(`${dockerfile}:${instruction.line} has no exec-form CMD`);
  return execForm(command[1]);
}

function loadDockerfile(relative: string) {
  const stages = parseDockerfile(read(relative));
  const runtime = stages.at(-1);
  if (!runtime) throw new Error(`${relative} has no FROM`);
  const last = (keyword: string) =>
    runtime.instructions.filter((instruction) => instruction.keyword === keyword).at(-1);

  return { stages, runtime, last };
}

// ---------------------------------------------------------------------------------------------
// .dockerignore, with Docker's matching: later patterns win, `!` re-includes, a matching folder
// takes its contents with it

function dockerignoreRules() {
  return read('.dockerignore')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const negate = line.startsWith('!');
      const pattern = path.posix.normalize(line.slice(negate ? 1 : 0)).replace(/^\/+|\/+$/g, '');
      const source = pattern
        .split(/(\*\*\/|\*\*|\*|\?)/)
        .map((part) => {
          if (part === '**/') return '(?:.*/)?';
          if (part === '**') return '.*';
          if (part === '*') return '[^/]*';
          if (part === '?') return '[^/]';
          return part.replace(/[.+^${}()|[\]\\]/g, '\\$&');
        })
        .join('');
      return { negate, regex: new RegExp(`^${source}$`) };
    });
}

function isIgnoredByDocker(relative: string): boolean {
  const segments = path.posix.normalize(relative).split('/');
  const candidates = segments.map((_segment, index) => segments.slice(0, index + 1).join('/'));
  let ignored = false;
  for (const rule of dockerignoreRules()) {
    if (candidates.some((candidate) => rule.regex.test(candidate))) ignored = !rule.negate;
  }
  return ignored;
}

// ---------------------------------------------------------------------------------------------
// .env.production.example

interface ExampleVariable {
  name: string;
  value: string;
  /** The comment line right above the variable, or '' when there is none. */
  comment: string;
}

function loadEnvExample(): ExampleVariable[] {
  const lines = read(ENV_EXAMPLE).split('\n');
  return lines.flatMap((line, index) => {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (!match) return [];
    const above = lines[index - 1] ?? '';
    return [{ name: match[1], value: match[2], comment: above.startsWith('#') ? above : '' }];
  });
}

const workspaceManifest = z.object({
  dependencies: z.record(z.string(), z.string()).default({}),
});
const installedManifest = z.object({
  bin: z.union([z.string(), z.record(z.string(), z.string())]),
});

/** Keys of an env schema that have neither a default nor `.optional()`. */
const requiredKeys = (schema: z.ZodObject) =>
  Object.entries(schema.shape)
    .filter(([, field]) => !field.safeParse(undefined).success)
    .map(([name]) => name);

/**
 * What is wrong with the file a Dockerfile's `CMD ["node", file]` starts: it must exist in the
 * repository and reach the runtime stage, or come from a production dependency's `bin`.
 */
function startedFileProblems(
  app: (typeof APPS)[number],
  runtime: Stage,
  cmd: Instruction,
): string[] {
  const [, script = ''] = execForm(cmd.args);
  const inImage = path.posix.resolve(cmd.workdir, script);
  const relative = path.posix.relative(APP_DIR, inImage);
  const where = `${app.dockerfile}:${cmd.line}`;
  if (relative.startsWith('..')) return [`${where} starts ${inImage}, outside ${APP_DIR}`];
  if (!existsSync(path.join(root, relative))) {
    return [`${where} starts ${inImage}, but ${relative} does not exist in the repository`];
  }

  const inPackage = /^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\/(.+)$/.exec(relative);
  if (inPackage) {
    const [, packageDir, packageName, file] = inPackage;
    const manifest = workspaceManifest.parse(JSON.parse(read(`${app.workspace}/package.json`)));
    const { bin } = installedManifest.parse(JSON.parse(read(`${packageDir}/package.json`)));
    const bins = (typeof bin === 'string' ? [bin] : Object.values(bin)).map(path.posix.normalize);
    return [
      // The runtime image installs production dependencies only.
      ...(packageName in manifest.dependencies
        ? []
        : [`${where} starts ${packageName}, which is not in ${app.workspace}'s dependencies`]),
      ...(bins.includes(file)
        ? []
        : [`${where} starts ${file}, which is no bin of ${packageName}`]),
    ];
  }

  const copied = runtime.instructions
    .filter(({ keyword }) => keyword === 'COPY')
    .flatMap(({ args }) => {
      const copy = parseCopy(args);
      return copy.sources.map((source) =>
        copy.from === undefined ? source : path.posix.relative(APP_DIR, source),
      );
    })
    .map((source) => source.replace(/\/+$/, ''))
    // Copying the whole of /app from the dependency stage brings manifests, not sources.
    .filter((source) => source !== '' && !source.startsWith('..'));
  const isCopied = copied.some(
    (source) => relative === source || relative.startsWith(`${source}/`),
  );
  return isCopied ? [] : [`${where} starts ${relative}, which no COPY of the last stage brings`];
}

// ---------------------------------------------------------------------------------------------

describe(COMPOSE_FILE, () => {
  const compose = loadCompose();
  const service = (name: string): Service => {
    const found = compose.services[name];
    if (!found) throw new Error(`${COMPOSE_FILE} has no service "${name}"`);
    return found;
  };

  it('passes the Compose schema and every dclint rule', () => {
    // No rule is switched off: none fights this file, and schema validation cannot be.
    const linter = new DCLinter({ rules: {}, quiet: false, debug: false, exclude: [] });

    const results = linter.lintFiles([path.join(root, COMPOSE_FILE)], false);

    expect(results).toHaveLength(1);
    const messages = results.flatMap((result) =>
      result.messages.map((m) => `line ${m.line}: [${m.rule}] ${m.message}`),
    );
    expect(messages).toEqual([]);
  });

  it('runs postgres, cms and site', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['cms', 'postgres', 'site']);
    expect(service('postgres').image).toBe('postgres:16-alpine');
  });

  it('builds each app from the repository root with its own Dockerfile', () => {
    const missing = Object.entries(compose.services).flatMap(([name, { build }]) => {
      if (!build) return [];
      const context = path.join(root, build.context);
      const dockerfile = path.join(context, build.dockerfile);
      return [
        ...(existsSync(context) ? [] : [`${name}: build context ${build.context} does not exist`]),
        ...(existsSync(dockerfile) ? [] : [`${name}: ${build.dockerfile} does not exist`]),
      ];
    });

    expect(missing).toEqual([]);
    for (const app of APPS) {
      expect(service(app.service).build).toEqual({ context: '.', dockerfile: app.dockerfile });
    }
  });

  it('gives every built service a health check, the same probe as its image', () => {
    const unchecked = Object.entries(compose.services)
      .filter(([, { build, healthcheck }]) => build && !healthcheck)
      .map(([name]) => name);

    expect(unchecked).toEqual([]);
    for (const app of APPS) {
      const { last } = loadDockerfile(app.dockerfile);
      const probe = healthcheckCommand(app.dockerfile, last('HEALTHCHECK'));
      expect(service(app.service).healthcheck?.test).toEqual(['CMD', ...probe]);
      expect(probe.join(' ')).toContain("'/_health'");
    }
    expect(service('postgres').healthcheck?.test).toEqual([
      'CMD-SHELL',
      'pg_isready -U "$${POSTGRES_USER}" -d "$${POSTGRES_DB}"',
    ]);
  });

  it('starts postgres, then cms once postgres is healthy, then site once cms is healthy', () => {
    expect(service('postgres').depends_on).toBeUndefined();
    expect(service('cms').depends_on).toEqual({ postgres: 'service_healthy' });
    expect(service('site').depends_on).toEqual({ cms: 'service_healthy' });
  });

  it('keeps the database and the uploads in the named volumes db-data and uploads', () => {
    const declared = Object.keys(compose.volumes).sort();
    const mounted = Object.values(compose.services)
      .flatMap(({ volumes }) => volumes.map(({ source }) => source))
      .filter((source) => !source.startsWith('.') && !source.startsWith('/'))
      .sort();

    expect(declared).toEqual(['db-data', 'uploads']);
    expect(mounted).toEqual(declared);
    expect(service('postgres').volumes).toEqual([
      { source: 'db-data', target: '/var/lib/postgresql/data' },
    ]);
    expect(service('cms').volumes).toEqual([
      { source: 'uploads', target: '/app/cms/public/uploads' },
    ]);
  });

  it('publishes each app on the port its image exposes, bound to a chosen interface', () => {
    for (const app of APPS) {
      const ports = service(app.service).ports.map((port) => ({
        hostIp: withDefaults(port.host_ip),
        published: withDefaults(port.published),
        target: port.target,
      }));
      expect(ports).toEqual([{ hostIp: '127.0.0.1', published: `${app.port}`, target: app.port }]);
    }
    expect(service('postgres').ports).toEqual([]);
  });

  it('points the CMS at the postgres service and the site at the cms service', () => {
    const databaseUrl = withDefaults(service('cms').environment.DATABASE_URL ?? '');

    expect(databaseUrl).toBe('postgres://huijiu:@postgres:5432/huijiu');
    expect(service('cms').env_file).toEqual([ENV_FILE]);
    expect(service('site').environment.CMS_URL).toBe('http://cms:1337');
  });

  it('holds no literal secrets: credentials come from the env file', () => {
    const problems = Object.entries(compose.services).flatMap(([name, { environment }]) =>
      Object.entries(environment).flatMap(([variable, value]) => {
        const problem = literalSecretProblem(variable, value);
        return problem ? [`${name}.environment.${variable} ${problem}`] : [];
      }),
    );

    expect(problems).toEqual([]);
  });

  it('never substitutes an unset variable silently: each ${VAR} has a default or a message', () => {
    const bare = composeStrings()
      .flatMap(interpolationsIn)
      .filter(({ operator }) => operator === '')
      .map(({ text }) => text);

    expect(bare).toEqual([]);
  });
});

describe.each(APPS)('$dockerfile', (app) => {
  const { stages, runtime, last } = loadDockerfile(app.dockerfile);
  const stageNames = stages.map((stage) => stage.name);

  it(`starts every stage from ${BASE_IMAGE}`, () => {
    const external = stages.map((stage) => stage.from).filter((from) => !stageNames.includes(from));

    expect(external.length).toBeGreaterThan(0);
    expect(external.filter((from) => from !== BASE_IMAGE)).toEqual([]);
  });

  it('copies only paths that exist in the repository and reach the build context', () => {
    const problems = stages.flatMap((stage, stageIndex) =>
      stage.instructions
        .filter(({ keyword }) => keyword === 'COPY' || keyword === 'ADD')
        .flatMap(({ keyword, args, line }) => {
          const where = `${app.dockerfile}:${line}`;
          const copy = parseCopy(args);
          if (keyword === 'ADD') return [`${where} uses ADD; COPY says what it does`];

          if (copy.from !== undefined) {
            const earlier = stageNames.slice(0, stageIndex);
            return earlier.includes(copy.from)
              ? []
              : [`${where} copies from "${copy.from}", which is not a stage above it`];
          }

          return copy.sources.flatMap((source) => {
            if (/[*?[]/.test(source)) return [`${where} copies ${source}; name the paths instead`];
            if (!existsSync(path.join(root, source))) {
              return [`${where} copies ${source}, which does not exist in the repository`];
            }
            if (isIgnoredByDocker(source)) {
              return [`${where} copies ${source}, which .dockerignore leaves out of the context`];
            }
            return [];
          });
        }),
    );

    expect(problems).toEqual([]);
  });

  it(`runs as node, in production, on 0.0.0.0:${app.port}, from /app/${app.workspace}`, () => {
    expect(last('USER')?.args).toBe('node');
    expect(runtime.env).toMatchObject({ NODE_ENV: 'production', HOST: '0.0.0.0' });
    expect(runtime.env.PORT).toBe(`${app.port}`);
    expect(last('EXPOSE')?.args).toBe(`${app.port}`);
    expect(last('CMD')?.workdir).toBe(`${APP_DIR}/${app.workspace}`);
  });

  it('starts a file that the runtime image contains', () => {
    const cmd = last('CMD');
    if (!cmd) throw new Error(`${app.dockerfile} has no CMD`);

    expect(last('ENTRYPOINT')).toBeUndefined();
    expect(execForm(cmd.args)).toEqual(app.command);
    expect(startedFileProblems(app, runtime, cmd)).toEqual([]);
  });
});

describe('cms/Dockerfile', () => {
  const { stages, last } = loadDockerfile('cms/Dockerfile');

  it('builds the admin with a generated throwaway value for every required secret', () => {
    const build = stages
      .flatMap((stage) => stage.instructions)
      .find(({ keyword, args }) => keyword === 'RUN' && args.includes('build -w @huijiu/cms'));
    if (!build) throw new Error('cms/Dockerfile has no RUN with `npm run build -w @huijiu/cms`');

    const notGenerated = requiredKeys(cmsEnvSchema)
      .filter((name) => !new RegExp(`\\b${name}="\\$\\(`).test(build.args))
      .map((name) => `${name} gets no generated value (${name}="$(...)") in that RUN`);

    expect(notGenerated).toEqual([]);
    expect(build.args).toContain('NODE_ENV=production');
  });

  it('hands the folder compose mounts the uploads volume on to the node user', () => {
    const compose = loadCompose();
    const uploads = compose.services.cms?.volumes.find(({ source }) => source === 'uploads');
    const runs = stages.at(-1)?.instructions.filter(({ keyword }) => keyword === 'RUN') ?? [];

    expect(uploads?.target).toBe('/app/cms/public/uploads');
    expect(runs.map(({ args }) => args)).toContainEqual(
      expect.stringContaining(`chown node:node ${uploads?.target}`),
    );
    expect(last('USER')?.args).toBe('node');
  });
});

describe(ENV_EXAMPLE, () => {
  const example = loadEnvExample();
  const names = example.map(({ name }) => name);
  const compose = loadCompose();
  const interpolated = [
    ...new Set(
      composeStrings()
        .flatMap(interpolationsIn)
        .map(({ name }) => name),
    ),
  ].sort();

  it('lists each variable once', () => {
    const repeated = names.filter((name, index) => names.indexOf(name) !== index);

    expect(repeated.map((name) => `${name} is listed more than once`)).toEqual([]);
  });

  it(`lists every variable ${COMPOSE_FILE} substitutes`, () => {
    const missing = interpolated.filter((name) => !names.includes(name));

    expect(missing.map((name) => `${name} is substituted in compose but not listed`)).toEqual([]);
  });

  it('lists only variables that compose or the CMS (through env_file) reads', () => {
    const consumed = new Set([...interpolated, ...Object.keys(cmsEnvSchema.shape)]);

    const unused = names.filter((name) => !consumed.has(name));

    expect(unused.map((name) => `${name} is read by neither compose nor the CMS`)).toEqual([]);
  });

  it('leaves every secret empty, each with a comment saying how to generate it', () => {
    const generated = [...requiredKeys(cmsEnvSchema), 'POSTGRES_PASSWORD'];
    const problems = example.flatMap(({ name, value, comment }) => [
      ...(SECRET_NAME.test(name) && value !== '' ? [`${name} has a value in the example`] : []),
      ...(generated.includes(name) && !comment.includes('openssl rand')
        ? [`${name} has no "openssl rand" comment right above it`]
        : []),
    ]);

    const unlisted = generated.filter((name) => !names.includes(name));

    expect(unlisted.map((name) => `${name} is not listed`)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it.each(APPS)('with compose and the image, sets every variable $service reads', (app) => {
    const { runtime } = loadDockerfile(app.dockerfile);
    const service = compose.services[app.service];
    const fromEnvFile = service?.env_file.includes(ENV_FILE) ? names : [];
    const set = new Set([
      ...Object.keys(runtime.env),
      ...Object.keys(service?.environment ?? {}),
      ...fromEnvFile,
      ...Object.keys(UNSET_IN_PRODUCTION[app.service]),
    ]);

    const unset = Object.keys(app.schema.shape).filter((name) => !set.has(name));

    expect(
      unset.map((name) => `${name} is set by neither the image, compose nor the env file`),
    ).toEqual([]);
  });

  it(`is kept by git, while ${ENV_FILE} is ignored`, () => {
    const gitignore = read('.gitignore').split('\n');

    expect(gitignore).toContain('.env.*');
    expect(gitignore).toContain(`!${ENV_EXAMPLE}`);
    expect(gitignore).not.toContain(`!${ENV_FILE}`);
  });
});

describe('.dockerignore', () => {
  it.each([
    ['.env.production', true],
    ['cms/.env', true],
    ['site/.env.local', true],
    ['node_modules/zod/package.json', true],
    ['cms/node_modules/.bin/strapi', true],
    ['cms/.tmp/data.db', true],
    ['cms/dist/build/index.html', true],
    ['site/.astro/types.d.ts', true],
    ['cms/public/uploads/photo.jpg', true],
    ['.git/HEAD', true],
    ['cms/public/uploads/.gitkeep', false],
    ['cms/src/index.ts', false],
    ['site/server.mjs', false],
    ['package-lock.json', false],
  ])('%s is left out of the build context: %s', (file, ignored) => {
    expect(isIgnoredByDocker(file)).toBe(ignored);
  });
});
