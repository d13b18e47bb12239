import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser, Roles } from '../access/decorators';
import { PageOf } from '../common/api-schema';
import { Page } from '../common/pagination';
import { TaskPageQueryDto } from '../tasks/dto/task.dto';
import { TaskSummary } from '../tasks/dto/task.view';
import { OversightSummary, SummaryQueryDto } from './dto/oversight.dto';
import { OversightService } from './oversight.service';

@ApiTags('督办看板')
@ApiBearerAuth()
@Roles('leader', 'admin')
@Controller('oversight')
export class OversightController {
  constructor(private readonly oversight: OversightService) {}

  @Get('overdue')
  @ApiOperation({ summary: '全局逾期任务，按逾期天数从多到少（局领导）' })
  @ApiOkResponse({ type: PageOf(TaskSummary) })
  overdue(@Query() q: TaskPageQueryDto): Promise<Page<TaskSummary>> {
    return this.oversight.overdue(q);
  }

  @Get('summary')
  @ApiOperation({ summary: '按股室和按工作要点统计：总数、已完成、逾期、完成率；本人分管的股室在前（局领导）' })
  @ApiOkResponse({ type: OversightSummary })
  summary(@CurrentUser() caller: AuthUser, @Query() q: SummaryQueryDto): Promise<OversightSummary> {
    return this.oversight.summary(caller.id, q);
  }
}
