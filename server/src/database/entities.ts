import { RateCounter } from '../modules/auth/rate-counter.entity.js';
import { Session } from '../modules/auth/session.entity.js';
import { UserToken } from '../modules/users/user-token.entity.js';
import { Cohort } from '../modules/cohorts/cohort.entity.js';
import { Course } from '../modules/courses/course.entity.js';
import { Edition } from '../modules/courses/edition.entity.js';
import { Enrolment } from '../modules/enrolments/enrolment.entity.js';
import { CalendarFeed } from '../modules/agenda/calendar-feed.entity.js';
import { EnrolmentImportRow } from '../modules/enrolments/enrolment-import-row.entity.js';
import { EnrolmentImport } from '../modules/enrolments/enrolment-import.entity.js';
import { MessageEdit } from '../modules/discussions/entities/message-edit.entity.js';
import { MessageReaction } from '../modules/discussions/entities/message-reaction.entity.js';
import { MessageReport } from '../modules/discussions/entities/message-report.entity.js';
import { MessageVersion } from '../modules/discussions/entities/message-version.entity.js';
import { Message } from '../modules/discussions/entities/message.entity.js';
import { ModerationAction } from '../modules/discussions/entities/moderation-action.entity.js';
import { Notification } from '../modules/notifications/notification.entity.js';
import { NotificationPreference } from '../modules/notifications/notification-preference.entity.js';
import { NotificationDigest } from '../modules/notifications/notification-digest.entity.js';
import { SigningKey } from '../modules/notifications/signing-key.entity.js';
import { RoomMember } from '../modules/discussions/entities/room-member.entity.js';
import { Room } from '../modules/discussions/entities/room.entity.js';
import { LearningProgress } from '../modules/learning/learning-progress.entity.js';
import { LearningReminder } from '../modules/learning/learning-reminder.entity.js';
import { LearningSettingsRow } from '../modules/learning/learning-settings.entity.js';
import { LearningUnit } from '../modules/learning/learning-unit.entity.js';
import { EmailDelivery } from '../modules/mail/email-delivery.entity.js';
import { ElectiveChoice } from '../modules/enrolments/elective-choice.entity.js';
import { ProgrammeItem } from '../modules/programme/programme-item.entity.js';
import { ProgrammeSession } from '../modules/programme/programme-session.entity.js';
import { Survey } from '../modules/surveys/entities/survey.entity.js';
import { SurveySection } from '../modules/surveys/entities/survey-section.entity.js';
import { SurveyQuestion } from '../modules/surveys/entities/survey-question.entity.js';
import { SurveyDistribution } from '../modules/surveys/entities/survey-distribution.entity.js';
import { SurveyInvitation } from '../modules/surveys/entities/survey-invitation.entity.js';
import { SurveyMessage } from '../modules/surveys/entities/survey-message.entity.js';
import { SurveyToken } from '../modules/surveys/entities/survey-token.entity.js';
import { SurveyResponse } from '../modules/surveys/entities/survey-response.entity.js';
import { SurveyResponsePool } from '../modules/surveys/entities/survey-response-pool.entity.js';
import { SurveyInterview } from '../modules/surveys/entities/survey-interview.entity.js';
import { MachineDraft } from '../modules/translation/machine-draft.entity.js';
import { TranslationPreference } from '../modules/translation/translation-preference.entity.js';
import { Translation } from '../modules/translation/translation.entity.js';
import { User } from '../modules/users/user.entity.js';
import { Practice } from '../modules/practices/entities/practice.entity.js';
import { PracticeTheme } from '../modules/practices/entities/practice-theme.entity.js';
import { PracticeThemeLink } from '../modules/practices/entities/practice-theme-link.entity.js';
import { PracticeContact } from '../modules/practices/entities/practice-contact.entity.js';
import { PracticeDocument } from '../modules/practices/entities/practice-document.entity.js';
import { PracticeReview } from '../modules/practices/entities/practice-review.entity.js';
import { PracticeSearch } from '../modules/practices/entities/practice-search.entity.js';
import { PracticeProgrammeItem } from '../modules/practices/entities/practice-programme-item.entity.js';
import { PracticeRoom } from '../modules/practices/entities/practice-room.entity.js';
import { SessionAttendance } from '../modules/certificates/entities/session-attendance.entity.js';
import { CertificateRuleRow } from '../modules/certificates/entities/certificate-rule.entity.js';
import { Certificate } from '../modules/certificates/entities/certificate.entity.js';
import { CoachingSlot } from '../modules/coaching/entities/coaching-slot.entity.js';
import { CoachingBooking } from '../modules/coaching/entities/coaching-booking.entity.js';
import { EditionFeedback } from '../modules/feedback/edition-feedback.entity.js';

/** Every entity of the platform; migrations are generated from this list. */
export const ENTITIES = [
  User,
  Session,
  UserToken,
  RateCounter,
  Course,
  Edition,
  Enrolment,
  Cohort,
  ProgrammeItem,
  ProgrammeSession,
  ElectiveChoice,
  EmailDelivery,
  EnrolmentImport,
  EnrolmentImportRow,
  CalendarFeed,
  Room,
  RoomMember,
  Message,
  MessageEdit,
  MessageReaction,
  Notification,
  NotificationPreference,
  NotificationDigest,
  SigningKey,
  MessageReport,
  MessageVersion,
  ModerationAction,
  Survey,
  SurveySection,
  SurveyQuestion,
  SurveyDistribution,
  SurveyInvitation,
  SurveyMessage,
  SurveyToken,
  SurveyResponse,
  SurveyResponsePool,
  SurveyInterview,
  LearningUnit,
  LearningProgress,
  LearningReminder,
  LearningSettingsRow,
  Translation,
  TranslationPreference,
  MachineDraft,
  Practice,
  PracticeTheme,
  PracticeThemeLink,
  PracticeContact,
  PracticeDocument,
  PracticeReview,
  PracticeSearch,
  PracticeProgrammeItem,
  PracticeRoom,
  SessionAttendance,
  CertificateRuleRow,
  Certificate,
  CoachingSlot,
  CoachingBooking,
  EditionFeedback,
];
