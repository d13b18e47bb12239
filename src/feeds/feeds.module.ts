import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '../catalog/catalog.module';
import { OrgModule } from '../org/org.module';
import { TasksModule } from '../tasks/tasks.module';
import { CalendarFeed } from './calendar-feed.entity';
import { CalendarFeedsController } from './calendar-feeds.controller';
import { CalendarFeedsService } from './calendar-feeds.service';

/** Delivery: the users' private task calendars (ICS), read by their calendar apps. */
@Module({
  imports: [TypeOrmModule.forFeature([CalendarFeed]), TasksModule, OrgModule, CatalogModule],
  providers: [CalendarFeedsService],
  controllers: [CalendarFeedsController],
})
export class FeedsModule {}
