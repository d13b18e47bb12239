import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import { SortParam, TextFilter } from '../../common/list-query';
import { IsRealDate } from '../../common/validators';
import { CERTIFICATE_STATUSES, type CertificateStatus } from '../certificate.entity';

/** 有效 / 暂扣 / 注销 and the derived 已过期: what lists filter and show. */
export type CertificateState = CertificateStatus | 'expired';
export const CERTIFICATE_STATES: CertificateState[] = [...CERTIFICATE_STATUSES, 'expired'];
export const STATE_NAMES: Record<CertificateState, string> = { valid: '有效', suspended: '暂扣', revoked: '注销', expired: '已过期' };
export const CERTIFICATE_SORTS = ['expiresOn', 'holderName', 'certificateNo'] as const;

export class CreateCertificateDto {
  @ApiProperty({ description: '持证人姓名', example: '李明' })
  @IsString()
  @MinLength(1, { message: '持证人姓名不能为空' })
  @MaxLength(50)
  holderName: string;

  @ApiPropertyOptional({ type: Number, nullable: true, description: '持证人的系统账号编号（可不填：持证人不一定有账号）' })
  @IsOptional()
  @IsInt()
  @Min(1)
  holderUserId?: number | null;

  @ApiProperty({ description: '所属股室编号' })
  @IsInt()
  @Min(1)
  departmentId: number;

  @ApiProperty({ description: '执法证号（唯一）', example: '浙A12345678' })
  @IsString()
  @Matches(/^\S{1,50}$/, { message: '执法证号须为 1–50 个字符且不含空格' })
  certificateNo: string;

  @ApiProperty({ description: '执法类别', example: '教育行政执法' })
  @IsString()
  @MinLength(1, { message: '执法类别不能为空' })
  @MaxLength(50)
  category: string;

  @ApiProperty({ description: '发证日期 YYYY-MM-DD', example: '2024-03-15' })
  @IsString()
  @IsRealDate()
  issuedOn: string;

  @ApiPropertyOptional({ description: '有效期至 YYYY-MM-DD（不填则按“行政执法证件有效期”设置从发证日期起算）', example: '2029-03-14' })
  @IsOptional()
  @IsString()
  @IsRealDate()
  expiresOn?: string;

  @ApiPropertyOptional({ description: '备注' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string;
}

/** Any field of the entry except its status (changed with a reason through the status route). */
export class UpdateCertificateDto extends PartialType(CreateCertificateDto) {}

export class ChangeCertificateStatusDto {
  @ApiProperty({ enum: CERTIFICATE_STATUSES, description: 'valid 有效（恢复）、suspended 暂扣、revoked 注销' })
  @IsIn(CERTIFICATE_STATUSES, { message: '状态只能是 valid、suspended 或 revoked' })
  status: CertificateStatus;

  @ApiProperty({ description: '变更理由（必填）' })
  @IsString()
  @MinLength(1, { message: '请填写变更理由' })
  @MaxLength(500)
  reason: string;
}

export class CertificateQueryDto extends PageQueryDto {
  @TextFilter('按持证人姓名、执法证号或执法类别搜索')
  q?: string;

  @ApiPropertyOptional({ type: Number, description: '所属股室编号' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  departmentId?: number;

  @ApiPropertyOptional({ enum: CERTIFICATE_STATES, description: 'valid 有效（未过期）、suspended 暂扣、revoked 注销、expired 已过期' })
  @IsOptional()
  @IsIn(CERTIFICATE_STATES, { message: '状态只能是 valid、suspended、revoked 或 expired' })
  state?: CertificateState;

  @ApiPropertyOptional({ type: Number, description: '只看今后 N 天内到期的有效证件' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(3650)
  expiringWithin?: number;

  @SortParam(CERTIFICATE_SORTS)
  sort?: string;
}

export class HoldersQueryDto {
  @ApiPropertyOptional({ description: '在该日有效的证件（默认今天）YYYY-MM-DD' })
  @IsOptional()
  @IsString()
  @IsRealDate()
  on?: string;
}
