import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { JobPayloads } from '@sstc/shared';
import { JobsService } from '../../jobs/jobs.service.js';
import { EmailDelivery } from '../email-delivery.entity.js';
import { MailService } from '../mail.service.js';
import { UserTokensService } from '../../users/user-tokens.service.js';
import { UnsubscribeLinks } from '../../notifications/unsubscribe-links.service.js';

/**
 * Sends one templated email; an emailed link gets its token here, at send time. The delivery row keyed by the job's key makes a retried job
 * (after a crash, or on another instance) a no-op once the message went out.
 */
@Injectable()
export class SendEmailJob implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobsService,
    private readonly mail: MailService,
    private readonly links: UserTokensService,
    private readonly unsubscribeLinks: UnsubscribeLinks,
    @InjectRepository(EmailDelivery) private readonly deliveries: Repository<EmailDelivery>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work('send-email', (payload) => this.run(payload));
  }

  async run(payload: JobPayloads['send-email']): Promise<void> {
    const existing = await this.deliveries.findOneBy({ key: payload.key });
    if (existing?.status === 'sent') return;
    let params = payload.params;
    if (payload.linkTokenId) {
      const link = await this.links.mintLink(payload.linkTokenId);
      // A link used, replaced or expired meanwhile is not worth an email.
      if (!link) return;
      params = { ...params, link };
    }
    const unsubscribe = payload.unsubscribe && (await this.unsubscribeLinks.links(payload.unsubscribe.userId, payload.unsubscribe.scope));
    const email = this.mail.render(payload.template, payload.language, params, unsubscribe);
    try {
      await this.mail.send({ to: payload.to, ...email, ...(payload.calendar ? { icalEvent: payload.calendar } : {}) });
    } catch (error) {
      await this.deliveries.save({
        key: payload.key,
        recipient: payload.to,
        template: payload.template,
        status: 'failed',
        error: String(error).slice(0, 1000),
        sentAt: null,
      });
      throw error;
    }
    await this.deliveries.save({
      key: payload.key,
      recipient: payload.to,
      template: payload.template,
      status: 'sent',
      error: null,
      sentAt: new Date(),
    });
  }
}
