import { Module } from '@nestjs/common';
import { AdvisersModule } from '../advisers/advisers.module';
import { BureauModule } from '../bureau/bureau.module';
import { CalendarModule } from '../calendar/calendar.module';
import { CatalogModule } from '../catalog/catalog.module';
import { DocumentsModule } from '../documents/documents.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { FindingsModule } from '../findings/findings.module';
import { InspectionsModule } from '../inspections/inspections.module';
import { OrgModule } from '../org/org.module';
import { PlansModule } from '../plans/plans.module';
import { TasksModule } from '../tasks/tasks.module';
import { DemoAdvisers } from './demo-advisers';
import { DemoLoader } from './demo-loader';
import { DemoCertificates } from './demo-certificates';
import { InspectionsDemo } from './demo-inspections';
import { DemoSeeder } from './demo-seeder';
import { DemoFindings } from './demo-findings';

@Module({
  imports: [
    BureauModule,
    OrgModule,
    CalendarModule,
    CatalogModule,
    PlansModule,
    TasksModule,
    EvidenceModule,
    DocumentsModule,
    AdvisersModule,
    InspectionsModule,
    FindingsModule,
  ],
  providers: [DemoSeeder, DemoLoader, DemoAdvisers, DemoCertificates, InspectionsDemo, DemoFindings],
  exports: [DemoSeeder],
})
export class DemoModule {}
