import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser, Roles } from '../access/decorators';
import { PageOf } from '../common/api-schema';
import { Clock } from '../common/clock';
import { Page } from '../common/pagination';
import { allPages, ApiXlsx, exportFileName, sendXlsx } from '../common/xlsx';
import { AcceptDto, ActivityDto, AssignDto, CompleteTaskDto, MeasureDto, ReasonDto, TaskFilterDto, UrgeDto } from './dto/task.dto';
import { TaskDetail } from './dto/task-detail.view';
import { TASK_COLUMNS } from './dto/task-export';
import { ActivityView, TaskView, UrgeView } from './dto/task-records.view';
import { TaskCounts, TaskSummary } from './dto/task.view';
import { SchoolProgressView } from './dto/coverage.view';
import { TaskCoverage } from './task-coverage.service';
import { TaskDetailService } from './task-detail.service';
import { TaskQueriesService } from './task-queries.service';
import { ActivitiesService } from './activities.service';
import { TasksService } from './tasks.service';

@ApiTags('任务')
@ApiBearerAuth()
@Controller('tasks')
export class TasksController {
  constructor(
    private readonly tasks: TasksService,
    private readonly activities: ActivitiesService,
    private readonly coverage: TaskCoverage,
    private readonly queries: TaskQueriesService,
    private readonly details: TaskDetailService,
    private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({ summary: '任务列表：逾期、即将到期、其他未完成、已完成（股室用户只看本部门）' })
  @ApiOkResponse({ type: PageOf(TaskSummary) })
  list(@CurrentUser() caller: AuthUser, @Query() f: TaskFilterDto): Promise<Page<TaskSummary>> {
    return this.queries.list(caller, f);
  }

  @Get('export.xlsx')
  @ApiOperation({ summary: '导出任务列表为 Excel（与列表相同的筛选条件和可见范围，全部页）' })
  @ApiXlsx('任务清单（.xlsx）')
  exportList(@CurrentUser() caller: AuthUser, @Query() f: TaskFilterDto, @Res() res: Response): Promise<void> {
    return this.sendTasks(
      res,
      '任务清单',
      allPages(f, (q) => this.queries.list(caller, q)),
    );
  }

  @Get('counts')
  @ApiOperation({ summary: '各状态任务数（与列表相同的筛选条件）' })
  @ApiOkResponse({ type: TaskCounts })
  counts(@CurrentUser() caller: AuthUser, @Query() f: TaskFilterDto): Promise<TaskCounts> {
    return this.queries.counts(caller, f);
  }

  @Get('review-queue')
  @ApiOperation({ summary: '待我审核的任务' })
  @ApiOkResponse({ type: PageOf(TaskSummary) })
  reviewQueue(@CurrentUser() caller: AuthUser, @Query() f: TaskFilterDto): Promise<Page<TaskSummary>> {
    return this.queries.reviewQueue(caller, f);
  }

  @Get('review-queue/export.xlsx')
  @ApiOperation({ summary: '导出待我审核的任务为 Excel' })
  @ApiXlsx('待审核任务（.xlsx）')
  exportReviewQueue(@CurrentUser() caller: AuthUser, @Query() f: TaskFilterDto, @Res() res: Response): Promise<void> {
    return this.sendTasks(
      res,
      '待审核任务',
      allPages(f, (q) => this.queries.reviewQueue(caller, q)),
    );
  }

  @Get(':id')
  @ApiOperation({ summary: '任务详情：说明、依据、佐证要求、前置事项、配合任务、历史、材料、催办' })
  @ApiOkResponse({ type: TaskDetail })
  detail(@CurrentUser() caller: AuthUser, @Param('id', ParseIntPipe) id: number): Promise<TaskDetail> {
    return this.details.detail(caller, id);
  }

  @Get(':id/schools')
  @ApiOperation({ summary: '学校牵头事项的完成情况：覆盖率与目标；配合股室和局领导另见各校任务' })
  @ApiOkResponse({ type: SchoolProgressView })
  schools(@CurrentUser() caller: AuthUser, @Param('id', ParseIntPipe) id: number): Promise<SchoolProgressView> {
    return this.coverage.ofTask(caller, id);
  }

  @Post(':id/complete')
  @HttpCode(200)
  @ApiOperation({ summary: '办结（需审核的事项则提交审核），须填写完成情况' })
  @ApiOkResponse({ type: TaskView })
  async complete(@CurrentUser() caller: AuthUser, @Param('id', ParseIntPipe) id: number, @Body() dto: CompleteTaskDto): Promise<TaskView> {
    return TaskView.of(await this.tasks.complete(caller, id, dto));
  }

  @Post(':id/accept')
  @HttpCode(200)
  @ApiOperation({ summary: '审核通过' })
  @ApiOkResponse({ type: TaskView })
  async accept(@CurrentUser() caller: AuthUser, @Param('id', ParseIntPipe) id: number, @Body() dto: AcceptDto): Promise<TaskView> {
    return TaskView.of(await this.tasks.accept(caller, id, dto.note));
  }

  @Post(':id/return')
  @HttpCode(200)
  @ApiOperation({ summary: '退回，须说明理由' })
  @ApiOkResponse({ type: TaskView })
  async returnTask(@CurrentUser() caller: AuthUser, @Param('id', ParseIntPipe) id: number, @Body() dto: ReasonDto): Promise<TaskView> {
    return TaskView.of(await this.tasks.returnTask(caller, id, dto.reason));
  }

  @Post(':id/reopen')
  @HttpCode(200)
  @ApiOperation({ summary: '重新打开已完成的任务，须说明理由；已上传的材料保留' })
  @ApiOkResponse({ type: TaskView })
  async reopen(@CurrentUser() caller: AuthUser, @Param('id', ParseIntPipe) id: number, @Body() dto: ReasonDto): Promise<TaskView> {
    return TaskView.of(await this.tasks.reopen(caller, id, dto.reason));
  }

  @Post(':id/activities')
  @ApiOperation({ summary: '记录一次活动（如学习会、法治课），计入目标数量；日期须在任务期间内且不晚于今天' })
  @ApiCreatedResponse({ type: ActivityView })
  async addActivity(@CurrentUser() caller: AuthUser, @Param('id', ParseIntPipe) id: number, @Body() dto: ActivityDto): Promise<ActivityView> {
    return ActivityView.of(await this.activities.add(caller, id, dto));
  }

  @Post(':id/activities/:activityId/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: '撤回活动（记录人或本部门负责人），须说明理由；撤回后不再计入目标，记录保留' })
  @ApiOkResponse({ type: ActivityView })
  async withdrawActivity(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseIntPipe) id: number,
    @Param('activityId', ParseIntPipe) activityId: number,
    @Body() dto: ReasonDto,
  ): Promise<ActivityView> {
    return ActivityView.of(await this.activities.withdraw(caller, id, activityId, dto.reason));
  }

  @Put(':id/measure')
  @ApiOperation({ summary: '填写比率目标的分子和分母（如 参考人数/应参考人数），任务显示百分比' })
  @ApiOkResponse({ type: TaskView })
  async measure(@CurrentUser() caller: AuthUser, @Param('id', ParseIntPipe) id: number, @Body() dto: MeasureDto): Promise<TaskView> {
    return TaskView.of(await this.tasks.measure(caller, id, dto));
  }

  @Patch(':id/assignee')
  @Roles('head')
  @ApiOperation({ summary: '指定经办人（本部门负责人）；经办人同样收到到期提醒' })
  @ApiOkResponse({ type: TaskView })
  async assign(@CurrentUser() caller: AuthUser, @Param('id', ParseIntPipe) id: number, @Body() dto: AssignDto): Promise<TaskView> {
    return TaskView.of(await this.tasks.assign(caller, id, dto.assigneeId ?? null));
  }

  @Post(':id/urges')
  @Roles('leader')
  @ApiOperation({ summary: '催办（局领导）：记录在任务上，并通知承办股室负责人' })
  @ApiCreatedResponse({ type: UrgeView })
  async urge(@CurrentUser() caller: AuthUser, @Param('id', ParseIntPipe) id: number, @Body() dto: UrgeDto): Promise<UrgeView> {
    return UrgeView.of(await this.tasks.urge(caller, id, dto.message));
  }

  private sendTasks(res: Response, title: string, rows: AsyncIterable<TaskSummary>): Promise<void> {
    return sendXlsx(res, exportFileName(title, this.clock.today()), [{ name: title, columns: TASK_COLUMNS, rows }]);
  }
}
