import { addDays, zonedTime, type SurveyKind } from '@sstc/shared';
import type { Edition } from '../courses/edition.entity.js';

/** When an edition's standard assessments open and close (edition time zone), and their reminders. */
const PLANS: { kind: SurveyKind; day: (edition: Edition) => string; time: string; openDays: number; reminderDays: number[] }[] = [
  // The general assessment closes the face-to-face week: it opens on its last afternoon.
  { kind: 'general_assessment', day: (e) => e.faceToFaceEnd, time: '15:00', openDays: 14, reminderDays: [3, 7] },
  // Four months after the week (Edition.impactAssessmentOn), by email to all participants.
  { kind: 'impact_assessment', day: (e) => e.impactAssessmentOn, time: '10:00', openDays: 30, reminderDays: [7, 14] },
];

/** The kinds of survey every edition gets scheduled by itself. */
export const ASSESSMENT_KINDS = PLANS.map((plan) => plan.kind);

export interface AssessmentWindow {
  opensAt: Date;
  closesAt: Date;
  reminderDays: number[];
}

/** Where the edition's dates put the distribution of an assessment of this kind (null: not an automatic kind). */
export function assessmentWindow(kind: SurveyKind, edition: Edition): AssessmentWindow | null {
  const plan = PLANS.find((p) => p.kind === kind);
  if (!plan) return null;
  return {
    opensAt: zonedTime(plan.day(edition), plan.time, edition.timeZone),
    closesAt: zonedTime(addDays(plan.day(edition), plan.openDays), '23:59', edition.timeZone),
    reminderDays: plan.reminderDays,
  };
}
