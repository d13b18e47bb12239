import { Body, Controller, Get, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser, Roles } from '../access/decorators';
import { mapPage, PageOf } from '../common/api-schema';
import { Page } from '../common/pagination';
import { CreateAnnualPlanDto, CreateEventPlanDto, PlanQueryDto, UpdateAnchorsDto } from './dto/plan.dto';
import { PlanResultView, PlanView } from './dto/plan.view';
import { PlansService } from './plans.service';

@ApiTags('计划')
@ApiBearerAuth()
@Controller('plans')
export class PlansController {
  constructor(private readonly plans: PlansService) {}

  @Get()
  @ApiOperation({ summary: '计划列表（年度计划和逐件事项；股室用户只看年度计划和本部门参与的事项）' })
  @ApiOkResponse({ type: PageOf(PlanView) })
  async list(@CurrentUser() caller: AuthUser, @Query() q: PlanQueryDto): Promise<Page<PlanView>> {
    return mapPage(await this.plans.list(caller, q), PlanView.of);
  }

  @Get(':id')
  @ApiOperation({ summary: '一个计划' })
  @ApiOkResponse({ type: PlanView })
  async get(@CurrentUser() caller: AuthUser, @Param('id', ParseIntPipe) id: number): Promise<PlanView> {
    return PlanView.of(await this.plans.get(caller, id));
  }

  @Post('annual')
  @Roles('admin')
  @ApiOperation({
    summary: '生成某年度的法治政府建设工作计划（管理员）；同一年度只能生成一次，且须已载入该年节假日安排；启用日期前到期的事项作为补录，不计逾期、不发提醒',
  })
  @ApiCreatedResponse({ type: PlanResultView })
  async createAnnual(@Body() dto: CreateAnnualPlanDto, @CurrentUser() caller: AuthUser): Promise<PlanResultView> {
    return PlanResultView.of(await this.plans.createAnnual(dto.year, caller, dto.startOn));
  }

  @Post('event')
  @Roles('admin', 'leader', 'head', 'staff')
  @ApiOperation({ summary: '按事件模板登记一件事项（规范性文件、重大决策、执法案件、抽查……），生成其步骤任务' })
  @ApiCreatedResponse({ type: PlanResultView })
  async createEvent(@Body() dto: CreateEventPlanDto, @CurrentUser() caller: AuthUser): Promise<PlanResultView> {
    return PlanResultView.of(await this.plans.createEvent(dto, caller));
  }

  @Patch(':id/anchors')
  @Roles('admin', 'leader', 'head', 'staff')
  @ApiOperation({
    summary: '填写或更正事项的事件日期（如 发布日期、决定日期），相关任务随之生成或调整期限并通知相关人员；更正已填写的日期须说明理由；已撤销的事项不能修改',
  })
  @ApiOkResponse({ type: PlanResultView })
  async updateAnchors(@Param('id', ParseIntPipe) id: number, @Body() dto: UpdateAnchorsDto, @CurrentUser() caller: AuthUser): Promise<PlanResultView> {
    return PlanResultView.of(await this.plans.updateAnchors(id, dto.anchors, caller, dto.reason));
  }
}
