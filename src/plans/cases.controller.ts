import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser, Roles } from '../access/decorators';
import { TemplateView } from '../catalog/dto/catalog.view';
import { CasesService } from './cases.service';
import { AdviserRequestView, CaseView, PersonView } from './dto/case.view';
import { CancelPlanDto } from './dto/plan.dto';
import { PlanView } from './dto/plan.view';

/** Registered before PlansController so that `/plans/registrable` is not read as a plan id. */
@ApiTags('计划')
@ApiBearerAuth()
@Controller()
export class CasesController {
  constructor(private readonly cases: CasesService) {}

  @Get('plans/registrable')
  @ApiOperation({ summary: '本人可以登记的事件模板（管理员：全部）' })
  @ApiOkResponse({ type: [TemplateView] })
  async registrable(@CurrentUser() caller: AuthUser): Promise<TemplateView[]> {
    return (await this.cases.registrable(caller)).map(TemplateView.of);
  }

  @Get('plans/:id/steps')
  @ApiOperation({ summary: '事项页：登记信息和各步骤（期限、状态、前置步骤、股室、经办人）；限管理员、局领导、登记股室和有任务的股室' })
  @ApiOkResponse({ type: CaseView })
  steps(@CurrentUser() caller: AuthUser, @Param('id', ParseIntPipe) id: number): Promise<CaseView> {
    return this.cases.caseOf(caller, id);
  }

  @Post('plans/:id/cancel')
  @HttpCode(200)
  @Roles('admin', 'leader', 'head')
  @ApiOperation({ summary: '撤销事项（管理员、局领导、登记股室负责人），须说明理由；未完成的任务一并撤销' })
  @ApiOkResponse({ type: PlanView })
  async cancel(@CurrentUser() caller: AuthUser, @Param('id', ParseIntPipe) id: number, @Body() dto: CancelPlanDto): Promise<PlanView> {
    return PlanView.of(await this.cases.cancel(caller, id, dto.reason));
  }

  @Get('adviser/advisers')
  @Roles('admin', 'leader', 'head', 'staff')
  @ApiOperation({ summary: '在职的法律顾问（登记法律顾问审查时选择）' })
  @ApiOkResponse({ type: [PersonView] })
  advisers(): Promise<PersonView[]> {
    return this.cases.advisers();
  }

  @Get('adviser/requests')
  @Roles('adviser')
  @ApiOperation({ summary: '送达本人的法律顾问审查请求（法律顾问）' })
  @ApiOkResponse({ type: [AdviserRequestView] })
  requests(@CurrentUser() caller: AuthUser): Promise<AdviserRequestView[]> {
    return this.cases.adviserRequests(caller);
  }
}
