import { SignInFailure } from '../modules/auth/sign-in-failure.entity.js';
import { Session } from '../modules/auth/session.entity.js';
import { UserToken } from '../modules/auth/user-token.entity.js';
import { Cohort } from '../modules/cohorts/cohort.entity.js';
import { Course } from '../modules/courses/course.entity.js';
import { Edition } from '../modules/courses/edition.entity.js';
import { Enrolment } from '../modules/courses/enrolment.entity.js';
import { LearningProgress } from '../modules/learning/learning-progress.entity.js';
import { LearningReminder } from '../modules/learning/learning-reminder.entity.js';
import { LearningSettingsRow } from '../modules/learning/learning-settings.entity.js';
import { LearningUnit } from '../modules/learning/learning-unit.entity.js';
import { EmailDelivery } from '../modules/mail/email-delivery.entity.js';
import { ElectiveChoice } from '../modules/programme/elective-choice.entity.js';
import { ProgrammeItem } from '../modules/programme/programme-item.entity.js';
import { ProgrammeSession } from '../modules/programme/programme-session.entity.js';
import { User } from '../modules/users/user.entity.js';

/** Every entity of the platform; migrations are generated from this list. */
export const ENTITIES = [User, Session, UserToken, SignInFailure, Course, Edition, Enrolment, Cohort, ProgrammeItem, ProgrammeSession, ElectiveChoice, EmailDelivery, LearningUnit, LearningProgress, LearningReminder, LearningSettingsRow];
