import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/decorators';
import { Page } from '../common/pagination';
import { AuditEvent } from './audit-event.entity';
import { AuditService } from './audit.service';
import { AuditQueryDto } from './dto/audit-query.dto';

/** Read-only by design: the trail has no route that changes it. */
@ApiTags('审计日志')
@ApiBearerAuth()
@Controller('audit-events')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Roles('admin', 'leader')
  @ApiOperation({ summary: '按记录、操作人、时间查询审计日志（管理员、局领导）' })
  query(@Query() q: AuditQueryDto): Promise<Page<AuditEvent>> {
    return this.audit.query(q);
  }
}
