import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../access/decorators';
import { mapPage, PageOf } from '../common/api-schema';
import { Clock } from '../common/clock';
import { Page } from '../common/pagination';
import { allPages, ApiXlsx, exportFileName, sendXlsx, type XlsxColumn } from '../common/xlsx';
import type { AuditEvent } from './audit-event.entity';
import { AuditService } from './audit.service';
import { AuditQueryDto } from './dto/audit-query.dto';
import { AuditEventView } from './dto/audit-event.view';

const json = (v: Record<string, unknown> | null) => (v ? JSON.stringify(v) : null);

const AUDIT_COLUMNS: XlsxColumn<AuditEvent>[] = [
  { header: '编号', value: (e) => e.id, width: 8 },
  { header: '时间', value: (e) => e.at, kind: 'datetime' },
  { header: '操作人编号', value: (e) => e.userId },
  { header: '操作方', value: (e) => e.actor },
  { header: '操作', value: (e) => e.action, width: 18 },
  { header: '数据表', value: (e) => e.entity, width: 16 },
  { header: '记录编号', value: (e) => e.entityId },
  { header: '修改前', value: (e) => json(e.before), width: 50 },
  { header: '修改后', value: (e) => json(e.after), width: 50 },
  { header: '请求编号', value: (e) => e.requestId, width: 20 },
];

/** Read-only by design: the trail has no route that changes it. */
@ApiTags('审计日志')
@ApiBearerAuth()
@Roles('admin', 'leader')
@Controller('audit-events')
export class AuditController {
  constructor(
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({ summary: '按记录、操作人、时间查询审计日志（管理员、局领导）' })
  @ApiOkResponse({ type: PageOf(AuditEventView) })
  async query(@Query() q: AuditQueryDto): Promise<Page<AuditEventView>> {
    return mapPage(await this.audit.query(q), AuditEventView.of);
  }

  @Get('export.xlsx')
  @ApiOperation({ summary: '导出审计日志为 Excel（与查询相同的条件，管理员、局领导）' })
  @ApiXlsx('审计日志（.xlsx）')
  export(@Query() q: AuditQueryDto, @Res() res: Response): Promise<void> {
    const rows = allPages(q, (page) => this.audit.query(page));
    return sendXlsx(res, exportFileName('审计日志', this.clock.today()), [{ name: '审计日志', columns: AUDIT_COLUMNS, rows }]);
  }
}
