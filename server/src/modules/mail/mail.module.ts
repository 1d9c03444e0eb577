import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EmailDelivery } from './email-delivery.entity.js';
import { SendEmailJob } from './jobs/send-email.job.js';
import { MailService } from './mail.service.js';
import { UsersModule } from '../users/users.module.js';

@Module({
  imports: [TypeOrmModule.forFeature([EmailDelivery]), UsersModule],
  providers: [MailService, SendEmailJob],
  exports: [MailService],
})
export class MailModule {}
