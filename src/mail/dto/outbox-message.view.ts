import { ApiProperty } from '@nestjs/swagger';
import { DATE_TIME, NULLABLE_DATE_TIME } from '../../common/api-schema';
import {
  MESSAGE_CHANNELS,
  MESSAGE_KINDS,
  OUTBOX_STATUSES,
  type MessageChannel,
  type MessageKind,
  type OutboxMessage,
  type OutboxStatus,
} from '../outbox-message.entity';

export const KIND_TEXT =
  'digest 到期提醒与督办汇总；urge 催办；escalation 逾期督办（群机器人）；calendar 节假日安排未载入的提示（管理员）；expiry 执法证到期提醒';
export const CHANNEL_TEXT = 'email 邮件；dingtalk 钉钉群机器人；wecom 企业微信群机器人';

/** A notification in the outbox; the idempotency key and the sender's claim stay internal. */
export class OutboxMessageView {
  @ApiProperty() id: number;
  @ApiProperty({ enum: MESSAGE_KINDS, description: KIND_TEXT }) kind: MessageKind;
  @ApiProperty({ enum: MESSAGE_CHANNELS, description: CHANNEL_TEXT }) channel: MessageChannel;
  @ApiProperty({ type: Number, nullable: true, description: '群机器人编号（钉钉、企业微信消息）' }) robotId: number | null;
  @ApiProperty({ type: Number, nullable: true }) recipientId: number | null;
  @ApiProperty() toAddress: string;
  @ApiProperty() subject: string;
  @ApiProperty({ description: '纯文本正文' }) text: string;
  @ApiProperty({ description: 'HTML 正文' }) html: string;
  @ApiProperty({ enum: OUTBOX_STATUSES, description: 'pending 待发送、sending 发送中、sent 已发送、unsent 未配置邮件服务器而保留、failed 发送失败' })
  status: OutboxStatus;
  @ApiProperty({ description: '已尝试发送次数' }) attempts: number;
  @ApiProperty({ type: String, nullable: true, description: '最后一次发送的错误（仅管理员可见，其他用户为空）' }) lastError: string | null;
  @ApiProperty({ type: String, nullable: true, description: '邮件服务器返回的 Message-ID' }) smtpMessageId: string | null;
  @ApiProperty(NULLABLE_DATE_TIME) sentAt: Date | null;
  @ApiProperty(DATE_TIME) createdAt: Date;

  /** `showError`: raw transport errors are for admins only. */
  static of(m: OutboxMessage, showError = true): OutboxMessageView {
    return Object.assign(new OutboxMessageView(), {
      id: m.id,
      kind: m.kind,
      channel: m.channel,
      robotId: m.robotId,
      recipientId: m.recipientId,
      toAddress: m.toAddress,
      subject: m.subject,
      text: m.text,
      html: m.html,
      status: m.status,
      attempts: m.attempts,
      lastError: showError ? m.lastError : null,
      smtpMessageId: m.smtpMessageId,
      sentAt: m.sentAt,
      createdAt: m.createdAt,
    });
  }
}

export class RequeuedView {
  @ApiProperty({ type: [Number], description: '重新排队发送的通知' }) requeued: number[];
}
