import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser, Roles } from '../access/decorators';
import { PageOf } from '../common/api-schema';
import { Clock } from '../common/clock';
import { Page } from '../common/pagination';
import { allPages, ApiXlsx, exportFileName, sendXlsx, type XlsxColumn } from '../common/xlsx';
import { TASK_COLUMNS } from '../tasks/dto/task-export';
import { TaskPageQueryDto } from '../tasks/dto/task.dto';
import { TaskSummary } from '../tasks/dto/task.view';
import { CoverageRow } from '../tasks/dto/coverage.view';
import { CoverageQueryDto, OversightSummary, SummaryQueryDto, SummaryRow } from './dto/oversight.dto';
import { OversightService } from './oversight.service';

const summaryColumns = (nameHeader: string): XlsxColumn<SummaryRow>[] => [
  { header: nameHeader, value: (r) => r.name, width: 32 },
  { header: '任务总数', value: (r) => r.total },
  { header: '已完成', value: (r) => r.done },
  { header: '逾期', value: (r) => r.overdue },
  { header: '不适用', value: (r) => r.notApplicable },
  { header: '完成率（%）', value: (r) => Math.round(r.completionRate * 1000) / 10 },
  { header: '按期完成', value: (r) => r.onTime },
  { header: '逾期完成', value: (r) => r.late },
  { header: '按期完成率（%）', value: (r) => (r.onTimeRate === null ? '' : Math.round(r.onTimeRate * 1000) / 10) },
];

@ApiTags('督办看板')
@ApiBearerAuth()
@Roles('leader', 'admin')
@Controller('oversight')
export class OversightController {
  constructor(
    private readonly oversight: OversightService,
    private readonly clock: Clock,
  ) {}

  @Get('overdue')
  @ApiOperation({ summary: '全局逾期任务，按逾期天数从多到少（局领导）' })
  @ApiOkResponse({ type: PageOf(TaskSummary) })
  overdue(@Query() q: TaskPageQueryDto): Promise<Page<TaskSummary>> {
    return this.oversight.overdue(q);
  }

  @Get('overdue/export.xlsx')
  @ApiOperation({ summary: '导出逾期任务为 Excel（局领导）' })
  @ApiXlsx('逾期任务（.xlsx）')
  exportOverdue(@Query() q: TaskPageQueryDto, @Res() res: Response): Promise<void> {
    const rows = allPages(q, (page) => this.oversight.overdue(page));
    return sendXlsx(res, exportFileName('逾期任务', this.clock.today()), [{ name: '逾期任务', columns: TASK_COLUMNS, rows }]);
  }

  @Get('coverage')
  @ApiOperation({ summary: '学校覆盖率（学校章程、法律顾问、法治副校长……）：各校完成数、总数、覆盖率与目标；默认今年（局领导）' })
  @ApiOkResponse({ type: [CoverageRow] })
  coverage(@Query() q: CoverageQueryDto): Promise<CoverageRow[]> {
    return this.oversight.coverage(q.year);
  }

  @Get('summary')
  @ApiOperation({ summary: '按股室和按工作要点统计：总数、已完成、逾期、不适用、完成率、按期完成率；默认今年；本人分管的股室在前（局领导）' })
  @ApiOkResponse({ type: OversightSummary })
  summary(@CurrentUser() caller: AuthUser, @Query() q: SummaryQueryDto): Promise<OversightSummary> {
    return this.oversight.summary(caller.id, q);
  }

  @Get('summary/export.xlsx')
  @ApiOperation({ summary: '导出督办统计为 Excel：按股室、按工作要点各一个工作表（局领导）' })
  @ApiXlsx('督办统计（.xlsx）')
  async exportSummary(@CurrentUser() caller: AuthUser, @Query() q: SummaryQueryDto, @Res() res: Response): Promise<void> {
    const summary = await this.oversight.summary(caller.id, q);
    await sendXlsx(res, exportFileName('督办统计', summary.today), [
      { name: '按股室', columns: summaryColumns('股室或学校'), rows: summary.byDepartment },
      { name: '按工作要点', columns: summaryColumns('工作要点'), rows: summary.byWorkPoint },
    ]);
  }
}
