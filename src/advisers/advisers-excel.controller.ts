import { Controller, Get, Post, Query, Res, UploadedFile } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser, Roles } from '../access/decorators';
import { Clock } from '../common/clock';
import { allPages, ApiXlsx, exportFileName, sendTemplate, sendXlsx, type UploadedXlsx } from '../common/xlsx';
import { XlsxUpload } from '../common/xlsx-import';
import { EngagementQueryDto } from './dto/engagement.dto';
import { EngagementImportResult, type EngagementView } from './dto/engagement.view';
import { ReviewRequestQueryDto } from './dto/request.dto';
import type { ReviewRequestView } from './dto/request.view';
import { ENGAGEMENT_IMPORT_COLUMNS, EngagementImportService } from './engagement-import.service';
import { EngagementsService } from './engagements.service';
import { ReviewRequestsService } from './review-requests.service';

const names = (list: { name: string }[]) => list.map((x) => x.name).join('、');

/** Excel of the advisers register. Registered before AdvisersController so `engagements/:id` does not take these paths. */
@ApiTags('法律顾问台账')
@ApiBearerAuth()
@Roles('admin', 'leader', 'head', 'staff')
@Controller('advisers')
export class AdvisersExcelController {
  constructor(
    private readonly engagements: EngagementsService,
    private readonly requests: ReviewRequestsService,
    private readonly imports: EngagementImportService,
    private readonly clock: Clock,
  ) {}

  @Get('engagements/export.xlsx')
  @ApiOperation({ summary: '导出法律顾问聘任为 Excel（与列表相同的筛选和可见范围）' })
  @ApiXlsx('法律顾问聘任（.xlsx）')
  async exportEngagements(@CurrentUser() caller: AuthUser, @Query() q: EngagementQueryDto, @Res() res: Response): Promise<void> {
    await sendXlsx(res, exportFileName('法律顾问聘任', this.clock.today()), [
      {
        name: '法律顾问聘任',
        rows: allPages(q, (page) => this.engagements.list(caller, page)),
        columns: [
          { header: '编号', value: (e: EngagementView) => e.id, width: 8 },
          { header: '名称', value: (e: EngagementView) => e.name, width: 28 },
          { header: '类型', value: (e: EngagementView) => e.kindName },
          { header: '联系人', value: (e: EngagementView) => e.contact },
          { header: '联系电话', value: (e: EngagementView) => e.phone, width: 16 },
          { header: '顾问账号', value: (e: EngagementView) => names(e.advisers), width: 20 },
          { header: '聘请方式', value: (e: EngagementView) => e.engagedByName },
          { header: '覆盖学校', value: (e: EngagementView) => names(e.schools), width: 36 },
          { header: '合同开始日期', value: (e: EngagementView) => e.startOn, kind: 'date' },
          { header: '合同结束日期', value: (e: EngagementView) => e.endOn, kind: 'date' },
          { header: '年费用（元）', value: (e: EngagementView) => e.fee },
          { header: '状态', value: (e: EngagementView) => e.statusName },
          { header: '解聘日期', value: (e: EngagementView) => e.dismissedOn, kind: 'date' },
          { header: '备注', value: (e: EngagementView) => e.note, width: 30 },
        ],
      },
    ]);
  }

  @Get('engagements/import-template.xlsx')
  @ApiOperation({ summary: '法律顾问聘任的导入模板' })
  @ApiXlsx('导入模板（.xlsx）')
  template(@Res() res: Response): Promise<void> {
    return sendTemplate(res, '法律顾问聘任导入模板.xlsx', '法律顾问聘任', ENGAGEMENT_IMPORT_COLUMNS);
  }

  @Post('engagements/import')
  @XlsxUpload()
  @ApiOperation({ summary: '从 Excel 导入法律顾问聘任（政策法规股、管理员）：逐行校验，有任何错误则全部不导入' })
  @ApiCreatedResponse({ type: EngagementImportResult })
  import(@CurrentUser() caller: AuthUser, @UploadedFile() file: UploadedXlsx | undefined): Promise<EngagementImportResult> {
    return this.imports.import(caller, file);
  }

  @Get('requests/export.xlsx')
  @ApiOperation({ summary: '导出审查记录为 Excel（与列表相同的筛选和可见范围）' })
  @ApiXlsx('法律顾问审查记录（.xlsx）')
  async exportRequests(@CurrentUser() caller: AuthUser, @Query() q: ReviewRequestQueryDto, @Res() res: Response): Promise<void> {
    await sendXlsx(res, exportFileName('法律顾问审查记录', this.clock.today()), [
      {
        name: '审查记录',
        rows: allPages(q, (page) => this.requests.list(caller, page)),
        columns: [
          { header: '文号', value: (r: ReviewRequestView) => r.reference, width: 20 },
          { header: '事项', value: (r: ReviewRequestView) => r.title, width: 30 },
          { header: '事项类型', value: (r: ReviewRequestView) => r.kindName },
          { header: '提请股室', value: (r: ReviewRequestView) => r.registrarDepartmentName, width: 16 },
          { header: '法律顾问', value: (r: ReviewRequestView) => r.adviserName },
          { header: '提请日期', value: (r: ReviewRequestView) => r.requestedOn, kind: 'date' },
          { header: '出具期限', value: (r: ReviewRequestView) => r.dueOn, kind: 'date' },
          { header: '出具日期', value: (r: ReviewRequestView) => r.opinionOn, kind: 'date' },
          { header: '用时（工作日）', value: (r: ReviewRequestView) => r.turnaround },
          { header: '时限（工作日）', value: (r: ReviewRequestView) => r.limitWorkingDays },
          { header: '是否按时', value: (r: ReviewRequestView) => r.timelinessName },
          { header: '审查结论', value: (r: ReviewRequestView) => r.resultName },
          { header: '意见要点', value: (r: ReviewRequestView) => r.opinion, width: 40 },
          { header: '状态', value: (r: ReviewRequestView) => (r.cancelled ? '已撤销' : '') },
        ],
      },
    ]);
  }
}
