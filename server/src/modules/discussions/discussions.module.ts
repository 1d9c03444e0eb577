import { Inject, Module, type OnModuleDestroy } from '@nestjs/common';
import { CONFIG, type Config } from '../../config/config.js';
import { AnnouncementVersionsService } from './announcement-versions.service.js';
import { DiscussionsController } from './discussions.controller.js';
import { DiscussionsEmitter } from './discussions.emitter.js';
import { DiscussionsGateway } from './discussions.gateway.js';
import { DiscussionsService } from './discussions.service.js';
import { FollowMembershipJob } from './jobs/follow-membership.job.js';
import { MessagesRepository } from './messages.repository.js';
import { MessagesService } from './messages.service.js';
import { ModerationService } from './moderation.service.js';
import { ModerationQueueService } from './moderation-queue.service.js';
import { RoomNotifications } from './room-notifications.js';
import { MemoryRateLimiter, RateLimiter, RedisRateLimiter } from './rate-limiter.js';
import { RoomAccessService } from './room-access.service.js';
import { TranslationModule } from '../translation/translation.module.js';

/** Send-rate counters shared by every instance through Redis when REDIS_URL is set, else in this process. */
const rateLimiterProvider = {
  provide: RateLimiter,
  inject: [CONFIG],
  useFactory: async (config: Config): Promise<RateLimiter> => {
    if (!config.REDIS_URL) return new MemoryRateLimiter();
    const limiter = new RedisRateLimiter(config.REDIS_URL);
    await limiter.connect();
    return limiter;
  },
};

@Module({
  imports: [TranslationModule],
  controllers: [DiscussionsController],
  providers: [
    rateLimiterProvider,
    RoomAccessService,
    MessagesRepository,
    MessagesService,
    ModerationService,
    ModerationQueueService,
    RoomNotifications,
    DiscussionsService,
    AnnouncementVersionsService,
    DiscussionsEmitter,
    DiscussionsGateway,
    FollowMembershipJob,
  ],
  exports: [DiscussionsService, ModerationQueueService],
})
export class DiscussionsModule implements OnModuleDestroy {
  constructor(@Inject(RateLimiter) private readonly limiter: RateLimiter) {}

  async onModuleDestroy(): Promise<void> {
    await this.limiter.close();
  }
}
