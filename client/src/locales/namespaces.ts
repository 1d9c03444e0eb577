import type { Namespace } from './resources.js';

/** Every namespace; locales.spec checks the list is whole. */
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
  'home',
  'notifications',
  'certificates',
  'coaching',
  'feedback',
  'errors',
];

/**
 * What the first screen says (sign-in, the layout, error messages): a language's first chunk
 * (`<lng>/first.ts`). The other namespaces are its second chunk (`<lng>/rest.ts`), fetched once the
 * first screen shows and awaited by every other page (app/routes.tsx).
 */
export const FIRST_NAMESPACES = ['common', 'auth', 'errors'] as const satisfies Namespace[];

export type FirstNamespace = (typeof FIRST_NAMESPACES)[number];

/** A second chunk must hold every namespace the first does not: a namespace left out fails the typecheck. */
export type RestTexts = Record<Exclude<Namespace, FirstNamespace>, unknown>;
