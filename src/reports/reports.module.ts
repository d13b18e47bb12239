import { Module } from '@nestjs/common';
import { BureauModule } from '../bureau/bureau.module';
import { CatalogModule } from '../catalog/catalog.module';
import { OrgModule } from '../org/org.module';
import { PlansModule } from '../plans/plans.module';
import { TasksModule } from '../tasks/tasks.module';
import { AnnualReportService } from './annual-report.service';
import { ReportsController } from './reports.controller';

/** The annual rule-of-law report: figures from the tasks and plans modules, and its Word draft. */
@Module({
  imports: [TasksModule, PlansModule, CatalogModule, OrgModule, BureauModule],
  providers: [AnnualReportService],
  controllers: [ReportsController],
})
export class ReportsModule {}
