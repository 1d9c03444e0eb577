// Component and unit tests in jsdom. Locale files are imported as JSON modules, so the import
// attributes (`with { type: 'json' }`) must survive compilation.
export default {
  displayName: 'client',
  testEnvironment: 'jsdom',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.tsx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
          experimental: { keepImportAttributes: true, emitAssertForImportAttributes: false },
        },
        module: { type: 'es6' },
      },
    ],
  },
  moduleNameMapper: {
    '^@sstc/shared$': '<rootDir>/../shared/src/index.ts',
    '^@sstc/shared/values$': '<rootDir>/../shared/src/values.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
  setupFilesAfterEnv: ['<rootDir>/src/test/setup.ts'],
};
