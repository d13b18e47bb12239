import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailModule } from '../mail/mail.module';
import { OrgModule } from '../org/org.module';
import { TasksModule } from '../tasks/tasks.module';
import { Notification } from './notification.entity';
import { NotificationSources } from './notification-sources';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

/** The notification centre (delivery layer): notices with read state, beside the e-mail outbox. */
@Module({
  imports: [TypeOrmModule.forFeature([Notification]), MailModule, TasksModule, OrgModule],
  providers: [NotificationsService, NotificationSources],
  controllers: [NotificationsController],
  exports: [NotificationsService],
})
export class NotificationsModule {}
