import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class CreateBinderDto {
  @ApiProperty({ description: '年度（该年度各计划的任务）', example: 2026 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @ApiPropertyOptional({ description: '只汇编一个工作要点（编号）' })
  @IsOptional()
  @IsInt()
  @Min(1)
  workPointId?: number;

  @ApiPropertyOptional({ description: '只汇编一个股室（编号）；股室负责人只能汇编本股室，不填即本股室' })
  @IsOptional()
  @IsInt()
  @Min(1)
  departmentId?: number;
}
