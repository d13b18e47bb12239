import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AdvisersModule } from './advisers/advisers.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { BindersModule } from './binders/binders.module';
import { BureauModule } from './bureau/bureau.module';
import { CalendarModule } from './calendar/calendar.module';
import { CatalogModule } from './catalog/catalog.module';
import { CertificatesModule } from './certificates/certificates.module';
import { CommonModule } from './common/common.module';
import { DocumentsModule } from './documents/documents.module';
import { EvidenceModule } from './evidence/evidence.module';
import { FeedsModule } from './feeds/feeds.module';
import { InspectionsModule } from './inspections/inspections.module';
import { OversightModule } from './oversight/oversight.module';
import { ReportsModule } from './reports/reports.module';
import { MailModule } from './mail/mail.module';
import { NotificationsModule } from './notifications/notifications.module';
import { PlansModule } from './plans/plans.module';
import { QueueModule } from './queue/queue.module';
import { RemindersModule } from './reminders/reminders.module';
import { RobotsModule } from './robots/robots.module';
import { SearchModule } from './search/search.module';
import { TasksModule } from './tasks/tasks.module';
import { FindingsModule } from './findings/findings.module';
import { HttpErrorFilter } from './common/http-error.filter';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { DemoModule } from './demo/demo.module';
import { HealthModule } from './health/health.module';
import { OrgModule } from './org/org.module';
import { RedisModule } from './redis/redis.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        CommonModule,
        RedisModule,
        QueueModule,
        AuthModule,
        OrgModule,
        AuditModule,
        BureauModule,
        CalendarModule,
        CatalogModule,
        PlansModule,
        TasksModule,
        FindingsModule,
        EvidenceModule,
        OversightModule,
        ReportsModule,
        AdvisersModule,
        MailModule,
        NotificationsModule,
        RobotsModule,
        RemindersModule,
        FeedsModule,
        BindersModule,
        CertificatesModule,
        InspectionsModule,
        SearchModule,
        DocumentsModule,
        HealthModule,
        // Last: the demo needs the first admin and the catalogue in place.
        DemoModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: HttpErrorFilter }],
    };
  }
}
