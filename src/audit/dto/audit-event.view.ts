import { ApiProperty } from '@nestjs/swagger';
import { DATE_TIME, FREE_OBJECT } from '../../common/api-schema';
import type { AuditEvent } from '../audit-event.entity';

/** One entry of the audit trail (审计日志). */
export class AuditEventView {
  @ApiProperty() id: number;
  @ApiProperty(DATE_TIME) at: Date;
  @ApiProperty({ type: Number, nullable: true, description: '操作人；系统操作时为空' }) userId: number | null;
  @ApiProperty({ description: 'user 表示人员，否则为执行操作的系统部分（seed、reminders……）' }) actor: string;
  @ApiProperty({ description: 'create、update、delete 或业务动作（如 task.complete）' }) action: string;
  @ApiProperty({ description: '记录类型' }) entity: string;
  @ApiProperty({ description: '记录编号' }) entityId: string;
  @ApiProperty({ ...FREE_OBJECT, nullable: true, description: '修改前' }) before: Record<string, unknown> | null;
  @ApiProperty({ ...FREE_OBJECT, nullable: true, description: '修改后' }) after: Record<string, unknown> | null;
  @ApiProperty({ type: String, nullable: true }) requestId: string | null;

  static of(e: AuditEvent): AuditEventView {
    return Object.assign(new AuditEventView(), {
      id: e.id,
      at: e.at,
      userId: e.userId,
      actor: e.actor,
      action: e.action,
      entity: e.entity,
      entityId: e.entityId,
      before: e.before,
      after: e.after,
      requestId: e.requestId,
    });
  }
}
