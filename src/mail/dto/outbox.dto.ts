import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional } from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import { OUTBOX_STATUSES, OutboxStatus } from '../outbox-message.entity';

export class OutboxQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: OUTBOX_STATUSES, description: 'pending 待发送、sending 发送中、sent 已发送、unsent 未配置邮件服务器而保留、failed 发送失败' })
  @IsOptional()
  @IsIn(OUTBOX_STATUSES)
  status?: OutboxStatus;

  @ApiPropertyOptional({ enum: ['digest', 'urge'], description: 'digest 到期提醒与督办汇总；urge 催办' })
  @IsOptional()
  @IsIn(['digest', 'urge'])
  kind?: 'digest' | 'urge';

  @ApiPropertyOptional({ description: '收件人用户编号（管理员）' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  recipientId?: number;
}
