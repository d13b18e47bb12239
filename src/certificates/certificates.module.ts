import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BureauModule } from '../bureau/bureau.module';
import { CalendarModule } from '../calendar/calendar.module';
import { CatalogModule } from '../catalog/catalog.module';
import { MailModule } from '../mail/mail.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrgModule } from '../org/org.module';
import { OfficerCheck } from '../tasks/task-ports';
import { EnforcementCertificate } from './certificate.entity';
import { CertificateExcelController } from './certificate-excel.controller';
import { CertificateImportService } from './certificate-import.service';
import { CertificateJobs } from './certificate-jobs';
import { CertificateRegistry } from './certificate-registry';
import { CertificatesController } from './certificates.controller';
import { CertificatesService } from './certificates.service';
import { ExpiryNotices } from './expiry-notices';
import { CertifiedOfficerCheck } from './officer-check';
import { TaskOfficer } from './task-officer.entity';

/**
 * 执法人员 and 执法证 register: certificates, their expiry notices, and the officers recorded on
 * enforcement steps. Global only to hand the tasks module its OfficerCheck port (tasks sit below).
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([EnforcementCertificate, TaskOfficer]),
    OrgModule,
    BureauModule,
    CalendarModule,
    CatalogModule,
    MailModule,
    NotificationsModule,
  ],
  providers: [
    CertificateRegistry,
    CertificatesService,
    CertificateImportService,
    ExpiryNotices,
    CertificateJobs,
    { provide: OfficerCheck, useClass: CertifiedOfficerCheck },
  ],
  controllers: [CertificateExcelController, CertificatesController],
  exports: [CertificateRegistry, CertificatesService, OfficerCheck],
})
export class CertificatesModule {}
