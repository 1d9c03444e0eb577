// The zod-free half of the shared package: constants, enums, error codes and messages, and the
// plain functions over them. The browser client imports its run-time values from here
// (`@sstc/shared/values`) and only types from the full package, so zod never reaches its bundle.
export * from './locales.values.js';
export * from './domain.values.js';
export * from './countries.values.js';
export * from './phase.js';
export * from './error-codes.js';
export * from './i18n/errors.js';
export * from './contracts/discussions.values.js';
export * from './contracts/learning.values.js';
export * from './contracts/programme.values.js';
export * from './contracts/surveys.values.js';
export * from './contracts/practices.values.js';
export * from './contracts/home.values.js';
export * from './contracts/certificates.values.js';
