import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, MaxLength, Min, MinLength } from 'class-validator';
import { SortParam, TextFilter } from '../../common/list-query';
import { PageQueryDto } from '../../common/pagination';
import { IsRealDate } from '../../common/validators';
import { FINDING_SOURCES, FINDING_STATUSES, SOURCE_NAMES, STATUS_NAMES, type FindingSource, type FindingStatus } from '../finding-rules';

const sourceList = FINDING_SOURCES.map((s) => `${s}（${SOURCE_NAMES[s]}）`).join('、');
const statusList = FINDING_STATUSES.map((s) => `${s}（${STATUS_NAMES[s]}）`).join('、');

/** The fields every finding has; shared by create, edit and import. */
class FindingFieldsDto {
  @ApiProperty({ enum: FINDING_SOURCES, description: `问题来源：${sourceList}` })
  @IsIn(FINDING_SOURCES, { message: `问题来源只能是 ${FINDING_SOURCES.map((s) => SOURCE_NAMES[s]).join('、')}` })
  source: FindingSource;

  @ApiPropertyOptional({ description: '来源说明（如督察通知、评查批次、信访件编号）', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: '来源说明不能超过 200 个字' })
  sourceRef?: string;

  @ApiPropertyOptional({ type: Number, nullable: true, description: '来源事项（计划）编号，可选' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '来源事项编号必须是整数' })
  @Min(1, { message: '来源事项编号必须是正整数' })
  sourcePlanId?: number | null;

  @ApiProperty({ description: '发现日期 YYYY-MM-DD', example: '2026-03-10' })
  @IsString({ message: '发现日期必须填写' })
  @IsRealDate({ message: '发现日期必须是真实的日期（YYYY-MM-DD）' })
  foundOn: string;

  @ApiProperty({ description: '问题描述', maxLength: 2000 })
  @IsString({ message: '问题描述必须填写' })
  @MinLength(1, { message: '问题描述不能为空' })
  @MaxLength(2000, { message: '问题描述不能超过 2000 个字' })
  description: string;

  @ApiPropertyOptional({ description: '整改措施', maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: '整改措施不能超过 5000 个字' })
  measures?: string;
}

export class CreateFindingDto extends FindingFieldsDto {
  @ApiProperty({ description: '责任股室（部门编号）' })
  @Type(() => Number)
  @IsInt({ message: '责任股室必须填写' })
  @Min(1, { message: '责任股室编号必须是正整数' })
  departmentId: number;

  @ApiProperty({ description: '整改期限 YYYY-MM-DD（不早于发现日期）', example: '2026-04-30' })
  @IsString({ message: '整改期限必须填写' })
  @IsRealDate({ message: '整改期限必须是真实的日期（YYYY-MM-DD）' })
  deadlineOn: string;
}

/** Edits: any field of the finding; a changed deadline needs a reason (it re-dates the task). */
export class UpdateFindingDto {
  @ApiPropertyOptional({ description: '问题描述', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: '问题描述不能为空' })
  @MaxLength(2000, { message: '问题描述不能超过 2000 个字' })
  description?: string;

  @ApiPropertyOptional({ description: '整改措施', maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: '整改措施不能超过 5000 个字' })
  measures?: string;

  @ApiPropertyOptional({ description: '来源说明', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: '来源说明不能超过 200 个字' })
  sourceRef?: string;

  @ApiPropertyOptional({ description: '新的整改期限 YYYY-MM-DD（须同时说明理由）', example: '2026-05-31' })
  @IsOptional()
  @IsString()
  @IsRealDate({ message: '整改期限必须是真实的日期（YYYY-MM-DD）' })
  deadlineOn?: string;

  @ApiPropertyOptional({ description: '变更整改期限的理由', maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000, { message: '理由不能超过 1000 个字' })
  reason?: string;
}

export class ReportFindingDto {
  @ApiProperty({ description: '整改完成情况（必填；须已在整改任务中上传佐证材料）', maxLength: 5000 })
  @IsString({ message: '整改完成情况必须填写' })
  @MinLength(1, { message: '整改完成情况不能为空' })
  @MaxLength(5000, { message: '整改完成情况不能超过 5000 个字' })
  note: string;
}

export class CloseFindingDto {
  @ApiPropertyOptional({ description: '销号意见', maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: '销号意见不能超过 5000 个字' })
  note?: string;
}

export class SendBackFindingDto {
  @ApiProperty({ description: '退回理由（必填）', maxLength: 5000 })
  @IsString({ message: '退回理由必须填写' })
  @MinLength(1, { message: '退回理由不能为空' })
  @MaxLength(5000, { message: '退回理由不能超过 5000 个字' })
  reason: string;
}

export const FINDING_SORTS = ['deadlineOn', 'foundOn', 'code'] as const;

export class FindingQueryDto extends PageQueryDto {
  @TextFilter('在问题描述、来源说明和整改编号中搜索')
  q?: string;

  @ApiPropertyOptional({ enum: FINDING_SOURCES, description: `问题来源：${sourceList}` })
  @IsOptional()
  @IsIn(FINDING_SOURCES, { message: `问题来源只能是 ${FINDING_SOURCES.join('、')}` })
  source?: FindingSource;

  @ApiPropertyOptional({ enum: FINDING_STATUSES, description: `状态：${statusList}` })
  @IsOptional()
  @IsIn(FINDING_STATUSES, { message: `状态只能是 ${FINDING_STATUSES.join('、')}` })
  status?: FindingStatus;

  @ApiPropertyOptional({ type: Number, description: '责任股室（部门编号）' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '责任股室编号必须是整数' })
  departmentId?: number;

  @ApiPropertyOptional({ type: Number, description: '发现年度' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '年度必须是整数' })
  @Min(2000, { message: '年度不能早于 2000' })
  year?: number;

  @ApiPropertyOptional({ type: Boolean, description: 'true：只看逾期未整改的' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'overdue 只能是 true 或 false' })
  overdue?: boolean;

  @SortParam(FINDING_SORTS)
  sort?: string;
}
