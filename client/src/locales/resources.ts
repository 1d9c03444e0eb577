import { errorResources, type Language } from '@sstc/shared';
import enAuth from './en/auth.json' with { type: 'json' };
import enCommon from './en/common.json' with { type: 'json' };
import enCourses from './en/courses.json' with { type: 'json' };
import enDiscussions from './en/discussions.json' with { type: 'json' };
import enLearning from './en/learning.json' with { type: 'json' };
import enProfile from './en/profile.json' with { type: 'json' };
import enSurveys from './en/surveys.json' with { type: 'json' };
import enUsers from './en/users.json' with { type: 'json' };
import esAuth from './es/auth.json' with { type: 'json' };
import esCommon from './es/common.json' with { type: 'json' };
import esCourses from './es/courses.json' with { type: 'json' };
import esDiscussions from './es/discussions.json' with { type: 'json' };
import esLearning from './es/learning.json' with { type: 'json' };
import esProfile from './es/profile.json' with { type: 'json' };
import esSurveys from './es/surveys.json' with { type: 'json' };
import esUsers from './es/users.json' with { type: 'json' };
import frAuth from './fr/auth.json' with { type: 'json' };
import frCommon from './fr/common.json' with { type: 'json' };
import frCourses from './fr/courses.json' with { type: 'json' };
import frDiscussions from './fr/discussions.json' with { type: 'json' };
import frLearning from './fr/learning.json' with { type: 'json' };
import frProfile from './fr/profile.json' with { type: 'json' };
import frSurveys from './fr/surveys.json' with { type: 'json' };
import frUsers from './fr/users.json' with { type: 'json' };
import ptAuth from './pt/auth.json' with { type: 'json' };
import ptCommon from './pt/common.json' with { type: 'json' };
import ptCourses from './pt/courses.json' with { type: 'json' };
import ptDiscussions from './pt/discussions.json' with { type: 'json' };
import ptLearning from './pt/learning.json' with { type: 'json' };
import ptProfile from './pt/profile.json' with { type: 'json' };
import ptSurveys from './pt/surveys.json' with { type: 'json' };
import ptUsers from './pt/users.json' with { type: 'json' };

import enProgramme from './en/programme.json' with { type: 'json' };
import enCohorts from './en/cohorts.json' with { type: 'json' };
import enEnrolments from './en/enrolments.json' with { type: 'json' };
import enElectives from './en/electives.json' with { type: 'json' };
import enAgenda from './en/agenda.json' with { type: 'json' };
import esProgramme from './es/programme.json' with { type: 'json' };
import esCohorts from './es/cohorts.json' with { type: 'json' };
import esEnrolments from './es/enrolments.json' with { type: 'json' };
import esElectives from './es/electives.json' with { type: 'json' };
import esAgenda from './es/agenda.json' with { type: 'json' };
import frProgramme from './fr/programme.json' with { type: 'json' };
import frCohorts from './fr/cohorts.json' with { type: 'json' };
import frEnrolments from './fr/enrolments.json' with { type: 'json' };
import frElectives from './fr/electives.json' with { type: 'json' };
import frAgenda from './fr/agenda.json' with { type: 'json' };
import ptProgramme from './pt/programme.json' with { type: 'json' };
import ptCohorts from './pt/cohorts.json' with { type: 'json' };
import ptEnrolments from './pt/enrolments.json' with { type: 'json' };
import ptElectives from './pt/electives.json' with { type: 'json' };
import ptAgenda from './pt/agenda.json' with { type: 'json' };

/** The API's error messages come from the shared contracts, so client and server never disagree. */
function errorsOf(language: Language) {
  return { ...errorResources[language].errors, fields: errorResources[language].fields };
}

// Bundled statically: all four languages together weigh a few kilobytes compressed, less than a
// round trip on a slow mobile network.
export const resources = {
  en: {
    common: enCommon,
    auth: enAuth,
    profile: enProfile,
    courses: enCourses,
    discussions: enDiscussions,
    learning: enLearning,
    users: enUsers,
    programme: enProgramme,
    cohorts: enCohorts,
    enrolments: enEnrolments,
    electives: enElectives,
    agenda: enAgenda,
    surveys: enSurveys,
    errors: errorsOf('en'),
  },
  es: {
    common: esCommon,
    auth: esAuth,
    profile: esProfile,
    courses: esCourses,
    discussions: esDiscussions,
    learning: esLearning,
    users: esUsers,
    programme: esProgramme,
    cohorts: esCohorts,
    enrolments: esEnrolments,
    electives: esElectives,
    agenda: esAgenda,
    surveys: esSurveys,
    errors: errorsOf('es'),
  },
  fr: {
    common: frCommon,
    auth: frAuth,
    profile: frProfile,
    courses: frCourses,
    discussions: frDiscussions,
    learning: frLearning,
    users: frUsers,
    programme: frProgramme,
    cohorts: frCohorts,
    enrolments: frEnrolments,
    electives: frElectives,
    agenda: frAgenda,
    surveys: frSurveys,
    errors: errorsOf('fr'),
  },
  pt: {
    common: ptCommon,
    auth: ptAuth,
    profile: ptProfile,
    courses: ptCourses,
    discussions: ptDiscussions,
    learning: ptLearning,
    users: ptUsers,
    programme: ptProgramme,
    cohorts: ptCohorts,
    enrolments: ptEnrolments,
    electives: ptElectives,
    agenda: ptAgenda,
    surveys: ptSurveys,
    errors: errorsOf('pt'),
  },
} satisfies Record<Language, Record<string, unknown>>;

export type Namespace = keyof (typeof resources)['en'];
export const NAMESPACES = Object.keys(resources.en) as Namespace[];
