import { ApiProperty } from '@nestjs/swagger';
import { DATE_TIME, NULLABLE_DATE_TIME } from '../../common/api-schema';
import type { OutboxStatus } from '../../mail/outbox-message.entity';
import { NOTIFICATION_KINDS, type Notification, type NotificationKind } from '../notification.entity';
import { KIND_DESCRIPTION } from './notification.dto';

export type Delivery = 'emailSent' | 'emailSending' | 'emailUnsent' | 'inApp';
const DELIVERIES: Delivery[] = ['emailSent', 'emailSending', 'emailUnsent', 'inApp'];

/** The delivery state in plain words; the transport's own errors stay in the admins' outbox. */
export const DELIVERY_TEXT: Record<Delivery, string> = {
  emailSent: '已发送到邮箱',
  emailSending: '正在发送到邮箱',
  emailUnsent: '邮件未发送，已在系统内通知',
  inApp: '仅系统内通知',
};

/** The delivery state of a notice whose e-mail is in `status` (null: no e-mail). */
export function deliveryOf(status: OutboxStatus | null): Delivery {
  if (status === null) return 'inApp';
  if (status === 'sent') return 'emailSent';
  if (status === 'pending' || status === 'sending') return 'emailSending';
  return 'emailUnsent';
}

export class NotificationView {
  @ApiProperty() id: number;
  @ApiProperty({ enum: NOTIFICATION_KINDS, description: KIND_DESCRIPTION }) kind: NotificationKind;
  @ApiProperty({ type: Number, nullable: true, description: '相关任务（每周汇总为空）' }) taskId: number | null;
  @ApiProperty({ description: '通知时的任务名称' }) taskTitle: string;
  @ApiProperty({ description: '通知内容' }) text: string;
  @ApiProperty({ enum: DELIVERIES, description: 'emailSent 已发送到邮箱、emailSending 正在发送、emailUnsent 邮件未发送、inApp 仅系统内通知' })
  delivery: Delivery;
  @ApiProperty({ description: '送达情况（给用户看的文字）' }) deliveryText: string;
  @ApiProperty(NULLABLE_DATE_TIME) readAt: Date | null;
  @ApiProperty(DATE_TIME) createdAt: Date;

  static of(n: Notification, mailStatus: OutboxStatus | null): NotificationView {
    const delivery = deliveryOf(mailStatus);
    return Object.assign(new NotificationView(), {
      id: n.id,
      kind: n.kind,
      taskId: n.taskId,
      taskTitle: n.taskTitle,
      text: n.text,
      delivery,
      deliveryText: DELIVERY_TEXT[delivery],
      readAt: n.readAt,
      createdAt: n.createdAt,
    });
  }
}

export class UnreadCountView {
  @ApiProperty({ description: '未读通知数' }) unread: number;
}
