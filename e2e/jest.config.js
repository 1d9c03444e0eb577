// Browser journeys against the built server (npm run build first; `npm test` does it).
export default {
  displayName: 'e2e',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'es6' } }] },
  moduleNameMapper: { '^@sstc/shared$': '<rootDir>/../shared/src/index.ts', '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['<rootDir>/specs/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/fixtures/global-setup.mjs',
  globalTeardown: '<rootDir>/fixtures/global-teardown.mjs',
};
