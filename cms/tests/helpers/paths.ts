import path from 'node:path';

export const cmsDir = path.resolve(__dirname, '..', '..');

/** Where the integration tier's global set-up compiles the CMS (kept apart from `dist`). */
export const testDistDir = path.join(cmsDir, '.tmp', 'test-dist');
