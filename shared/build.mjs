// Builds the package twice: ESM for Astro and CommonJS for Strapi's compiled config and code.
// Each output folder gets a package.json naming its module type, since the package's own
// "type" (module) would otherwise make Node read the CommonJS files as ESM.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');

rmSync('dist', { recursive: true, force: true });
for (const [config, type] of [
  ['tsconfig.esm.json', 'module'],
  ['tsconfig.cjs.json', 'commonjs'],
]) {
  execFileSync(process.execPath, [tsc, '-p', config], { stdio: 'inherit' });
  const outDir = `dist/${type === 'module' ? 'esm' : 'cjs'}`;
  mkdirSync(outDir, { recursive: true });
  writeFileSync(`${outDir}/package.json`, `${JSON.stringify({ type })}\n`);
}
