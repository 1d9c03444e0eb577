import { Module, RequestMethod, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import express from 'express';
import { CoursesModule } from '../courses/courses.module.js';
import { ProgrammeModule } from '../programme/programme.module.js';
import { UsersModule } from '../users/users.module.js';
import { ElectivesController } from './electives.controller.js';
import { ElectivesService } from './electives.service.js';
import { EnrolmentImportsController } from './enrolment-imports.controller.js';
import { EnrolmentImportsService } from './enrolment-imports.service.js';
import { EnrolmentsController } from './enrolments.controller.js';
import { EnrolmentsService } from './enrolments.service.js';
import { ImportEnrolmentsJob } from './jobs/import-enrolments.job.js';

/**
 * Enrolments, elective choices and participant imports. The membership owner and the seats live in
 * the global MembershipModule; other features hear of withdrawals through EnrolmentsService.
 */
@Module({
  imports: [UsersModule, CoursesModule, ProgrammeModule],
  controllers: [EnrolmentsController, ElectivesController, EnrolmentImportsController],
  providers: [EnrolmentsService, ElectivesService, EnrolmentImportsService, ImportEnrolmentsJob],
  exports: [EnrolmentsService, ElectivesService, EnrolmentImportsService],
})
export class EnrolmentsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // A CSV of 10,000 participants is about 1 MB: more than the JSON limit, so this one route reads text.
    consumer
      .apply(express.text({ type: ['text/csv', 'text/plain', 'application/csv', 'application/vnd.ms-excel'], limit: '5mb' }))
      .forRoutes({ path: 'editions/:editionId/imports', method: RequestMethod.POST });
  }
}
