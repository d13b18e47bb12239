import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { MailModule } from '../mail/mail.module';
import { OversightModule } from '../oversight/oversight.module';
import { ReminderQueue } from './reminder-queue';
import { RemindersController } from './reminders.controller';
import { RemindersService } from './reminders.service';

@Module({
  imports: [CalendarModule, MailModule, OversightModule],
  providers: [RemindersService, ReminderQueue],
  controllers: [RemindersController],
  exports: [ReminderQueue, RemindersService],
})
export class RemindersModule {}
