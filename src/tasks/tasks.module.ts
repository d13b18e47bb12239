import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarModule } from '../calendar/calendar.module';
import { CatalogModule } from '../catalog/catalog.module';
import { OrgModule } from '../org/org.module';
import { Activity } from './activity.entity';
import { TaskDetailService } from './task-detail.service';
import { TaskFigures } from './task-figures.service';
import { TaskNotApplicableController } from './task-not-applicable.controller';
import { TaskNotApplicableService } from './task-not-applicable.service';
import { TaskQueriesService } from './task-queries.service';
import { Task } from './task.entity';
import { TaskStore } from './task-store.service';
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
  providers: [TaskStore, TasksService, TaskNotApplicableService, TaskQueriesService, TaskDetailService, TaskFigures],
  controllers: [TasksController, TaskNotApplicableController],
  exports: [TaskStore, TasksService, TaskQueriesService, TaskFigures],
})
export class TasksModule {}
