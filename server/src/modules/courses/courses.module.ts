import { Module } from '@nestjs/common';
import { CoursesController } from './courses.controller.js';
import { CoursesService } from './courses.service.js';
import { EditionParts } from './edition-parts.js';
import { EditionSchedules } from './edition-schedules.js';
import { EditionsService } from './editions.service.js';

/** Courses and editions; the programme and cohorts register their parts of an edition (EditionParts) and their automatic sends (EditionSchedules), membership answers EditionMembership. */
@Module({
  controllers: [CoursesController],
  providers: [CoursesService, EditionsService, EditionParts, EditionSchedules],
  exports: [CoursesService, EditionsService, EditionParts, EditionSchedules],
})
export class CoursesModule {}
