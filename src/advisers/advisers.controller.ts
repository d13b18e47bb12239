import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser, Roles } from '../access/decorators';
import { PageOf } from '../common/api-schema';
import type { Page } from '../common/pagination';
import { CreateEngagementDto, DismissEngagementDto, EngagementQueryDto, UpdateEngagementDto } from './dto/engagement.dto';
import { EngagementView, RegisterAccessView } from './dto/engagement.view';
import { ReviewRequestDetailDto, ReviewRequestQueryDto } from './dto/request.dto';
import { AdviserFiguresView, AdviserCoverageView, ReviewRequestView } from './dto/request.view';
import { EngagementsService } from './engagements.service';
import { RegisterAccess } from './register-access';
import { ReviewRequestsService } from './review-requests.service';
import { SchoolCoverageService } from './school-coverage.service';

/** The 法律顾问 register: engagements, review requests with turnaround, yearly figures, school coverage. */
@ApiTags('法律顾问台账')
@ApiBearerAuth()
@Roles('admin', 'leader', 'head', 'staff')
@Controller('advisers')
export class AdvisersController {
  constructor(
    private readonly engagements: EngagementsService,
    private readonly requests: ReviewRequestsService,
    private readonly coverage: SchoolCoverageService,
    private readonly access: RegisterAccess,
  ) {}

  @Get('access')
  @ApiOperation({ summary: '本人在法律顾问台账中的权限' })
  @ApiOkResponse({ type: RegisterAccessView })
  async can(@CurrentUser() caller: AuthUser): Promise<RegisterAccessView> {
    return { edit: await this.access.mayEdit(caller), readsAll: await this.access.readsAll(caller) };
  }

  @Get('engagements')
  @ApiOperation({ summary: '法律顾问聘任列表（政策法规股、局领导、管理员：全部；学校：覆盖本校的；其他股室：教育局聘请的）' })
  @ApiOkResponse({ type: PageOf(EngagementView) })
  list(@CurrentUser() caller: AuthUser, @Query() q: EngagementQueryDto): Promise<Page<EngagementView>> {
    return this.engagements.list(caller, q);
  }

  @Post('engagements')
  @ApiOperation({ summary: '登记法律顾问聘任（政策法规股、管理员）' })
  @ApiCreatedResponse({ type: EngagementView })
  create(@CurrentUser() caller: AuthUser, @Body() dto: CreateEngagementDto): Promise<EngagementView> {
    return this.engagements.create(caller, dto);
  }

  @Get('engagements/:id')
  @ApiOperation({ summary: '法律顾问聘任详情' })
  @ApiOkResponse({ type: EngagementView })
  get(@CurrentUser() caller: AuthUser, @Param('id', ParseIntPipe) id: number): Promise<EngagementView> {
    return this.engagements.get(caller, id);
  }

  @Patch('engagements/:id')
  @ApiOperation({ summary: '修改法律顾问聘任（续聘改结束日期；政策法规股、管理员）' })
  @ApiOkResponse({ type: EngagementView })
  update(@CurrentUser() caller: AuthUser, @Param('id', ParseIntPipe) id: number, @Body() dto: UpdateEngagementDto): Promise<EngagementView> {
    return this.engagements.update(caller, id, dto);
  }

  @Post('engagements/:id/dismiss')
  @HttpCode(200)
  @ApiOperation({ summary: '解聘（政策法规股、管理员），须填写日期和原因' })
  @ApiOkResponse({ type: EngagementView })
  dismiss(@CurrentUser() caller: AuthUser, @Param('id', ParseIntPipe) id: number, @Body() dto: DismissEngagementDto): Promise<EngagementView> {
    return this.engagements.dismiss(caller, id, dto);
  }

  @Get('requests')
  @Roles('admin', 'leader', 'head', 'staff', 'adviser')
  @ApiOperation({ summary: '审查记录：法律顾问审查事项及用时（政策法规股、局领导、管理员：全部；股室：本股室提请的；法律顾问：提请给本人的）' })
  @ApiOkResponse({ type: PageOf(ReviewRequestView) })
  listRequests(@CurrentUser() caller: AuthUser, @Query() q: ReviewRequestQueryDto): Promise<Page<ReviewRequestView>> {
    return this.requests.list(caller, q);
  }

  @Put('requests/:planId')
  @Roles('admin', 'leader', 'head', 'staff', 'adviser')
  @ApiOperation({ summary: '登记审查事项的类型（提请股室、政策法规股）或审查结论（法律顾问本人、政策法规股）' })
  @ApiOkResponse({ type: ReviewRequestView })
  setDetail(@CurrentUser() caller: AuthUser, @Param('planId', ParseIntPipe) planId: number, @Body() dto: ReviewRequestDetailDto): Promise<ReviewRequestView> {
    return this.requests.setDetail(caller, planId, dto);
  }

  @Get('figures/:year')
  @ApiOperation({ summary: '年度统计：按事项类型和法律顾问的审查数、按时数、平均用时（政策法规股、局领导、管理员）' })
  @ApiOkResponse({ type: AdviserFiguresView })
  figures(@CurrentUser() caller: AuthUser, @Param('year', ParseIntPipe) year: number): Promise<AdviserFiguresView> {
    return this.requests.figures(caller, year);
  }

  @Get('coverage')
  @ApiOperation({ summary: '学校法律顾问覆盖情况（今日有效的聘任；政策法规股、局领导、管理员）' })
  @ApiOkResponse({ type: AdviserCoverageView })
  schoolCoverage(@CurrentUser() caller: AuthUser): Promise<AdviserCoverageView> {
    return this.coverage.coverage(caller);
  }
}
