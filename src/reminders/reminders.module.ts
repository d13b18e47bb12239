import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarModule } from '../calendar/calendar.module';
import { CatalogModule } from '../catalog/catalog.module';
import { MailModule } from '../mail/mail.module';
import { OrgModule } from '../org/org.module';
import { OversightModule } from '../oversight/oversight.module';
import { TasksModule } from '../tasks/tasks.module';
import { ReminderPolicy } from './reminder-policy.entity';
import { ReminderQueue } from './reminder-queue';
import { ReminderRun } from './reminder-run.entity';
import { RemindersController } from './reminders.controller';
import { RemindersService } from './reminders.service';

@Module({
  imports: [TypeOrmModule.forFeature([ReminderPolicy, ReminderRun]), CalendarModule, MailModule, OversightModule, TasksModule, OrgModule, CatalogModule],
  providers: [RemindersService, ReminderQueue],
  controllers: [RemindersController],
  exports: [ReminderQueue, RemindersService],
})
export class RemindersModule {}
