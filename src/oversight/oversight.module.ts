import { Module } from '@nestjs/common';
import { TasksModule } from '../tasks/tasks.module';
import { OversightController } from './oversight.controller';
import { OversightService } from './oversight.service';

@Module({
  imports: [TasksModule],
  providers: [OversightService],
  controllers: [OversightController],
  exports: [OversightService],
})
export class OversightModule {}
