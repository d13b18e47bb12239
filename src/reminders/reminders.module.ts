import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarModule } from '../calendar/calendar.module';
import { CatalogModule } from '../catalog/catalog.module';
import { MailModule } from '../mail/mail.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrgModule } from '../org/org.module';
import { OversightModule } from '../oversight/oversight.module';
import { TasksModule } from '../tasks/tasks.module';
import { RobotsModule } from '../robots/robots.module';
import { NotificationPreference } from './notification-preference.entity';
import { ReminderJobs } from './reminder-jobs';
import { ReminderPolicy } from './reminder-policy.entity';
import { ReminderRun } from './reminder-run.entity';
import { RemindersController } from './reminders.controller';
import { RemindersService } from './reminders.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([ReminderPolicy, ReminderRun, NotificationPreference]),
    CalendarModule,
    RobotsModule,
    MailModule,
    NotificationsModule,
    OversightModule,
    TasksModule,
    OrgModule,
    CatalogModule,
  ],
  providers: [RemindersService, ReminderJobs],
  controllers: [RemindersController],
  exports: [ReminderJobs, RemindersService],
})
export class RemindersModule {}
