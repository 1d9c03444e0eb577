import { Module } from '@nestjs/common';
import { CoursesModule } from '../courses/courses.module.js';
import { EnrolmentsModule } from '../enrolments/enrolments.module.js';
import { CohortsController } from './cohorts.controller.js';
import { CohortsService } from './cohorts.service.js';

@Module({ imports: [CoursesModule, EnrolmentsModule], controllers: [CohortsController], providers: [CohortsService] })
export class CohortsModule {}
