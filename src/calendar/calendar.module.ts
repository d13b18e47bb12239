import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarYear } from './calendar-year.entity';
import { CalendarService } from './calendar.service';

@Module({
  imports: [TypeOrmModule.forFeature([CalendarYear])],
  providers: [CalendarService],
  exports: [CalendarService],
})
export class CalendarModule {}
