import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../access/decorators';
import { mapPage, PageOf } from '../common/api-schema';
import { Page } from '../common/pagination';
import { AuditService } from './audit.service';
import { AuditQueryDto } from './dto/audit-query.dto';
import { AuditEventView } from './dto/audit-event.view';

/** Read-only by design: the trail has no route that changes it. */
@ApiTags('审计日志')
@ApiBearerAuth()
@Controller('audit-events')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Roles('admin', 'leader')
  @ApiOperation({ summary: '按记录、操作人、时间查询审计日志（管理员、局领导）' })
  @ApiOkResponse({ type: PageOf(AuditEventView) })
  async query(@Query() q: AuditQueryDto): Promise<Page<AuditEventView>> {
    return mapPage(await this.audit.query(q), AuditEventView.of);
  }
}
