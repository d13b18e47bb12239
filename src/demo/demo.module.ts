import { Module } from '@nestjs/common';
import { BureauModule } from '../bureau/bureau.module';
import { CalendarModule } from '../calendar/calendar.module';
import { CatalogModule } from '../catalog/catalog.module';
import { DocumentsModule } from '../documents/documents.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { OrgModule } from '../org/org.module';
import { PlansModule } from '../plans/plans.module';
import { TasksModule } from '../tasks/tasks.module';
import { DemoLoader } from './demo-loader';
import { DemoSeeder } from './demo-seeder';

@Module({
  imports: [BureauModule, OrgModule, CalendarModule, CatalogModule, PlansModule, TasksModule, EvidenceModule, DocumentsModule],
  providers: [DemoSeeder, DemoLoader],
  exports: [DemoSeeder],
})
export class DemoModule {}
