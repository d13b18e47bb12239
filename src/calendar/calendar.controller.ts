import { BadRequestException, Body, Controller, Get, Param, ParseIntPipe, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser, Roles } from '../access/decorators';
import { isValidDate } from '../common/dates';
import { CalendarService } from './calendar.service';
import { CalendarHealthView, CalendarYearView, WorkingDayAnswer } from './dto/calendar-year.view';
import { LoadCalendarYearDto } from './dto/load-calendar-year.dto';

@ApiTags('节假日安排')
@ApiBearerAuth()
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get('years')
  @ApiOperation({ summary: '已载入的年度放假和调休安排' })
  @ApiOkResponse({ type: [CalendarYearView] })
  async years(): Promise<CalendarYearView[]> {
    return (await this.calendar.listYears()).map(CalendarYearView.of);
  }

  @Get('health')
  @Roles('admin')
  @ApiOperation({ summary: '节假日安排是否齐全：今年未载入，或 11 月 1 日起明年仍未载入时给出提示（管理员）' })
  @ApiOkResponse({ type: CalendarHealthView })
  health(): Promise<CalendarHealthView> {
    return this.calendar.health();
  }

  @Put('years/:year')
  @Roles('admin')
  @ApiOperation({ summary: '载入或更正某年的放假和调休安排（管理员；国务院办公厅每年11月前后公布）' })
  @ApiOkResponse({ type: CalendarYearView })
  async load(@Param('year', ParseIntPipe) year: number, @Body() dto: LoadCalendarYearDto, @CurrentUser() caller: AuthUser): Promise<CalendarYearView> {
    if (dto.year !== year) throw new BadRequestException(`路径中的年份 ${year} 与内容中的年份 ${dto.year} 不一致`);
    return CalendarYearView.of(await this.calendar.loadYear(dto, caller.id));
  }

  @Get('working-days')
  @ApiOperation({ summary: '计算：某日之后第 N 个工作日（N 可为负），以及该日是否工作日' })
  @ApiOkResponse({ type: WorkingDayAnswer })
  async workingDays(@Query('from') from: string, @Query('n') n = '0'): Promise<WorkingDayAnswer> {
    const count = Number(n);
    if (!isValidDate(from)) throw new BadRequestException('from 必须是日期（YYYY-MM-DD）');
    if (!Number.isInteger(count) || Math.abs(count) > 366) throw new BadRequestException('n 必须是 -366 到 366 之间的整数');
    const cal = await this.calendar.calendar();
    const date = cal.addWorkingDays(from, count);
    return { from, n: count, date, isWorkingDay: cal.isWorkingDay(date) };
  }
}
