import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BureauModule } from '../bureau/bureau.module';
import { CalendarModule } from '../calendar/calendar.module';
import { CatalogModule } from '../catalog/catalog.module';
import { OrgModule } from '../org/org.module';
import { PlanLookup } from '../tasks/task-ports';
import { TasksModule } from '../tasks/tasks.module';
import { PlanDirectory } from './plan-directory';
import { PlanFigures } from './plan-figures';
import { Plan } from './plan.entity';
import { PlansController } from './plans.controller';
import { PlansService } from './plans.service';
import { ScheduleRewording } from './schedule-rewording';
import { CalendarRedating } from './calendar-redating';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';
import { CaseRegistration } from './case-registration';

/** Global only to hand the tasks module its PlanLookup port (tasks sit below plans). */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([Plan]), TasksModule, CatalogModule, OrgModule, CalendarModule, BureauModule],
  providers: [PlansService, CalendarRedating, CasesService, CaseRegistration, PlanFigures, ScheduleRewording, { provide: PlanLookup, useClass: PlanDirectory }],
  controllers: [CasesController, PlansController],
  exports: [PlansService, PlanLookup, PlanFigures],
})
export class PlansModule {}
