import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { TaskDetailService } from './task-detail.service';
import { TaskQueriesService } from './task-queries.service';
import { TasksController } from './tasks.controller';
import { TasksService } from './tasks.service';

@Module({
  imports: [CalendarModule],
  providers: [TasksService, TaskQueriesService, TaskDetailService],
  controllers: [TasksController],
  exports: [TasksService, TaskQueriesService],
})
export class TasksModule {}
