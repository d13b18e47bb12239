import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import { NOTIFICATION_KINDS, type NotificationKind } from '../notification.entity';

export const KIND_DESCRIPTION =
  'reminder 到期提醒、escalation 逾期督办、weekly 每周汇总、urge 催办、returned 审核退回、accepted 审核通过、assigned 指定经办人、redated 截止日期调整、expiry 执法证到期';

export class NotificationQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true 只看未读' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'unread 只能是 true 或 false' })
  unread?: 'true' | 'false';

  @ApiPropertyOptional({ enum: NOTIFICATION_KINDS, description: KIND_DESCRIPTION })
  @IsOptional()
  @IsIn(NOTIFICATION_KINDS)
  kind?: NotificationKind;
}
