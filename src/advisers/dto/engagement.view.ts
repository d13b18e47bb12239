import { ApiProperty } from '@nestjs/swagger';
import { ENGAGEMENT_STATUSES, type EngagementStatus } from '../adviser-rules';
import type { EngagedBy, EngagementKind } from '../adviser-engagement.entity';

export class NamedRefView {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
}

export class EngagementView {
  @ApiProperty() id: number;
  @ApiProperty({ enum: ['firm', 'person'] }) kind: EngagementKind;
  @ApiProperty({ description: '律师事务所 / 个人' }) kindName: string;
  @ApiProperty() name: string;
  @ApiProperty() contact: string;
  @ApiProperty() phone: string;
  @ApiProperty({ type: [NamedRefView], description: '法律顾问账号' }) advisers: NamedRefView[];
  @ApiProperty({ enum: ['bureau', 'schools'] }) engagedBy: EngagedBy;
  @ApiProperty({ description: '教育局聘请 / 一校一聘 / 多校连聘' }) engagedByName: string;
  @ApiProperty({ type: [NamedRefView], description: '覆盖的学校' }) schools: NamedRefView[];
  @ApiProperty() startOn: string;
  @ApiProperty() endOn: string;
  @ApiProperty({ type: Number, nullable: true, description: '年费用（元）' }) fee: number | null;
  @ApiProperty({ enum: ENGAGEMENT_STATUSES }) status: EngagementStatus;
  @ApiProperty({ description: '未开始 / 有效 / 到期 / 解聘' }) statusName: string;
  @ApiProperty({ type: String, nullable: true }) dismissedOn: string | null;
  @ApiProperty({ type: String, nullable: true }) dismissReason: string | null;
  @ApiProperty() note: string;
  @ApiProperty({ description: '调用者能否修改（政策法规股、管理员）' }) canEdit: boolean;
}

export class EngagementImportResult {
  @ApiProperty({ description: '导入的聘任数' }) created: number;
}

/** What the caller may do in the register (the page shows its tabs and buttons from it). */
export class RegisterAccessView {
  @ApiProperty({ description: '能否登记、修改、导入聘任（政策法规股、管理员）' }) edit: boolean;
  @ApiProperty({ description: '能否查看全局统计和学校覆盖（政策法规股、局领导、管理员）' }) readsAll: boolean;
}
