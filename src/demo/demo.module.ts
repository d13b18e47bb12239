import { Module } from '@nestjs/common';
import { BureauModule } from '../bureau/bureau.module';
import { CalendarModule } from '../calendar/calendar.module';
import { CatalogModule } from '../catalog/catalog.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { InspectionsModule } from '../inspections/inspections.module';
import { OrgModule } from '../org/org.module';
import { PlansModule } from '../plans/plans.module';
import { TasksModule } from '../tasks/tasks.module';
import { DemoLoader } from './demo-loader';
import { DemoCertificates } from './demo-certificates';
import { InspectionsDemo } from './demo-inspections';
import { DemoSeeder } from './demo-seeder';

@Module({
  imports: [BureauModule, OrgModule, CalendarModule, CatalogModule, PlansModule, TasksModule, EvidenceModule, InspectionsModule],
  providers: [DemoSeeder, DemoLoader, DemoCertificates, InspectionsDemo],
  exports: [DemoSeeder],
})
export class DemoModule {}
