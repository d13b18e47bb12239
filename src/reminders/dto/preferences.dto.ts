import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, Matches, ValidateIf } from 'class-validator';
import type { NotificationPreference } from '../notification-preference.entity';
import { MANDATORY_EMAIL } from '../reminder-policy.entity';

export class UpdatePreferencesDto {
  @ApiPropertyOptional({ description: '每日到期提醒是否发邮件' })
  @IsOptional()
  @IsBoolean()
  digestEmail?: boolean;

  @ApiPropertyOptional({ description: '领导周报是否发邮件' })
  @IsOptional()
  @IsBoolean()
  weeklyEmail?: boolean;

  @ApiPropertyOptional({ description: '催办是否发邮件' })
  @IsOptional()
  @IsBoolean()
  urgeEmail?: boolean;

  @ApiPropertyOptional({ description: '逾期督办是否发邮件（局里规定必须发送，只能为 true）' })
  @IsOptional()
  @IsBoolean()
  escalationEmail?: boolean;

  @ApiPropertyOptional({ type: String, nullable: true, description: '钉钉绑定的手机号：本股室钉钉群的每日提醒会 @ 这个号码；null 为不 @' })
  @ValidateIf((o: UpdatePreferencesDto) => o.chatMobile !== null && o.chatMobile !== undefined)
  @Matches(/^1\d{10}$/, { message: '请填写 11 位手机号' })
  chatMobile?: string | null;
}

export class NotificationPreferencesView {
  @ApiProperty({ description: '每日到期提醒发邮件' }) digestEmail: boolean;
  @ApiProperty({ description: '领导周报发邮件' }) weeklyEmail: boolean;
  @ApiProperty({ description: '催办发邮件' }) urgeEmail: boolean;
  @ApiProperty({ description: '逾期督办发邮件（始终为 true）' }) escalationEmail: boolean;
  @ApiProperty({ type: String, nullable: true, description: '钉钉群中 @ 的手机号' }) chatMobile: string | null;
  @ApiProperty({ type: [String], description: '局里规定不能关闭的项' }) required: string[];

  static of(p: Omit<NotificationPreference, 'userId' | 'updatedAt'>): NotificationPreferencesView {
    return Object.assign(new NotificationPreferencesView(), {
      digestEmail: p.digestEmail,
      weeklyEmail: p.weeklyEmail,
      urgeEmail: p.urgeEmail,
      escalationEmail: true,
      chatMobile: p.chatMobile,
      required: [...MANDATORY_EMAIL],
    });
  }
}
