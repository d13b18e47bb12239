import { SortParam, TextFilter } from '../../common/list-query';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional } from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import { MESSAGE_CHANNELS, MESSAGE_KINDS, MessageChannel, MessageKind, OUTBOX_STATUSES, OutboxStatus } from '../outbox-message.entity';
import { CHANNEL_TEXT, KIND_TEXT } from './outbox-message.view';

/** Sortable fields of the outbox lists. */
export const OUTBOX_SORTS = ['createdAt', 'sentAt', 'status', 'subject'] as const;

export class OutboxQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: OUTBOX_STATUSES, description: 'pending 待发送、sending 发送中、sent 已发送、unsent 未配置邮件服务器而保留、failed 发送失败' })
  @IsOptional()
  @IsIn(OUTBOX_STATUSES)
  status?: OutboxStatus;

  @ApiPropertyOptional({ enum: MESSAGE_KINDS, description: KIND_TEXT })
  @IsOptional()
  @IsIn(MESSAGE_KINDS)
  kind?: MessageKind;

  @ApiPropertyOptional({ enum: MESSAGE_CHANNELS, description: CHANNEL_TEXT })
  @IsOptional()
  @IsIn(MESSAGE_CHANNELS)
  channel?: MessageChannel;

  @ApiPropertyOptional({ description: '收件人用户编号（管理员）' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  recipientId?: number;

  @TextFilter('主题或收件地址包含')
  q?: string;

  @SortParam(OUTBOX_SORTS)
  sort?: string;
}
