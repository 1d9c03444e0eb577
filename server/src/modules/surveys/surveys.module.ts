import { Module } from '@nestjs/common';
import { CoursesModule } from '../courses/courses.module.js';
import { MailModule } from '../mail/mail.module.js';
import { TranslationModule } from '../translation/translation.module.js';
import { EditionAssessmentsSchedule } from './edition-assessments.schedule.js';
import { DistributionProgressService } from './distribution-progress.service.js';
import { DistributionsService } from './distributions.service.js';
import { InterviewsController } from './interviews.controller.js';
import { InterviewsService } from './interviews.service.js';
import { OpenDistributionJob } from './jobs/open-distribution.job.js';
import { PlanReminderJob } from './jobs/plan-reminder.job.js';
import { PublishResultsJob } from './jobs/publish-results.job.js';
import { SendInterviewEmailJob } from './jobs/send-interview-email.job.js';
import { SendSurveyMessagesJob } from './jobs/send-survey-messages.job.js';
import { ResponsesService } from './responses.service.js';
import { ResultsService } from './results.service.js';
import { SurveyAccessService } from './survey-access.service.js';
import { SurveyExportService } from './survey-export.service.js';
import { SurveyResponsesController } from './survey-responses.controller.js';
import { SurveyResultsPublisher } from './survey-results-publisher.service.js';
import { SurveyResultsController } from './survey-results.controller.js';
import { SurveySenderService } from './survey-sender.service.js';
import { SurveysController } from './surveys.controller.js';
import { SurveysService } from './surveys.service.js';

@Module({
  imports: [CoursesModule, MailModule, TranslationModule],
  controllers: [SurveysController, SurveyResponsesController, SurveyResultsController, InterviewsController],
  providers: [
    SurveysService,
    EditionAssessmentsSchedule,
    DistributionsService,
    DistributionProgressService,
    SurveySenderService,
    ResponsesService,
    ResultsService,
    SurveyExportService,
    InterviewsService,
    SurveyAccessService,
    OpenDistributionJob,
    PlanReminderJob,
    SendSurveyMessagesJob,
    SendInterviewEmailJob,
    SurveyResultsPublisher,
    PublishResultsJob,
  ],
  exports: [SurveysService, DistributionsService, ResponsesService, ResultsService, InterviewsService],
})
export class SurveysModule {}
