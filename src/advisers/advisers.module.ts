import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BureauModule } from '../bureau/bureau.module';
import { CalendarModule } from '../calendar/calendar.module';
import { CatalogModule } from '../catalog/catalog.module';
import { OrgModule } from '../org/org.module';
import { TasksModule } from '../tasks/tasks.module';
import { AdviserEngagement } from './adviser-engagement.entity';
import { AdviserRequestDetail } from './adviser-request-detail.entity';
import { AdvisersExcelController } from './advisers-excel.controller';
import { AdvisersController } from './advisers.controller';
import { EngagementImportService } from './engagement-import.service';
import { EngagementsService } from './engagements.service';
import { RegisterAccess } from './register-access';
import { ReviewRequestsService } from './review-requests.service';
import { SchoolCoverageService } from './school-coverage.service';

/** The 法律顾问 register (issue 12, point 4). PlanFigures comes from the global PlansModule. */
@Module({
  imports: [TypeOrmModule.forFeature([AdviserEngagement, AdviserRequestDetail]), TasksModule, CatalogModule, OrgModule, CalendarModule, BureauModule],
  providers: [RegisterAccess, EngagementsService, EngagementImportService, ReviewRequestsService, SchoolCoverageService],
  controllers: [AdvisersExcelController, AdvisersController],
  exports: [EngagementsService, ReviewRequestsService],
})
export class AdvisersModule {}
