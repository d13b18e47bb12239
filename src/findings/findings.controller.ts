import { Body, Controller, Get, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser, Roles } from '../access/decorators';
import { PageOf } from '../common/api-schema';
import type { Page } from '../common/pagination';
import { CloseFindingDto, CreateFindingDto, FindingQueryDto, ReportFindingDto, SendBackFindingDto, UpdateFindingDto } from './dto/finding.dto';
import { FindingDetailView, FindingFiguresView, FindingView } from './dto/finding.view';
import { FindingQueries } from './finding-queries.service';
import { FindingsService } from './findings.service';

/** 整改台账: findings to rectify, each carried by a task of the engine. Advisers see none. */
@ApiTags('整改台账')
@ApiBearerAuth()
@Roles('admin', 'leader', 'head', 'staff')
@Controller('findings')
export class FindingsController {
  constructor(
    private readonly findings: FindingsService,
    private readonly queries: FindingQueries,
  ) {}

  @Get()
  @ApiOperation({ summary: '整改台账（本股室的问题；政策法规股、局领导和管理员看全部）' })
  @ApiOkResponse({ type: PageOf(FindingView) })
  list(@CurrentUser() caller: AuthUser, @Query() q: FindingQueryDto): Promise<Page<FindingView>> {
    return this.queries.list(caller, q);
  }

  @Get('figures/:year')
  @ApiOperation({ summary: '年度整改统计：按来源和状态计数、逾期、按期整改' })
  @ApiOkResponse({ type: FindingFiguresView })
  figures(@CurrentUser() caller: AuthUser, @Param('year', ParseIntPipe) year: number): Promise<FindingFiguresView> {
    return this.queries.figures(caller, year);
  }

  @Post()
  @ApiOperation({ summary: '登记整改问题（政策法规股、局领导、管理员；各股室登记本股室的自查问题），同时生成整改任务' })
  @ApiCreatedResponse({ type: FindingDetailView })
  async create(@CurrentUser() caller: AuthUser, @Body() dto: CreateFindingDto): Promise<FindingDetailView> {
    const finding = await this.findings.create(caller, dto);
    return this.queries.detail(caller, finding.id);
  }

  @Get(':id')
  @ApiOperation({ summary: '整改问题详情：整改任务、佐证材料和历史' })
  @ApiOkResponse({ type: FindingDetailView })
  detail(@CurrentUser() caller: AuthUser, @Param('id', ParseIntPipe) id: number): Promise<FindingDetailView> {
    return this.queries.detail(caller, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: '修改整改问题（政策法规股、管理员；责任股室只改整改措施）；变更整改期限须说明理由' })
  @ApiOkResponse({ type: FindingDetailView })
  async update(@CurrentUser() caller: AuthUser, @Param('id', ParseIntPipe) id: number, @Body() dto: UpdateFindingDto): Promise<FindingDetailView> {
    await this.findings.update(caller, id, dto);
    return this.queries.detail(caller, id);
  }

  @Post(':id/report')
  @ApiOperation({ summary: '责任股室报告整改完成（须已上传佐证材料），提交政策法规股销号' })
  @ApiCreatedResponse({ type: FindingDetailView })
  async report(@CurrentUser() caller: AuthUser, @Param('id', ParseIntPipe) id: number, @Body() dto: ReportFindingDto): Promise<FindingDetailView> {
    await this.findings.report(caller, id, dto.note);
    return this.queries.detail(caller, id);
  }

  @Post(':id/close')
  @ApiOperation({ summary: '销号（政策法规股或局领导审核通过）' })
  @ApiCreatedResponse({ type: FindingDetailView })
  async close(@CurrentUser() caller: AuthUser, @Param('id', ParseIntPipe) id: number, @Body() dto: CloseFindingDto): Promise<FindingDetailView> {
    await this.findings.close(caller, id, dto.note);
    return this.queries.detail(caller, id);
  }

  @Post(':id/send-back')
  @ApiOperation({ summary: '退回整改（须说明理由）' })
  @ApiCreatedResponse({ type: FindingDetailView })
  async sendBack(@CurrentUser() caller: AuthUser, @Param('id', ParseIntPipe) id: number, @Body() dto: SendBackFindingDto): Promise<FindingDetailView> {
    await this.findings.sendBack(caller, id, dto.reason);
    return this.queries.detail(caller, id);
  }
}
