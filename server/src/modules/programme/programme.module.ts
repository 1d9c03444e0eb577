import { Module } from '@nestjs/common';
import { CoursesModule } from '../courses/courses.module.js';
import { ProgrammeController } from './programme.controller.js';
import { ProgrammeService } from './programme.service.js';

@Module({ imports: [CoursesModule], controllers: [ProgrammeController], providers: [ProgrammeService], exports: [ProgrammeService] })
export class ProgrammeModule {}
