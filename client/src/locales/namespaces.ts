import type { Namespace } from './resources.js';

/** Every namespace, loaded together (a language is one chunk); locales.spec checks the list is whole. */
export const NAMESPACES: Namespace[] = [
  'common',
  'auth',
  'profile',
  'courses',
  'discussions',
  'learning',
  'users',
  'programme',
  'cohorts',
  'enrolments',
  'electives',
  'agenda',
  'surveys',
  'practices',
  'errors',
];
