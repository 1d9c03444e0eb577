import { Module } from '@nestjs/common';
import { DiscussionsModule } from '../discussions/discussions.module.js';
import { LearningModule } from '../learning/learning.module.js';
import { PracticesModule } from '../practices/practices.module.js';
import { SurveysModule } from '../surveys/surveys.module.js';
import { DemoSeedService } from './demo-seed.service.js';

@Module({ imports: [DiscussionsModule, LearningModule, PracticesModule, SurveysModule], providers: [DemoSeedService], exports: [DemoSeedService] })
export class SeedModule {}
