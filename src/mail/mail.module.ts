import { Module } from '@nestjs/common';
import { MailJobs } from './mail.jobs';
import { MailTransport } from './mail-transport';
import { OutboxController } from './outbox.controller';
import { OutboxRepository } from './outbox-repository';
import { OutboxService } from './outbox.service';
import { SmtpBreaker } from './smtp-breaker';

@Module({
  providers: [MailTransport, SmtpBreaker, OutboxRepository, OutboxService, MailJobs],
  controllers: [OutboxController],
  exports: [OutboxService, MailJobs],
})
export class MailModule {}
