import { Module } from '@nestjs/common';
import { SurveysModule } from '../surveys/surveys.module.js';
import { DemoSeedService } from './demo-seed.service.js';

@Module({ imports: [SurveysModule], providers: [DemoSeedService], exports: [DemoSeedService] })
export class SeedModule {}
