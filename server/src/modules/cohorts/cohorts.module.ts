import { Module } from '@nestjs/common';
import { CoursesModule } from '../courses/courses.module.js';
import { CohortsController } from './cohorts.controller.js';
import { CohortsService } from './cohorts.service.js';

@Module({ imports: [CoursesModule], controllers: [CohortsController], providers: [CohortsService] })
export class CohortsModule {}
