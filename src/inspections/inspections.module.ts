import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BureauModule } from '../bureau/bureau.module';
import { CatalogModule } from '../catalog/catalog.module';
import { CertificatesModule } from '../certificates/certificates.module';
import { OrgModule } from '../org/org.module';
import { TasksModule } from '../tasks/tasks.module';
import { InspectionConflict, InspectionItem, InspectionTarget } from './directory.entity';
import { DirectoryController } from './directory.controller';
import { DirectoryService } from './directory.service';
import { InspectionDraw, InspectionDrawTarget } from './draw.entity';
import { DrawSteps } from './draw-steps';
import { DrawViews } from './draw-views';
import { DrawsController } from './draws.controller';
import { DrawsService } from './draws.service';
import { InspectionAccess } from './inspection-access';
import { InspectionPlanService } from './inspection-plan.service';
import { InspectionsExcelController } from './inspections-excel.controller';
import { TargetImportService } from './target-import.service';

/** 双随机一公开: target directory, item list, 回避, the verifiable draw, results, yearly plan and coverage. */
@Module({
  imports: [
    TypeOrmModule.forFeature([InspectionTarget, InspectionItem, InspectionConflict, InspectionDraw, InspectionDrawTarget]),
    CertificatesModule,
    OrgModule,
    CatalogModule,
    BureauModule,
    TasksModule,
  ],
  providers: [InspectionAccess, DirectoryService, TargetImportService, DrawsService, DrawViews, DrawSteps, InspectionPlanService],
  // The Excel controller first: its fixed paths must win over `targets/:id`.
  controllers: [InspectionsExcelController, DirectoryController, DrawsController],
  exports: [DirectoryService, InspectionPlanService],
})
export class InspectionsModule {}
