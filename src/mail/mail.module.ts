import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChatChannels } from './chat-channels';
import { MailJobs } from './mail.jobs';
import { MailTransport } from './mail-transport';
import { OutboxController } from './outbox.controller';
import { OutboxRepository } from './outbox-repository';
import { OutboxMessage } from './outbox-message.entity';
import { OutboxService } from './outbox.service';
import { SmtpBreaker } from './smtp-breaker';

@Module({
  imports: [TypeOrmModule.forFeature([OutboxMessage])],
  providers: [ChatChannels, MailTransport, SmtpBreaker, OutboxRepository, OutboxService, MailJobs],
  controllers: [OutboxController],
  exports: [OutboxService, MailJobs, ChatChannels],
})
export class MailModule {}
