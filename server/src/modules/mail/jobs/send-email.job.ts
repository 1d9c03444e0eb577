import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { JobPayloads } from '@sstc/shared';
import { JobsService } from '../../jobs/jobs.service.js';
import { EmailDelivery } from '../email-delivery.entity.js';
import { MailService } from '../mail.service.js';

/**
 * Sends one templated email. The delivery row keyed by the job's key makes a retried job
 * (after a crash, or on another instance) a no-op once the message went out.
 */
@Injectable()
export class SendEmailJob implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobsService,
    private readonly mail: MailService,
    @InjectRepository(EmailDelivery) private readonly deliveries: Repository<EmailDelivery>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work('send-email', (payload) => this.run(payload));
  }

  async run(payload: JobPayloads['send-email']): Promise<void> {
    const existing = await this.deliveries.findOneBy({ key: payload.key });
    if (existing?.status === 'sent') return;
    const email = this.mail.render(payload.template, payload.language, payload.params);
    try {
      await this.mail.send({ to: payload.to, ...email });
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
