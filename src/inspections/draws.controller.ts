import { Body, Controller, Get, Param, ParseIntPipe, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser, Roles } from '../access/decorators';
import { Clock } from '../common/clock';
import { ApiXlsx, exportFileName, sendXlsx } from '../common/xlsx';
import { type DrawResultRow, DrawViews } from './draw-views';
import { DrawsService } from './draws.service';
import { CreateDrawDto, DrawQueryDto, InspectionEndDto, RecordOutcomeDto, RedrawDto } from './dto/draw.dto';
import { InspectionCoverageView, DrawExportView, DrawSummaryView, DrawView, VerifyView, YearPlanView } from './dto/inspection.view';
import { InspectionPlanService } from './inspection-plan.service';

/** The draws (append-only), their verification and export, results per target, the year's plan and coverage. */
@ApiTags('双随机一公开')
@ApiBearerAuth()
@Roles('admin', 'leader', 'head', 'staff')
@Controller('inspections')
export class DrawsController {
  constructor(
    private readonly draws: DrawsService,
    private readonly views: DrawViews,
    private readonly plan: InspectionPlanService,
    private readonly clock: Clock,
  ) {}

  @Get('draws')
  @ApiOperation({ summary: '抽取记录（新的在前；可按抽查计划筛选，含已被替代的记录）' })
  @ApiOkResponse({ type: [DrawSummaryView] })
  list(@Query() q: DrawQueryDto): Promise<DrawSummaryView[]> {
    return this.views.list(q.planId);
  }

  @Get('draws/export.xlsx')
  @ApiOperation({ summary: '导出抽取结果台账为 Excel：每个抽中的检查对象一行（检查人员、检查结果；可按抽查计划筛选，含已被替代的记录）' })
  @ApiXlsx('抽取结果台账（.xlsx）')
  async exportResults(@Query() q: DrawQueryDto, @Res() res: Response): Promise<void> {
    await sendXlsx(res, exportFileName('双随机抽取结果', this.clock.today()), [
      {
        name: '抽取结果',
        rows: this.views.results(q.planId),
        columns: [
          { header: '抽取编号', value: (r: DrawResultRow) => r.draw.id, width: 10 },
          { header: '抽取日期', value: (r: DrawResultRow) => r.draw.drawnOn, kind: 'date' },
          { header: '抽查事项', value: (r: DrawResultRow) => r.draw.itemTitle, width: 24 },
          { header: '抽查计划', value: (r: DrawResultRow) => r.draw.planTitle, width: 24 },
          { header: '序号', value: (r: DrawResultRow) => r.target.position, width: 6 },
          { header: '检查对象', value: (r: DrawResultRow) => r.target.targetName, width: 24 },
          { header: '检查人员', value: (r: DrawResultRow) => r.target.inspectors.map((i) => `${i.holderName}（${i.certificateNo}）`).join('、'), width: 36 },
          { header: '检查结果', value: (r: DrawResultRow) => r.target.outcomeLabel },
          { header: '结果日期', value: (r: DrawResultRow) => r.target.outcomeOn, kind: 'date' },
          { header: '记录状态', value: (r: DrawResultRow) => (r.draw.supersededById ? `已被第${r.draw.supersededById}号抽取替代` : '有效') },
          { header: '种子哈希', value: (r: DrawResultRow) => r.draw.seed, width: 20 },
        ],
      },
    ]);
  }

  @Post('draws')
  @ApiOperation({ summary: '为一次抽查随机抽取检查对象和检查人员（政策法规股、民办教育股、管理员）；每次抽查只能抽取一次，重抽须说明理由' })
  @ApiCreatedResponse({ type: DrawView })
  draw(@CurrentUser() caller: AuthUser, @Body() dto: CreateDrawDto): Promise<DrawView> {
    return this.draws.draw(caller, dto);
  }

  @Get('draws/:id')
  @ApiOperation({ summary: '一次抽取：输入、快照哈希、种子和结果' })
  @ApiOkResponse({ type: DrawView })
  async get(@Param('id', ParseIntPipe) id: number): Promise<DrawView> {
    return this.views.detail(await this.draws.get(id));
  }

  @Post('draws/:id/redraw')
  @ApiOperation({ summary: '重新抽取（须说明理由）：原记录保留并标记为已被替代，两次都记入审计日志' })
  @ApiCreatedResponse({ type: DrawView })
  redraw(@CurrentUser() caller: AuthUser, @Param('id', ParseIntPipe) id: number, @Body() dto: RedrawDto): Promise<DrawView> {
    return this.draws.redraw(caller, id, dto);
  }

  @Get('draws/:id/verify')
  @ApiOperation({ summary: '验证：由保存的快照和种子文字重新计算，核对哈希、种子和结果' })
  @ApiOkResponse({ type: VerifyView })
  async verify(@Param('id', ParseIntPipe) id: number): Promise<VerifyView> {
    return this.views.verify(await this.draws.get(id));
  }

  @Get('draws/:id/export.json')
  @ApiOperation({ summary: '导出抽取的全部输入和结果（JSON），可用 scripts/verify-draw.ts 离线复核' })
  @ApiOkResponse({ type: DrawExportView })
  async export(@Param('id', ParseIntPipe) id: number): Promise<DrawExportView> {
    return this.views.exported(await this.draws.get(id));
  }

  @Put('draws/:id/targets/:position/outcome')
  @ApiOperation({ summary: '登记一个检查对象的检查结果（未发现问题/责令整改/立案查处/移送）' })
  @ApiOkResponse({ type: DrawView })
  outcome(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseIntPipe) id: number,
    @Param('position', ParseIntPipe) position: number,
    @Body() dto: RecordOutcomeDto,
  ): Promise<DrawView> {
    return this.draws.recordOutcome(caller, id, position, dto);
  }

  @Put('draws/:id/inspection-end')
  @ApiOperation({ summary: '填写检查结束日期（写入抽查事项的“检查结束日期”，据此生成结果公示任务）' })
  @ApiOkResponse({ type: DrawView })
  inspectionEnd(@CurrentUser() caller: AuthUser, @Param('id', ParseIntPipe) id: number, @Body() dto: InspectionEndDto): Promise<DrawView> {
    return this.draws.setInspectionEnd(caller, id, dto);
  }

  @Get('plan/:year')
  @ApiOperation({ summary: '年度抽查计划：事项、比例、频次和已完成的抽取次数' })
  @ApiOkResponse({ type: YearPlanView })
  year(@Param('year', ParseIntPipe) year: number): Promise<YearPlanView> {
    return this.plan.year(year);
  }

  @Get('coverage')
  @ApiOperation({ summary: '覆盖情况：超过设置年限未被抽中的在库检查对象' })
  @ApiOkResponse({ type: InspectionCoverageView })
  coverage(): Promise<InspectionCoverageView> {
    return this.plan.coverage();
  }
}
