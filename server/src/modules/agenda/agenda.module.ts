import { Module } from '@nestjs/common';
import { CoursesModule } from '../courses/courses.module.js';
import { ProgrammeModule } from '../programme/programme.module.js';
import { AgendaController } from './agenda.controller.js';
import { AgendaService } from './agenda.service.js';

@Module({ imports: [CoursesModule, ProgrammeModule], controllers: [AgendaController], providers: [AgendaService], exports: [AgendaService] })
export class AgendaModule {}
