import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { addDays, addMonths, dateIn, type EnrolmentStatus, type Language, type Role } from '@sstc/shared';
import { Cohort } from '../../src/modules/cohorts/cohort.entity.js';
import { Course } from '../../src/modules/courses/course.entity.js';
import { Edition } from '../../src/modules/courses/edition.entity.js';
import { Enrolment } from '../../src/modules/enrolments/enrolment.entity.js';
import type { User } from '../../src/modules/users/user.entity.js';

/**
 * An edition whose face-to-face week starts `startsInDays` from today (negative: in the past).
 * Made through the repositories, for suites that need many editions fast (the API way is
 * editions.factory.ts).
 */
export async function createEdition(dataSource: DataSource, startsInDays = -30, overrides: Partial<Edition> = {}): Promise<Edition> {
  const code = randomBytes(3).toString('hex').toUpperCase();
  const course = await dataSource.getRepository(Course).save({ code: `C-${code}`, title: { en: `Course ${code}` }, description: {} });
  const start = addDays(dateIn('Europe/Rome'), startsInDays);
  const end = addDays(start, 4);
  return dataSource.getRepository(Edition).save({
    code: `E-${code}`,
    courseId: course.id,
    title: { en: `Edition ${code}`, es: `Edición ${code}`, fr: `Édition ${code}`, pt: `Edição ${code}` },
    venue: { en: 'Turin' },
    timeZone: 'Europe/Rome',
    defaultLanguage: 'en' as Language,
    languages: ['en', 'es', 'fr', 'pt'] as Language[],
    preLearningOpens: addDays(start, -60),
    preLearningCloses: addDays(start, -1),
    faceToFaceStart: start,
    faceToFaceEnd: end,
    postLearningOpens: addDays(end, 1),
    postLearningCloses: null,
    electiveDeadline: addDays(start, -7),
    impactAssessmentOn: addMonths(end, 4),
    ...overrides,
  });
}

export async function createCohort(dataSource: DataSource, editionId: string, name: string, facilitators: User[] = []): Promise<Cohort> {
  return dataSource.getRepository(Cohort).save({ editionId, name, language: null, facilitators });
}

export async function enrol(
  dataSource: DataSource,
  editionId: string,
  user: User,
  options: { cohortId?: string | null; role?: Role; status?: EnrolmentStatus } = {},
): Promise<Enrolment> {
  return dataSource
    .getRepository(Enrolment)
    .save({ editionId, userId: user.id, role: options.role ?? user.role, cohortId: options.cohortId ?? null, status: options.status ?? 'active' });
}
