import { Module } from '@nestjs/common';
import { DiscussionsModule } from '../discussions/discussions.module.js';
import { DemoSeedService } from './demo-seed.service.js';

@Module({ imports: [DiscussionsModule], providers: [DemoSeedService], exports: [DemoSeedService] })
export class SeedModule {}
