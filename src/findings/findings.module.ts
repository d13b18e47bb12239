import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { CatalogModule } from '../catalog/catalog.module';
import { OrgModule } from '../org/org.module';
import { PlansModule } from '../plans/plans.module';
import { TasksModule } from '../tasks/tasks.module';
import { FindingQueries } from './finding-queries.service';
import { Finding } from './finding.entity';
import { FindingsExcelController } from './findings-excel.controller';
import { FindingsImportService } from './findings-import.service';
import { FindingsController } from './findings.controller';
import { FindingsService } from './findings.service';

/** 整改台账: a register between the engine and delivery; its deadlines are tasks of the engine. */
@Module({
  imports: [TypeOrmModule.forFeature([Finding]), PlansModule, TasksModule, CatalogModule, OrgModule, AuditModule],
  providers: [FindingsService, FindingQueries, FindingsImportService],
  controllers: [FindingsExcelController, FindingsController],
  exports: [FindingsService, FindingQueries],
})
export class FindingsModule {}
