import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrgModule } from '../org/org.module';
import { EnforcementCertificate } from './certificate.entity';
import { CertificateRegistry } from './certificate-registry';
import { TaskOfficer } from './task-officer.entity';

/** 执法人员 and 执法证 register: certificates, their expiry notices, and the officers recorded on enforcement steps. */
@Module({
  imports: [TypeOrmModule.forFeature([EnforcementCertificate, TaskOfficer]), OrgModule],
  providers: [CertificateRegistry],
  exports: [CertificateRegistry],
})
export class CertificatesModule {}
