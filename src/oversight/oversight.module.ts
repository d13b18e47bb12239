import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { OrgModule } from '../org/org.module';
import { TasksModule } from '../tasks/tasks.module';
import { OversightController } from './oversight.controller';
import { OversightService } from './oversight.service';

@Module({
  imports: [TasksModule, OrgModule, CatalogModule],
  providers: [OversightService],
  controllers: [OversightController],
  exports: [OversightService],
})
export class OversightModule {}
