import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { ROBOT_KINDS, RobotKind } from '../chat-robot.entity';

const WEBHOOK_TEXT =
  '钉钉：机器人设置中的 Webhook 地址（https://oapi.dingtalk.com/robot/send?access_token=…）；企业微信：群机器人的 Webhook 地址（…/webhook/send?key=…）或其中的 key';

export class CreateRobotDto {
  @ApiProperty({ enum: ROBOT_KINDS, description: 'dingtalk 钉钉自定义机器人；wecom 企业微信群机器人' })
  @IsIn(ROBOT_KINDS)
  kind: RobotKind;

  @ApiProperty({ description: '名称，如“局办公室工作群”', example: '局办公室工作群' })
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  name: string;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: '所属股室编号；不填或 null 为全局机器人（接收逾期督办，仅管理员）。股室负责人只能配置本股室的',
  })
  @IsOptional()
  @IsInt()
  departmentId?: number | null;

  @ApiProperty({ description: WEBHOOK_TEXT })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  webhook: string;

  @ApiPropertyOptional({ description: '钉钉机器人“加签”密钥（SEC 开头，钉钉必填）' })
  @ValidateIf((o: CreateRobotDto) => o.kind === 'dingtalk' || o.secret !== undefined)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  secret?: string;

  @ApiPropertyOptional({ description: '是否启用，默认启用' })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

/** Kind and department stay; a secret left out stays as it is. */
export class UpdateRobotDto {
  @ApiPropertyOptional({ description: '名称' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  name?: string;

  @ApiPropertyOptional({ description: `新的 Webhook（不填则不变）。${WEBHOOK_TEXT}` })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  webhook?: string;

  @ApiPropertyOptional({ description: '新的钉钉加签密钥（不填则不变）' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  secret?: string;

  @ApiPropertyOptional({ description: '是否启用' })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}
