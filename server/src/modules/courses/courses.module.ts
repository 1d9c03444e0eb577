import { Module } from '@nestjs/common';
import { CoursesController } from './courses.controller.js';
import { CoursesService } from './courses.service.js';
import { EditionParts } from './edition-parts.js';
import { EditionsService } from './editions.service.js';

/** Courses and editions; the programme and cohorts register their parts of an edition (EditionParts), membership answers EditionMembership. */
@Module({
  controllers: [CoursesController],
  providers: [CoursesService, EditionsService, EditionParts],
  exports: [CoursesService, EditionsService, EditionParts],
})
export class CoursesModule {}
