import { Module } from '@nestjs/common';
import { CoursesController } from './courses.controller.js';
import { CoursesService } from './courses.service.js';
import { EditionsService } from './editions.service.js';

@Module({ controllers: [CoursesController], providers: [CoursesService, EditionsService], exports: [CoursesService, EditionsService] })
export class CoursesModule {}
