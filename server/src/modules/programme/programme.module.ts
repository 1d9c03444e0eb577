import { Module } from '@nestjs/common';
import { CoursesModule } from '../courses/courses.module.js';
import { ProgrammeController } from './programme.controller.js';
import { ProgrammeService } from './programme.service.js';
import { TranslationModule } from '../translation/translation.module.js';

@Module({
  imports: [CoursesModule, TranslationModule],
  controllers: [ProgrammeController],
  providers: [ProgrammeService],
  exports: [ProgrammeService],
})
export class ProgrammeModule {}
