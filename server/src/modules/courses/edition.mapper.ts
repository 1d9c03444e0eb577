import { currentPhase, type CourseSummary, type EditionSummary } from '@sstc/shared';
import type { Course } from './course.entity.js';
import type { Edition } from './edition.entity.js';

export function toEditionSummary(edition: Edition): EditionSummary {
  return {
    id: edition.id,
    code: edition.code,
    title: edition.title,
    course: { id: edition.course.id, code: edition.course.code, title: edition.course.title },
    venue: edition.venue,
    timeZone: edition.timeZone,
    defaultLanguage: edition.defaultLanguage,
    languages: edition.languages,
    phase: currentPhase(edition),
    preLearningOpens: edition.preLearningOpens,
    preLearningCloses: edition.preLearningCloses,
    faceToFaceStart: edition.faceToFaceStart,
    faceToFaceEnd: edition.faceToFaceEnd,
    postLearningOpens: edition.postLearningOpens,
    postLearningCloses: edition.postLearningCloses,
    electiveDeadline: edition.electiveDeadline,
    impactAssessmentOn: edition.impactAssessmentOn,
  };
}

export function toCourseSummary(course: Course, editionCount: number): CourseSummary {
  return { id: course.id, code: course.code, title: course.title, description: course.description, editionCount };
}
