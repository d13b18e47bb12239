import { Module } from '@nestjs/common';
import { MailTransport } from './mail-transport';
import { OutboxController } from './outbox.controller';
import { OutboxService } from './outbox.service';

@Module({
  providers: [MailTransport, OutboxService],
  controllers: [OutboxController],
  exports: [OutboxService],
})
export class MailModule {}
