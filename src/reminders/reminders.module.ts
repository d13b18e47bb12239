import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { MailModule } from '../mail/mail.module';
import { OversightModule } from '../oversight/oversight.module';
import { ReminderJobs } from './reminder-jobs';
import { RemindersController } from './reminders.controller';
import { RemindersService } from './reminders.service';

@Module({
  imports: [CalendarModule, MailModule, OversightModule],
  providers: [RemindersService, ReminderJobs],
  controllers: [RemindersController],
  exports: [ReminderJobs, RemindersService],
})
export class RemindersModule {}
