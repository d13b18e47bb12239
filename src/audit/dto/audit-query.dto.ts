import { SortParam, TextFilter } from '../../common/list-query';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDateString, IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/pagination';

/** Sortable fields of the audit log. */
export const AUDIT_SORTS = ['at', 'action', 'entity'] as const;

export class AuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: '数据表，如 tasks、users' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  entity?: string;

  @ApiPropertyOptional({ description: '记录编号（与 entity 一起使用）' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  entityId?: string;

  @ApiPropertyOptional({ description: '操作人用户编号' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  userId?: number;

  @ApiPropertyOptional({ description: '起始时间（含），ISO 8601' })
  @IsOptional()
  @IsDateString()
  from?: string;

  @ApiPropertyOptional({ description: '截止时间（不含），ISO 8601' })
  @IsOptional()
  @IsDateString()
  to?: string;

  @TextFilter('操作、数据表、记录编号或执行者包含')
  q?: string;

  @SortParam(AUDIT_SORTS)
  sort?: string;
}
