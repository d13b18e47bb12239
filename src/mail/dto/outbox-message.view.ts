import { ApiProperty } from '@nestjs/swagger';
import { DATE_TIME, NULLABLE_DATE_TIME } from '../../common/api-schema';
import { OUTBOX_STATUSES, type MessageKind, type OutboxMessage, type OutboxStatus } from '../outbox-message.entity';

/** A notification in the outbox; the idempotency key and the sender's claim stay internal. */
export class OutboxMessageView {
  @ApiProperty() id: number;
  @ApiProperty({ enum: ['digest', 'urge', 'calendar'], description: 'digest 到期提醒与督办汇总；urge 催办；calendar 节假日安排未载入的提示（管理员）' })
  kind: MessageKind;
  @ApiProperty({ type: Number, nullable: true }) recipientId: number | null;
  @ApiProperty() toAddress: string;
  @ApiProperty() subject: string;
  @ApiProperty({ description: '纯文本正文' }) text: string;
  @ApiProperty({ description: 'HTML 正文' }) html: string;
  @ApiProperty({ enum: OUTBOX_STATUSES, description: 'pending 待发送、sending 发送中、sent 已发送、unsent 未配置邮件服务器而保留、failed 发送失败' })
  status: OutboxStatus;
  @ApiProperty({ description: '已尝试发送次数' }) attempts: number;
  @ApiProperty({ type: String, nullable: true }) lastError: string | null;
  @ApiProperty({ type: String, nullable: true, description: '邮件服务器返回的 Message-ID' }) smtpMessageId: string | null;
  @ApiProperty(NULLABLE_DATE_TIME) sentAt: Date | null;
  @ApiProperty(DATE_TIME) createdAt: Date;

  static of(m: OutboxMessage): OutboxMessageView {
    return Object.assign(new OutboxMessageView(), {
      id: m.id,
      kind: m.kind,
      recipientId: m.recipientId,
      toAddress: m.toAddress,
      subject: m.subject,
      text: m.text,
      html: m.html,
      status: m.status,
      attempts: m.attempts,
      lastError: m.lastError,
      smtpMessageId: m.smtpMessageId,
      sentAt: m.sentAt,
      createdAt: m.createdAt,
    });
  }
}

export class RequeuedView {
  @ApiProperty({ type: [Number], description: '重新排队发送的通知' }) requeued: number[];
}
