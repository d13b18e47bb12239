import { Controller, Get, HttpCode, Post, Query, Res, UploadedFile } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser, Roles } from '../access/decorators';
import { Clock } from '../common/clock';
import { allPages, ApiXlsx, exportFileName, sendTemplate, sendXlsx, type UploadedXlsx } from '../common/xlsx';
import { XlsxUpload } from '../common/xlsx-import';
import { MailJobs } from '../mail/mail.jobs';
import { CertificateRegistry } from './certificate-registry';
import { CERTIFICATE_IMPORT_COLUMNS, CertificateImportService } from './certificate-import.service';
import { CertificatesService } from './certificates.service';
import { CertificateQueryDto, HoldersQueryDto } from './dto/certificate.dto';
import { CertificateAccessView, CertificateImportResult, type CertificateView, ExpiryRunResult, OfficerView } from './dto/certificate.view';
import { ExpiryNotices } from './expiry-notices';

/** The register's fixed paths (export, import, valid holders, the notice run): registered before CertificatesController so `certificates/:id` does not take them. */
@ApiTags('执法证台账')
@ApiBearerAuth()
@Roles('admin', 'leader', 'head', 'staff')
@Controller('certificates')
export class CertificateExcelController {
  constructor(
    private readonly register: CertificatesService,
    private readonly registry: CertificateRegistry,
    private readonly imports: CertificateImportService,
    private readonly notices: ExpiryNotices,
    private readonly mail: MailJobs,
    private readonly clock: Clock,
  ) {}

  @Get('export.xlsx')
  @ApiOperation({ summary: '导出执法证台账为 Excel（与列表相同的筛选条件和查看范围）' })
  @ApiXlsx('执法证台账（.xlsx）')
  async export(@CurrentUser() caller: AuthUser, @Query() q: CertificateQueryDto, @Res() res: Response): Promise<void> {
    await this.register.scope(caller);
    await sendXlsx(res, exportFileName('执法证台账', this.clock.today()), [
      {
        name: '执法证台账',
        rows: allPages(q, (page) => this.register.list(caller, page)),
        columns: [
          { header: '持证人', value: (c: CertificateView) => c.holderName },
          { header: '所属部门', value: (c: CertificateView) => c.departmentName, width: 20 },
          { header: '执法证号', value: (c: CertificateView) => c.certificateNo, width: 20 },
          { header: '执法类别', value: (c: CertificateView) => c.category, width: 16 },
          { header: '发证日期', value: (c: CertificateView) => c.issuedOn, kind: 'date' },
          { header: '有效期至', value: (c: CertificateView) => c.expiresOn, kind: 'date' },
          { header: '状态', value: (c: CertificateView) => c.stateName },
          { header: '备注', value: (c: CertificateView) => c.notes, width: 30 },
        ],
      },
    ]);
  }

  @Get('import-template.xlsx')
  @ApiOperation({ summary: '执法证的导入模板' })
  @ApiXlsx('导入模板（.xlsx）')
  template(@Res() res: Response): Promise<void> {
    return sendTemplate(res, '执法证导入模板.xlsx', '执法证', CERTIFICATE_IMPORT_COLUMNS);
  }

  @Post('import')
  @XlsxUpload()
  @ApiOperation({ summary: '从 Excel 导入执法证（政策法规股、管理员）：逐行校验，有任何错误则全部不导入' })
  @ApiCreatedResponse({ type: CertificateImportResult })
  import(@CurrentUser() caller: AuthUser, @UploadedFile() file: UploadedXlsx | undefined): Promise<CertificateImportResult> {
    return this.imports.import(caller, file);
  }

  @Get('access')
  @ApiOperation({ summary: '本人对执法证台账的权限' })
  @ApiOkResponse({ type: CertificateAccessView })
  async access(@CurrentUser() caller: AuthUser): Promise<CertificateAccessView> {
    await this.register.scope(caller);
    return { canEdit: await this.register.isKeeper(caller) };
  }

  @Get('holders')
  @ApiOperation({ summary: '在某日持有效执法证的执法人员（办结执法环节时选择）' })
  @ApiOkResponse({ type: [OfficerView] })
  holders(@Query() q: HoldersQueryDto): Promise<OfficerView[]> {
    return this.registry.validHolders(q.on ?? this.clock.today());
  }

  @Post('expiry-notices/run')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: '立即发送今天到期的执法证提醒（管理员；每日自动运行，重复运行不会重复发送）' })
  @ApiOkResponse({ type: ExpiryRunResult })
  async runNotices(): Promise<ExpiryRunResult> {
    const { certificates, messageIds } = await this.notices.run();
    await this.mail.enqueueSends(messageIds);
    return { certificates, messages: messageIds.length };
  }
}
