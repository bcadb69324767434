import { execFileSync } from 'node:child_process';
import path from 'node:path';

import { cmsDir, testDistDir } from './paths';

/**
 * Compiles the CMS once per integration run into its own folder, so that tests always load
 * the current sources and never disturb the production build in `cms/dist`.
 */
export default function compileCmsForTests(): void {
  const tsc = require.resolve('typescript/bin/tsc');
  execFileSync(
    process.execPath,
    [
      tsc,
      '-p',
      path.join(cmsDir, 'tsconfig.json'),
      '--outDir',
      testDistDir,
      '--incremental',
      'false',
    ],
    { stdio: 'inherit' },
  );
}
