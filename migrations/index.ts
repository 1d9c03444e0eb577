// Written by `npm run migration:generate`: every migration, oldest first.
import { CreateFoundation1795353512000 } from './1795353512000-CreateFoundation.js';
import { CreateDiscussions1795354414493 } from './1795354414493-CreateDiscussions.js';
import { AddProgrammeEnrolments1795354459821 } from './1795354459821-AddProgrammeEnrolments.js';
import { CreateSurveys1795354657097 } from './1795354657097-CreateSurveys.js';
import { CreateLearning1795354933463 } from './1795354933463-CreateLearning.js';
import { AddAutomaticDistributions1796223968170 } from './1796223968170-AddAutomaticDistributions.js';
import { AddTranslations1796224069392 } from './1796224069392-AddTranslations.js';
import { ReplaceSignInFailuresWithRateCounters1796224122337 } from './1796224122337-ReplaceSignInFailuresWithRateCounters.js';
import { AddAnonymousSurveyBatches1796225884706 } from './1796225884706-AddAnonymousSurveyBatches.js';
import { LocalizePlaceNames1796241675546 } from './1796241675546-LocalizePlaceNames.js';
import { ClaimTranslations1796241876520 } from './1796241876520-ClaimTranslations.js';
import { AddPractices1796241907725 } from './1796241907725-AddPractices.js';
import { AddPracticeSources1796244991437 } from './1796244991437-AddPracticeSources.js';
import { LinkPractices1796246448636 } from './1796246448636-LinkPractices.js';
import { AddCoachingAndFeedback1796276003013 } from './1796276003013-AddCoachingAndFeedback.js';
import { AddCertificates1796276270656 } from './1796276270656-AddCertificates.js';
import { AddNotificationCentre1796276289065 } from './1796276289065-AddNotificationCentre.js';
import { AddMessageVersions1796276463706 } from './1796276463706-AddMessageVersions.js';
import { AddPracticeDocuments1796278820227 } from './1796278820227-AddPracticeDocuments.js';

export const MIGRATIONS = [CreateFoundation1795353512000, CreateDiscussions1795354414493, AddProgrammeEnrolments1795354459821, CreateSurveys1795354657097, CreateLearning1795354933463, AddAutomaticDistributions1796223968170, AddTranslations1796224069392, ReplaceSignInFailuresWithRateCounters1796224122337, AddAnonymousSurveyBatches1796225884706, LocalizePlaceNames1796241675546, ClaimTranslations1796241876520, AddPractices1796241907725, AddPracticeSources1796244991437, LinkPractices1796246448636, AddCoachingAndFeedback1796276003013, AddCertificates1796276270656, AddNotificationCentre1796276289065, AddMessageVersions1796276463706, AddPracticeDocuments1796278820227];
