import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { SortParam, TextFilter } from '../../common/list-query';
import { PageQueryDto } from '../../common/pagination';
import { IsRealDate } from '../../common/validators';

export const DOCUMENT_STATUSES = ['in_force', 'amended', 'repealed', 'expired'] as const;
export const CLEANUP_RESULTS = ['continue', 'amend', 'repeal'] as const;
export const DOCUMENT_SORTS = ['docNumber', 'publishedOn', 'effectiveOn', 'expiresOn'] as const;

export class CreateDocumentDto {
  @ApiProperty({ description: '文号（台账内唯一）', example: '某教发〔2026〕3号' })
  @IsString({ message: '文号必须是文字' })
  @MinLength(1, { message: '文号不能为空' })
  @MaxLength(100, { message: '文号不能超过 100 个字' })
  docNumber: string;

  @ApiProperty({ description: '文件标题', example: '关于规范校外培训机构管理的通知' })
  @IsString({ message: '标题必须是文字' })
  @MinLength(1, { message: '标题不能为空' })
  @MaxLength(200, { message: '标题不能超过 200 个字' })
  title: string;

  @ApiProperty({ description: '起草股室（部门编号）' })
  @IsInt({ message: '起草股室必须填写（部门编号）' })
  departmentId: number;

  @ApiProperty({ description: '公布日期 YYYY-MM-DD', example: '2026-03-01' })
  @IsRealDate({ message: '公布日期必须是真实的日期（YYYY-MM-DD）' })
  publishedOn: string;

  @ApiPropertyOptional({ description: '施行日期 YYYY-MM-DD（有效期自此起算；默认同公布日期）', example: '2026-04-01' })
  @IsOptional()
  @IsRealDate({ message: '施行日期必须是真实的日期（YYYY-MM-DD）' })
  effectiveOn?: string;

  @ApiPropertyOptional({ description: '暂行、试行文件（有效期按暂行、试行文件设置；默认按标题是否含“暂行”“试行”判断）' })
  @IsOptional()
  @IsBoolean({ message: '暂行/试行必须是是或否' })
  provisional?: boolean;

  @ApiPropertyOptional({ description: '备案日期 YYYY-MM-DD', nullable: true, type: String })
  @IsOptional()
  @IsRealDate({ message: '备案日期必须是真实的日期（YYYY-MM-DD）' })
  filedOn?: string | null;

  @ApiPropertyOptional({ description: '已进行公平竞争审查' })
  @IsOptional()
  @IsBoolean({ message: '公平竞争审查必须是是或否' })
  fairCompetitionReviewed?: boolean;

  @ApiPropertyOptional({ description: '备注' })
  @IsOptional()
  @IsString({ message: '备注必须是文字' })
  @MaxLength(2000, { message: '备注不能超过 2000 个字' })
  notes?: string;
}

export class UpdateDocumentDto extends PartialType(CreateDocumentDto) {}

export class ChangeStatusDto {
  @ApiProperty({ enum: ['amended', 'repealed'], description: 'amended 已修改 / repealed 已废止' })
  @IsIn(['amended', 'repealed'], { message: '状态只能改为已修改（amended）或已废止（repealed）' })
  status: 'amended' | 'repealed';

  @ApiProperty({ description: '修改或废止的日期 YYYY-MM-DD' })
  @IsRealDate({ message: '日期必须是真实的日期（YYYY-MM-DD）' })
  on: string;

  @ApiProperty({ description: '理由' })
  @IsString({ message: '理由必须是文字' })
  @MinLength(1, { message: '理由不能为空' })
  @MaxLength(2000, { message: '理由不能超过 2000 个字' })
  reason: string;

  @ApiPropertyOptional({ description: '修改：替代本文件的新文件（台账编号）' })
  @IsOptional()
  @IsInt({ message: '替代文件必须是台账编号' })
  replacedById?: number;
}

export class CleanupDto {
  @ApiProperty({ description: '清理年度', example: 2026 })
  @IsInt({ message: '年度必须是整数' })
  @Min(2000, { message: '年度不能早于 2000' })
  @Max(2100, { message: '年度不能晚于 2100' })
  year: number;

  @ApiProperty({ enum: CLEANUP_RESULTS, description: 'continue 继续有效 / amend 修改 / repeal 废止' })
  @IsIn(CLEANUP_RESULTS, { message: '清理意见只能是继续有效（continue）、修改（amend）或废止（repeal）' })
  result: (typeof CLEANUP_RESULTS)[number];

  @ApiPropertyOptional({ description: '说明' })
  @IsOptional()
  @IsString({ message: '说明必须是文字' })
  @MaxLength(2000, { message: '说明不能超过 2000 个字' })
  note?: string;
}

/** The in-force catalogue: a search and an order, nothing else to filter. */
export class InForceQueryDto extends PageQueryDto {
  @TextFilter('按文号或标题搜索')
  q?: string;

  @SortParam(DOCUMENT_SORTS)
  sort?: string;
}

export class DocumentQueryDto extends InForceQueryDto {
  @ApiPropertyOptional({ enum: DOCUMENT_STATUSES, description: '状态（已失效：现行有效但有效期已届满）' })
  @IsOptional()
  @IsIn(DOCUMENT_STATUSES, { message: '状态只能是 in_force、amended、repealed、expired' })
  status?: (typeof DOCUMENT_STATUSES)[number];

  @ApiPropertyOptional({ description: '起草股室（部门编号）' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '起草股室必须是部门编号' })
  departmentId?: number;

  @ApiPropertyOptional({ description: '公布年度' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: '年度必须是整数' })
  @Min(2000, { message: '年度不能早于 2000' })
  @Max(2100, { message: '年度不能晚于 2100' })
  year?: number;
}
