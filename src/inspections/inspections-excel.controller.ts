import { Controller, Get, Post, Query, Res, UploadedFile } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser, Roles } from '../access/decorators';
import { Clock } from '../common/clock';
import { allPages, ApiXlsx, exportFileName, sendTemplate, sendXlsx, type UploadedXlsx } from '../common/xlsx';
import { XlsxUpload } from '../common/xlsx-import';
import { DirectoryService } from './directory.service';
import { TargetQueryDto } from './dto/directory.dto';
import { ImportResultView, type TargetView } from './dto/inspection.view';
import { InspectionAccess } from './inspection-access';
import { TARGET_IMPORT_COLUMNS, TargetImportService } from './target-import.service';

/** Excel of the 检查对象名录库; registered before the directory controller so `targets/:id` does not take these paths. */
@ApiTags('双随机一公开')
@ApiBearerAuth()
@Roles('admin', 'leader', 'head', 'staff')
@Controller('inspections/targets')
export class InspectionsExcelController {
  constructor(
    private readonly directory: DirectoryService,
    private readonly imports: TargetImportService,
    private readonly access: InspectionAccess,
    private readonly clock: Clock,
  ) {}

  @Get('export.xlsx')
  @ApiOperation({ summary: '导出检查对象名录库为 Excel（与列表相同的筛选条件）' })
  @ApiXlsx('检查对象名录库（.xlsx）')
  async export(@Query() q: TargetQueryDto, @Res() res: Response): Promise<void> {
    await sendXlsx(res, exportFileName('检查对象名录库', this.clock.today()), [
      {
        name: '检查对象名录库',
        rows: allPages(q, (page) => this.directory.listTargets(page)),
        columns: [
          { header: '编号', value: (t: TargetView) => t.id, width: 8 },
          { header: '名称', value: (t: TargetView) => t.name, width: 28 },
          { header: '类别', value: (t: TargetView) => t.categoryLabel },
          { header: '乡镇/街道', value: (t: TargetView) => t.area },
          { header: '风险等级', value: (t: TargetView) => t.riskLabel },
          { header: '监管股室', value: (t: TargetView) => t.supervisingDepartmentName, width: 16 },
          { header: '状态', value: (t: TargetView) => (t.active ? '在库' : '停用') },
          { header: '最近抽中日期', value: (t: TargetView) => t.lastInspectedOn },
        ],
      },
    ]);
  }

  @Get('import-template.xlsx')
  @ApiOperation({ summary: '检查对象名录库的导入模板' })
  @ApiXlsx('导入模板（.xlsx）')
  template(@Res() res: Response): Promise<void> {
    return sendTemplate(res, '检查对象导入模板.xlsx', '检查对象', TARGET_IMPORT_COLUMNS);
  }

  @Post('import')
  @XlsxUpload()
  @ApiOperation({ summary: '从 Excel 导入检查对象（政策法规股、民办教育股、管理员）：逐行校验，有任何错误则全部不导入' })
  @ApiCreatedResponse({ type: ImportResultView })
  async import(@CurrentUser() caller: AuthUser, @UploadedFile() file: UploadedXlsx | undefined): Promise<ImportResultView> {
    await this.access.mustEdit(caller);
    return this.imports.importTargets(file);
  }
}
