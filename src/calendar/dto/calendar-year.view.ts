import { ApiProperty } from '@nestjs/swagger';
import { DATE_TIME } from '../../common/api-schema';
import type { CalendarYear, CalendarYearSource } from '../calendar-year.entity';

export class HolidayNameView {
  @ApiProperty({ example: '2027-01-01' }) date: string;
  @ApiProperty({ example: '元旦' }) name: string;
}

/** One year's holiday arrangement (放假和调休安排). */
export class CalendarYearView {
  @ApiProperty() year: number;
  @ApiProperty({ enum: ['builtin', 'admin'], description: 'builtin 随程序提供；admin 管理员载入' }) source: CalendarYearSource;
  @ApiProperty({ type: [String], description: '放假日期' }) daysOff: string[];
  @ApiProperty({ type: [String], description: '调休上班日期' }) makeUpWorkdays: string[];
  @ApiProperty({ type: [HolidayNameView], nullable: true, description: '节日名称' }) holidays: HolidayNameView[] | null;
  @ApiProperty(DATE_TIME) loadedAt: Date;
  @ApiProperty({ type: Number, nullable: true, description: '载入人；随程序提供时为空' }) loadedById: number | null;

  static of(y: CalendarYear): CalendarYearView {
    return Object.assign(new CalendarYearView(), {
      year: y.year,
      source: y.source,
      daysOff: y.daysOff,
      makeUpWorkdays: y.makeUpWorkdays,
      holidays: y.holidays,
      loadedAt: y.loadedAt,
      loadedById: y.loadedById,
    });
  }
}

export class WorkingDayAnswer {
  @ApiProperty({ description: '起算日期' }) from: string;
  @ApiProperty({ description: '工作日数' }) n: number;
  @ApiProperty({ description: '结果日期' }) date: string;
  @ApiProperty({ description: '结果日期是否工作日' }) isWorkingDay: boolean;
}

/** Whether this year's and (from 11-01) next year's arrangements are loaded. */
export class CalendarHealthView {
  @ApiProperty({ description: '今天（Asia/Shanghai）', example: '2026-11-02' }) today: string;
  @ApiProperty({ description: '今年的安排是否已载入' }) currentYearLoaded: boolean;
  @ApiProperty({ example: 2027 }) nextYear: number;
  @ApiProperty({ description: '明年的安排是否已载入' }) nextYearLoaded: boolean;
  @ApiProperty({ type: Number, nullable: true, description: '应当载入的年份（先今年，11 月 1 日起明年）；一切正常时为空' }) missingYear: number | null;
  @ApiProperty({ type: String, nullable: true, description: '给管理员的提示；一切正常时为空' }) warning: string | null;
}
