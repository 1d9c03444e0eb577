import { Module } from '@nestjs/common';
import { CoursesModule } from '../courses/courses.module.js';
import { EnrolmentsModule } from '../enrolments/enrolments.module.js';
import { ProgrammeController } from './programme.controller.js';
import { ProgrammeService } from './programme.service.js';

@Module({ imports: [CoursesModule, EnrolmentsModule], controllers: [ProgrammeController], providers: [ProgrammeService] })
export class ProgrammeModule {}
