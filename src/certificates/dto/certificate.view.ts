import { ApiProperty } from '@nestjs/swagger';
import { CERTIFICATE_STATUSES, type CertificateStatus } from '../certificate.entity';
import { CERTIFICATE_STATES, type CertificateState } from './certificate.dto';

export class CertificateView {
  @ApiProperty() id: number;
  @ApiProperty({ description: '执法证号' }) certificateNo: string;
  @ApiProperty({ description: '持证人姓名' }) holderName: string;
  @ApiProperty({ type: Number, nullable: true, description: '持证人账号编号' }) holderUserId: number | null;
  @ApiProperty({ type: String, nullable: true, description: '持证人账号的姓名' }) holderUserName: string | null;
  @ApiProperty() departmentId: number;
  @ApiProperty({ description: '所属股室' }) departmentName: string;
  @ApiProperty({ description: '执法类别' }) category: string;
  @ApiProperty({ description: '发证日期' }) issuedOn: string;
  @ApiProperty({ description: '有效期至' }) expiresOn: string;
  @ApiProperty({ enum: CERTIFICATE_STATUSES, description: '登记的状态' }) status: CertificateStatus;
  @ApiProperty({ enum: CERTIFICATE_STATES, description: '当前状态（有效证件过了有效期为 expired）' }) state: CertificateState;
  @ApiProperty({ description: '当前状态的中文名' }) stateName: string;
  @ApiProperty({ description: '距到期的天数（已过期为负数）' }) daysLeft: number;
  @ApiProperty({ type: String, nullable: true, description: '最近一次状态变更的理由' }) statusReason: string | null;
  @ApiProperty() notes: string;
  @ApiProperty() updatedAt: Date;
}

/** A certified officer as pickers and the task page show one. */
export class OfficerView {
  @ApiProperty() certificateId: number;
  @ApiProperty() certificateNo: string;
  @ApiProperty() holderName: string;
  @ApiProperty({ type: Number, nullable: true }) userId: number | null;
  @ApiProperty() departmentId: number;
  @ApiProperty() category: string;
  @ApiProperty() expiresOn: string;
}

export class CertificateAccessView {
  @ApiProperty({ description: '可以登记、修改、导入执法证（政策法规股、管理员）' }) canEdit: boolean;
}

export class CertificateImportResult {
  @ApiProperty({ description: '导入的证件数' }) created: number;
}

export class ExpiryRunResult {
  @ApiProperty({ description: '本次写入提醒的证件数' }) certificates: number;
  @ApiProperty({ description: '写入发件箱的邮件数（含以前未发出的）' }) messages: number;
}
