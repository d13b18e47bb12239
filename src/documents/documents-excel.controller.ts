import { Controller, Get, Post, Query, Res, UploadedFile } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser, Roles } from '../access/decorators';
import { Clock } from '../common/clock';
import { allPages, ApiXlsx, exportFileName, sendTemplate, sendXlsx, type UploadedXlsx, type XlsxColumn } from '../common/xlsx';
import { XlsxUpload } from '../common/xlsx-import';
import { DOCUMENT_IMPORT_COLUMNS, DocumentsImportService } from './documents-import.service';
import { DocumentsService } from './documents.service';
import { DocumentQueryDto, InForceQueryDto } from './dto/document.dto';
import { DocumentImportResult, type DocumentView } from './dto/document.view';

const yesNo = (v: boolean) => (v ? '是' : '否');

const CATALOGUE_COLUMNS: XlsxColumn<DocumentView>[] = [
  { header: '文号', value: (d) => d.docNumber, width: 22 },
  { header: '标题', value: (d) => d.title, width: 40 },
  { header: '起草股室', value: (d) => d.departmentName, width: 18 },
  { header: '公布日期', value: (d) => d.publishedOn },
  { header: '施行日期', value: (d) => d.effectiveOn },
  { header: '有效期届满日', value: (d) => d.expiresOn },
];

const REGISTER_COLUMNS: XlsxColumn<DocumentView>[] = [
  { header: '编号', value: (d) => d.id, width: 8 },
  ...CATALOGUE_COLUMNS,
  { header: '暂行或试行', value: (d) => yesNo(d.provisional) },
  { header: '有效期（年）', value: (d) => d.validityYears },
  { header: '状态', value: (d) => d.statusName },
  { header: '修改或废止日期', value: (d) => d.statusOn },
  { header: '修改或废止理由', value: (d) => d.statusReason, width: 30 },
  { header: '备案期限', value: (d) => d.filingDueOn },
  { header: '备案日期', value: (d) => d.filedOn },
  { header: '公平竞争审查', value: (d) => yesNo(d.fairCompetitionReviewed) },
  { header: '制定事项', value: (d) => d.planId },
  { header: '备注', value: (d) => d.notes, width: 30 },
];

/** Exports and the import of the register. Registered before DocumentsController so `documents/:id` does not take these paths. */
@ApiTags('规范性文件台账')
@ApiBearerAuth()
@Roles('admin', 'leader', 'head', 'staff')
@Controller('documents')
export class DocumentsExcelController {
  constructor(
    private readonly documents: DocumentsService,
    private readonly imports: DocumentsImportService,
    private readonly clock: Clock,
  ) {}

  @Get('export.xlsx')
  @ApiOperation({ summary: '导出规范性文件台账（与列表相同的筛选条件和可见范围）' })
  @ApiXlsx('规范性文件台账（.xlsx）')
  async export(@CurrentUser() caller: AuthUser, @Query() q: DocumentQueryDto, @Res() res: Response): Promise<void> {
    await sendXlsx(res, exportFileName('规范性文件台账', this.clock.today()), [
      { name: '规范性文件台账', rows: allPages(q, (page) => this.documents.list(caller, page)), columns: REGISTER_COLUMNS },
    ]);
  }

  @Get('in-force.xlsx')
  @ApiOperation({ summary: '导出现行有效规范性文件目录（全局人员均可）' })
  @ApiXlsx('现行有效规范性文件目录（.xlsx）')
  async exportInForce(@Query() q: InForceQueryDto, @Res() res: Response): Promise<void> {
    await sendXlsx(res, exportFileName('现行有效规范性文件目录', this.clock.today()), [
      { name: '现行有效规范性文件目录', rows: allPages(q, (page) => this.documents.inForce(page)), columns: CATALOGUE_COLUMNS },
    ]);
  }

  @Get('import-template.xlsx')
  @ApiOperation({ summary: '规范性文件台账的导入模板' })
  @ApiXlsx('导入模板（.xlsx）')
  template(@Res() res: Response): Promise<void> {
    return sendTemplate(res, '规范性文件台账导入模板.xlsx', '规范性文件台账', DOCUMENT_IMPORT_COLUMNS);
  }

  @Post('import')
  @XlsxUpload()
  @ApiOperation({ summary: '从 Excel 导入规范性文件（政策法规股、管理员）：逐行校验，有任何错误则全部不导入' })
  @ApiCreatedResponse({ type: DocumentImportResult })
  async import(@CurrentUser() caller: AuthUser, @UploadedFile() file: UploadedXlsx | undefined): Promise<DocumentImportResult> {
    await this.documents.mustEdit(caller);
    return this.imports.import(file);
  }
}
