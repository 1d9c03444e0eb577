// One Jest run for every package. Sources are ES modules; @swc/jest compiles TypeScript and keeps
// decorator metadata (NestJS, TypeORM). Run through `npm test` (node --experimental-vm-modules).
const swc = (tsx = false) => [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      target: 'es2022',
      keepClassNames: true,
      // Keep `with { type: 'json' }` on locale imports: Jest's ESM loader needs it.
      experimental: { keepImportAttributes: true, emitAssertForImportAttributes: false },
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

const common = {
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper: {
    '^@sstc/shared$': '<rootDir>/shared/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  rootDir: '.',
};

export default {
  testTimeout: 30_000,
  maxWorkers: 2,
  projects: [
    {
      ...common,
      displayName: 'shared',
      testEnvironment: 'node',
      transform: { '^.+\\.ts$': swc() },
      testMatch: ['<rootDir>/shared/src/**/*.spec.ts'],
    },
    {
      ...common,
      displayName: 'server',
      testEnvironment: 'node',
      transform: { '^.+\\.ts$': swc() },
      testMatch: ['<rootDir>/server/src/**/*.spec.ts', '<rootDir>/server/test/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/server/test/setup/global-setup.mjs',
      globalTeardown: '<rootDir>/server/test/setup/global-teardown.mjs',
      setupFiles: ['<rootDir>/server/test/setup/env.ts'],
    },
    {
      ...common,
      displayName: 'client',
      testEnvironment: 'jsdom',
      transform: { '^.+\\.tsx?$': swc(true) },
      testMatch: ['<rootDir>/client/src/**/*.spec.ts', '<rootDir>/client/src/**/*.spec.tsx'],
      setupFilesAfterEnv: ['<rootDir>/client/src/test/setup.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testEnvironment: 'node',
      transform: { '^.+\\.ts$': swc() },
      testMatch: ['<rootDir>/e2e/specs/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/e2e/fixtures/global-setup.mjs',
      globalTeardown: '<rootDir>/e2e/fixtures/global-teardown.mjs',
    },
  ],
};
