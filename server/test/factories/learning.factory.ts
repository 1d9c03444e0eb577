import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { addDays, addMonths, dateIn, type Role } from '@sstc/shared';
import { Cohort } from '../../src/modules/cohorts/cohort.entity.js';
import { Course } from '../../src/modules/courses/course.entity.js';
import { Edition } from '../../src/modules/courses/edition.entity.js';
import { ElectiveChoice } from '../../src/modules/enrolments/elective-choice.entity.js';
import { Enrolment } from '../../src/modules/enrolments/enrolment.entity.js';
import { ProgrammeItem } from '../../src/modules/programme/programme-item.entity.js';
import type { User } from '../../src/modules/users/user.entity.js';

/**
 * An edition whose dates are set relative to today (in Europe/Rome): `preLearningInDays` and
 * `faceToFaceInDays` days from now (negative = in the past).
 */
export async function createEdition(dataSource: DataSource, options: { preLearningInDays: number; faceToFaceInDays: number }): Promise<Edition> {
  const timeZone = 'Europe/Rome';
  const today = dateIn(timeZone);
  const code = `T-${randomBytes(4).toString('hex')}`;
  const course = await dataSource.getRepository(Course).save({ code, title: { en: 'Test course' }, description: {} });
  const faceToFaceStart = addDays(today, options.faceToFaceInDays);
  const faceToFaceEnd = addDays(faceToFaceStart, 4);
  return dataSource.getRepository(Edition).save({
    code,
    courseId: course.id,
    title: { en: `Edition ${code}`, es: `Edición ${code}` },
    venue: { en: 'Turin' },
    timeZone,
    defaultLanguage: 'en',
    languages: ['en', 'es', 'fr', 'pt'],
    preLearningOpens: addDays(today, options.preLearningInDays),
    preLearningCloses: addDays(faceToFaceStart, -1),
    faceToFaceStart,
    faceToFaceEnd,
    postLearningOpens: addDays(faceToFaceEnd, 1),
    postLearningCloses: null,
    electiveDeadline: addDays(faceToFaceStart, -7),
    impactAssessmentOn: addMonths(faceToFaceEnd, 4),
  });
}

export async function createModule(dataSource: DataSource, edition: Edition, number: number, facilitators: User[] = []): Promise<ProgrammeItem> {
  return dataSource.getRepository(ProgrammeItem).save({
    editionId: edition.id,
    kind: 'elective_module',
    number,
    title: { en: `Module ${number}` },
    description: {},
    block: 'A',
    capacity: 20,
    modalities: [],
    sdgs: [],
    facilitators,
  });
}

export async function createCohort(dataSource: DataSource, edition: Edition, name: string, facilitators: User[] = []): Promise<Cohort> {
  return dataSource.getRepository(Cohort).save({ editionId: edition.id, name, language: null, facilitators });
}

export async function enrol(
  dataSource: DataSource,
  edition: Edition,
  user: User,
  options: { role?: Role; cohort?: Cohort; status?: Enrolment['status'] } = {},
): Promise<Enrolment> {
  return dataSource.getRepository(Enrolment).save({
    editionId: edition.id,
    userId: user.id,
    role: options.role ?? user.role,
    cohortId: options.cohort?.id ?? null,
    status: options.status ?? 'active',
  });
}

/** A seat for the person in an elective module (a participant of that module from then on). */
export async function seat(dataSource: DataSource, item: ProgrammeItem, user: User): Promise<ElectiveChoice> {
  return dataSource
    .getRepository(ElectiveChoice)
    .save({ editionId: item.editionId, itemId: item.id, userId: user.id, block: item.block!, status: 'seated' });
}
