// Test tiers by file name: `*.test.ts` unit, `*.int.test.ts` against a real Strapi and
// database, `*.e2e.test.ts` in a real browser. `npm test` (scripts/test.mjs) runs each tier.
const transform = {
  '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }],
};

// Sources written for ESM import siblings as `./name.js`; under Jest they are TypeScript.
const moduleNameMapper = { '^(\\.{1,2}/.*)\\.js$': '$1' };

const common = {
  rootDir: __dirname,
  transform,
  moduleNameMapper,
  testEnvironment: 'node',
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/\\.tmp/'],
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testRegex: '(?<!\\.int|\\.e2e)\\.test\\.ts$',
    },
    {
      ...common,
      displayName: 'integration',
      testRegex: '\\.int\\.test\\.ts$',
      globalSetup: '<rootDir>/cms/tests/helpers/global-setup.ts',
    },
    {
      ...common,
      displayName: 'browser',
      testRegex: '\\.e2e\\.test\\.ts$',
      globalSetup: '<rootDir>/cms/tests/helpers/global-setup.ts',
    },
  ],
};
