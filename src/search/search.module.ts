import { Module } from '@nestjs/common';
import { PlansModule } from '../plans/plans.module';
import { TasksModule } from '../tasks/tasks.module';
import { SearchController } from './search.controller';
import { SearchService } from './search.service';

@Module({
  imports: [TasksModule, PlansModule],
  providers: [SearchService],
  controllers: [SearchController],
})
export class SearchModule {}
