import { SortParam, TextFilter } from '../../common/list-query';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import { MaxKeys } from '../../common/validators';
import { MAX_ANCHORS } from '../../catalog/dto/template.dto';

export class CreateAnnualPlanDto {
  @ApiProperty({ description: '计划年度', example: 2026 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @ApiPropertyOptional({
    description: '启用日期 YYYY-MM-DD（须在该年度内；默认：当年为今天，其他年度为1月1日）。此日期前到期的事项作为补录，不计逾期、不发提醒',
    example: '2026-06-01',
  })
  @IsOptional()
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '启用日期必须是日期（YYYY-MM-DD）' })
  startOn?: string;
}

export class CreateEventPlanDto {
  @ApiProperty({ description: '事件模板编号（如 规范性文件、行政处罚案件）' })
  @IsInt()
  templateId: number;

  @ApiProperty({ description: '事项编号，如 文号、案号（同一模板内唯一）', example: '某教发〔2026〕3号' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  reference: string;

  @ApiProperty({ description: '事项名称', example: '关于规范校外培训机构管理的通知' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title: string;

  @ApiProperty({ description: '事件日期（键见模板的 anchors），YYYY-MM-DD', example: { publishedOn: '2026-09-28' } })
  @IsObject()
  @MaxKeys(MAX_ANCHORS)
  anchors: Record<string, string>;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'boolean' },
    description: '对模板选项的回答（键见模板的 options），如 { major: true }；未回答的选项按“是”处理',
    example: { major: true },
  })
  @IsOptional()
  @IsObject()
  @MaxKeys(MAX_ANCHORS)
  options?: Record<string, boolean>;

  @ApiPropertyOptional({ description: '法律顾问审查：审查请求送达的法律顾问（角色为法律顾问的用户编号）' })
  @IsOptional()
  @IsInt()
  adviserId?: number;
}

export class UpdateAnchorsDto {
  @ApiProperty({ description: '要填写或更正的事件日期，YYYY-MM-DD', example: { decidedOn: '2026-09-28' } })
  @IsObject()
  @MaxKeys(MAX_ANCHORS)
  anchors: Record<string, string>;

  @ApiPropertyOptional({ description: '更正已填写的日期时必填：更正理由（记入审计日志和任务历史）' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class CancelPlanDto {
  @ApiProperty({ description: '撤销理由' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason: string;
}

/** Sortable fields of the plans list. */
export const PLAN_SORTS = ['createdAt', 'year', 'title', 'reference'] as const;

export class PlanQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['annual', 'event'] })
  @IsOptional()
  @IsIn(['annual', 'event'])
  kind?: 'annual' | 'event';

  @ApiPropertyOptional({ description: '年度' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  year?: number;

  @TextFilter('名称或编号（文号、案号）包含')
  q?: string;

  @SortParam(PLAN_SORTS)
  sort?: string;
}
