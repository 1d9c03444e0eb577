import { Module } from '@nestjs/common';
import { AgendaModule } from '../agenda/agenda.module.js';
import { CertificatesModule } from '../certificates/certificates.module.js';
import { CoachingModule } from '../coaching/coaching.module.js';
import { CoursesModule } from '../courses/courses.module.js';
import { DiscussionsModule } from '../discussions/discussions.module.js';
import { EnrolmentsModule } from '../enrolments/enrolments.module.js';
import { LearningModule } from '../learning/learning.module.js';
import { SurveysModule } from '../surveys/surveys.module.js';
import { HomeController } from './home.controller.js';
import { HomeService } from './home.service.js';

@Module({
  imports: [AgendaModule, CertificatesModule, CoachingModule, CoursesModule, DiscussionsModule, EnrolmentsModule, LearningModule, SurveysModule],
  controllers: [HomeController],
  providers: [HomeService],
})
export class HomeModule {}
