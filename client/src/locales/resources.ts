import { errorResources, type Language } from '@sstc/shared';
import enAuth from './en/auth.json';
import enCommon from './en/common.json';
import enCourses from './en/courses.json';
import enProfile from './en/profile.json';
import enUsers from './en/users.json';
import esAuth from './es/auth.json';
import esCommon from './es/common.json';
import esCourses from './es/courses.json';
import esProfile from './es/profile.json';
import esUsers from './es/users.json';
import frAuth from './fr/auth.json';
import frCommon from './fr/common.json';
import frCourses from './fr/courses.json';
import frProfile from './fr/profile.json';
import frUsers from './fr/users.json';
import ptAuth from './pt/auth.json';
import ptCommon from './pt/common.json';
import ptCourses from './pt/courses.json';
import ptProfile from './pt/profile.json';
import ptUsers from './pt/users.json';

/** The API's error messages come from the shared contracts, so client and server never disagree. */
function errorsOf(language: Language) {
  return { ...errorResources[language].errors, fields: errorResources[language].fields };
}

// Bundled statically: all four languages together weigh a few kilobytes compressed, less than a
// round trip on a slow mobile network.
export const resources = {
  en: { common: enCommon, auth: enAuth, profile: enProfile, courses: enCourses, users: enUsers, errors: errorsOf('en') },
  es: { common: esCommon, auth: esAuth, profile: esProfile, courses: esCourses, users: esUsers, errors: errorsOf('es') },
  fr: { common: frCommon, auth: frAuth, profile: frProfile, courses: frCourses, users: frUsers, errors: errorsOf('fr') },
  pt: { common: ptCommon, auth: ptAuth, profile: ptProfile, courses: ptCourses, users: ptUsers, errors: errorsOf('pt') },
} satisfies Record<Language, Record<string, unknown>>;

export type Namespace = keyof (typeof resources)['en'];
export const NAMESPACES = Object.keys(resources.en) as Namespace[];
