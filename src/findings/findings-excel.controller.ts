import { Controller, Get, Post, Query, Res, UploadedFile } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser, Roles } from '../access/decorators';
import { Clock } from '../common/clock';
import { allPages, ApiXlsx, exportFileName, sendTemplate, sendXlsx, type UploadedXlsx } from '../common/xlsx';
import { XlsxUpload } from '../common/xlsx-import';
import { FindingQueryDto } from './dto/finding.dto';
import { FindingImportResult, type FindingView } from './dto/finding.view';
import { FindingQueries } from './finding-queries.service';
import { FINDING_IMPORT_COLUMNS, FindingsImportService } from './findings-import.service';

/** Excel of the 整改台账. Registered before FindingsController so `findings/:id` does not take these paths. */
@ApiTags('整改台账')
@ApiBearerAuth()
@Roles('admin', 'leader', 'head', 'staff')
@Controller('findings')
export class FindingsExcelController {
  constructor(
    private readonly queries: FindingQueries,
    private readonly imports: FindingsImportService,
    private readonly clock: Clock,
  ) {}

  @Get('export.xlsx')
  @ApiOperation({ summary: '导出整改台账为 Excel（与列表相同的筛选条件和可见范围）' })
  @ApiXlsx('整改台账（.xlsx）')
  async export(@CurrentUser() caller: AuthUser, @Query() q: FindingQueryDto, @Res() res: Response): Promise<void> {
    await sendXlsx(res, exportFileName('整改台账', this.clock.today()), [
      {
        name: '整改台账',
        rows: allPages(q, (page) => this.queries.list(caller, page)),
        columns: [
          { header: '整改编号', value: (f: FindingView) => f.code, width: 14 },
          { header: '问题来源', value: (f: FindingView) => f.sourceName },
          { header: '来源说明', value: (f: FindingView) => f.sourceRef, width: 28 },
          { header: '发现日期', value: (f: FindingView) => f.foundOn, width: 12 },
          { header: '问题描述', value: (f: FindingView) => f.description, width: 40 },
          { header: '责任股室', value: (f: FindingView) => f.departmentName, width: 16 },
          { header: '整改措施', value: (f: FindingView) => f.measures, width: 40 },
          { header: '整改期限', value: (f: FindingView) => f.deadlineOn, width: 12 },
          { header: '状态', value: (f: FindingView) => f.statusName },
          { header: '逾期', value: (f: FindingView) => (f.overdue ? '逾期' : '') },
          { header: '整改完成日期', value: (f: FindingView) => f.rectifiedOn, width: 12 },
        ],
      },
    ]);
  }

  @Get('import-template.xlsx')
  @ApiOperation({ summary: '整改台账的导入模板' })
  @ApiXlsx('导入模板（.xlsx）')
  template(@Res() res: Response): Promise<void> {
    return sendTemplate(res, '整改台账导入模板.xlsx', '整改台账', FINDING_IMPORT_COLUMNS);
  }

  @Post('import')
  @XlsxUpload()
  @ApiOperation({ summary: '从 Excel 导入整改问题：逐行校验，有任何错误则全部不导入；每条问题生成整改任务' })
  @ApiCreatedResponse({ type: FindingImportResult })
  import(@CurrentUser() caller: AuthUser, @UploadedFile() file: UploadedXlsx | undefined): Promise<FindingImportResult> {
    return this.imports.import(caller, file);
  }
}
