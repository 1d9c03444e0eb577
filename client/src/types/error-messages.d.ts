// Built by vite.config.ts from shared/src/i18n/errors.ts: one language's error messages, so that a
// language's chunk carries only its own (the shared module holds all four in one object).
declare module 'virtual:error-messages/*' {
  import type { errorsOf } from '../locales/resources.js';

  const messages: ReturnType<typeof errorsOf>;
  export default messages;
}
