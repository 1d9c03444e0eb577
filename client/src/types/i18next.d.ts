import type { resources } from '../locales/resources.js';

// Keys are checked against the English resources: t('typo') fails the typecheck.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: (typeof resources)['en'];
  }
}
