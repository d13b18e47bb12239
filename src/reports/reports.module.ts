import { Module } from '@nestjs/common';
import { AdvisersModule } from '../advisers/advisers.module';
import { BureauModule } from '../bureau/bureau.module';
import { CatalogModule } from '../catalog/catalog.module';
import { DocumentsModule } from '../documents/documents.module';
import { FindingsModule } from '../findings/findings.module';
import { InspectionsModule } from '../inspections/inspections.module';
import { OrgModule } from '../org/org.module';
import { PlansModule } from '../plans/plans.module';
import { TasksModule } from '../tasks/tasks.module';
import { AnnualReportService } from './annual-report.service';
import { RegisterFigures } from './register-figures';
import { ReportsController } from './reports.controller';

/** The annual rule-of-law report: figures from the tasks and plans modules and from the registers, and its Word draft. */
@Module({
  imports: [TasksModule, PlansModule, CatalogModule, OrgModule, BureauModule, DocumentsModule, AdvisersModule, InspectionsModule, FindingsModule],
  providers: [AnnualReportService, RegisterFigures],
  controllers: [ReportsController],
})
export class ReportsModule {}
