import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class SummaryQueryDto {
  @ApiPropertyOptional({ description: '计划年度（默认全部计划）' })
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
}

/** The coverage takes the year only (this year when none is given). */
export class CoverageQueryDto extends PickType(SummaryQueryDto, ['year'] as const) {}

export class SummaryRow {
  @ApiProperty() id: number;
  @ApiProperty({ description: '名称' }) name: string;
  @ApiProperty({ description: '任务总数' }) total: number;
  @ApiProperty({ description: '已完成' }) done: number;
  @ApiProperty({ description: '逾期' }) overdue: number;
  @ApiProperty({ description: '完成率（0–1）' }) completionRate: number;
  @ApiPropertyOptional({ description: '是否本人分管（仅按股室统计时）' }) supervised?: boolean;
}

export class OversightSummary {
  @ApiProperty({ description: '统计日（Asia/Shanghai）' }) today: string;
  @ApiProperty({ type: [SummaryRow], description: '按股室/学校；本人分管的排在前面' }) byDepartment: SummaryRow[];
  @ApiProperty({ type: [SummaryRow], description: '按工作要点' }) byWorkPoint: SummaryRow[];
}
