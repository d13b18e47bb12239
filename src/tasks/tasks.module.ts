import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarModule } from '../calendar/calendar.module';
import { CatalogModule } from '../catalog/catalog.module';
import { OrgModule } from '../org/org.module';
import { ActivitiesService } from './activities.service';
import { Activity } from './activity.entity';
import { TaskCoverage } from './task-coverage.service';
import { TaskDetailService } from './task-detail.service';
import { TaskFigures } from './task-figures.service';
import { TaskNotApplicableController } from './task-not-applicable.controller';
import { TaskNotApplicableService } from './task-not-applicable.service';
import { TaskQueriesService } from './task-queries.service';
import { Task } from './task.entity';
import { TaskStore } from './task-store.service';
import { AdviserSteps } from './adviser-steps';
import { TaskTransition } from './task-transition.entity';
import { TasksController } from './tasks.controller';
import { TasksService } from './tasks.service';
import { Urge } from './urge.entity';

/**
 * Owns the task tables. The task page's plan titles and evidence come through ports
 * (task-ports.ts) that the plans and evidence modules provide.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Task, TaskTransition, Activity, Urge]), CalendarModule, CatalogModule, OrgModule],
  providers: [
    TaskStore,
    AdviserSteps,
    TasksService,
    TaskNotApplicableService,
    ActivitiesService,
    TaskCoverage,
    TaskQueriesService,
    TaskDetailService,
    TaskFigures,
  ],
  controllers: [TasksController, TaskNotApplicableController],
  exports: [TaskStore, TasksService, ActivitiesService, TaskCoverage, TaskQueriesService, TaskFigures, AdviserSteps],
})
export class TasksModule {}
