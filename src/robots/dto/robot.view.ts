import { ApiProperty } from '@nestjs/swagger';
import { DATE_TIME } from '../../common/api-schema';
import { ROBOT_KINDS, type RobotKind } from '../chat-robot.entity';

/** A robot as the API shows it: its credentials masked, never in clear. */
export class RobotView {
  @ApiProperty() id: number;
  @ApiProperty({ type: Number, nullable: true, description: '所属股室；null 为全局机器人' }) departmentId: number | null;
  @ApiProperty({ type: String, nullable: true, description: '所属股室名称；null 为全局' }) departmentName: string | null;
  @ApiProperty({ enum: ROBOT_KINDS, description: 'dingtalk 钉钉；wecom 企业微信' }) kind: RobotKind;
  @ApiProperty() name: string;
  @ApiProperty() enabled: boolean;
  @ApiProperty({ description: 'Webhook 地址，凭据已隐去（如 access_token=****abcd）' }) webhook: string;
  @ApiProperty({ type: String, nullable: true, description: '加签密钥，已隐去（如 ****abcd）；企业微信为 null' }) secret: string | null;
  @ApiProperty(DATE_TIME) createdAt: Date;
  @ApiProperty(DATE_TIME) updatedAt: Date;
}

export class RobotTestView {
  @ApiProperty({ description: '机器人是否接受了测试消息' }) ok: boolean;
  @ApiProperty({ type: String, nullable: true, description: '失败原因' }) error: string | null;
}
