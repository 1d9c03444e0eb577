import { Module } from '@nestjs/common';
import { CoursesModule } from '../courses/courses.module.js';
import { LearningModule } from '../learning/learning.module.js';
import { SurveysModule } from '../surveys/surveys.module.js';
import { AttendanceService } from './attendance.service.js';
import { CertificatesController } from './certificates.controller.js';
import { CertificatesService } from './certificates.service.js';

@Module({
  imports: [CoursesModule, LearningModule, SurveysModule],
  controllers: [CertificatesController],
  providers: [AttendanceService, CertificatesService],
  exports: [CertificatesService],
})
export class CertificatesModule {}
