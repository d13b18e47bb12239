import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

export class SummaryQueryDto {
  @ApiPropertyOptional({ description: '计划年度（默认：未指定计划时为今年）' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ description: '计划' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  planId?: number;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true：统计全部年度（不指定年度和计划时默认只统计今年）' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'allYears 只能是 true 或 false' })
  allYears?: 'true' | 'false';
}

/** The coverage takes the year only (this year when none is given). */
export class CoverageQueryDto extends PickType(SummaryQueryDto, ['year'] as const) {}

export class SummaryRow {
  @ApiProperty() id: number;
  @ApiProperty({ description: '名称' }) name: string;
  @ApiProperty({ description: '任务总数' }) total: number;
  @ApiProperty({ description: '已完成' }) done: number;
  @ApiProperty({ description: '逾期' }) overdue: number;
  @ApiProperty({ description: '不适用（不计入完成率的分母，也不计入逾期）' }) notApplicable: number;
  @ApiProperty({ description: '完成率（0–1）：已完成 ÷（总数 − 不适用 − 已撤销）' }) completionRate: number;
  @ApiProperty({ description: '按期完成（完成日期不晚于截止日期，或无截止日期）' }) onTime: number;
  @ApiProperty({ description: '逾期完成' }) late: number;
  @ApiProperty({ type: Number, nullable: true, description: '按期完成率（0–1）：按期完成 ÷ 已完成；尚无完成时为空' }) onTimeRate: number | null;
  @ApiPropertyOptional({ description: '是否本人分管（仅按股室统计时）' }) supervised?: boolean;
}

export class OversightSummary {
  @ApiProperty({ description: '统计日（Asia/Shanghai）' }) today: string;
  @ApiProperty({ type: Number, nullable: true, description: '统计的计划年度（按计划统计时为空）' }) year: number | null;
  @ApiProperty({ type: [SummaryRow], description: '按股室/学校；本人分管的排在前面' }) byDepartment: SummaryRow[];
  @ApiProperty({ type: [SummaryRow], description: '按工作要点' }) byWorkPoint: SummaryRow[];
}
