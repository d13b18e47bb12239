import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

export class UpdatePolicyDto {
  @ApiPropertyOptional({ description: '是否发送提醒' })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;

  @ApiPropertyOptional({ type: [Number], description: '到期前第几个工作日提醒，如 [7, 3, 1]' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(10)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(60, { each: true })
  daysBefore?: number[];

  @ApiPropertyOptional({ description: '到期当日提醒' })
  @IsOptional()
  @IsBoolean()
  onDueDate?: boolean;

  @ApiPropertyOptional({ description: '逾期后每个工作日提醒股室负责人' })
  @IsOptional()
  @IsBoolean()
  overdueDaily?: boolean;

  @ApiPropertyOptional({ description: '逾期满几个工作日报分管领导（默认 3）' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  escalateToSupervisorAfter?: number;

  @ApiPropertyOptional({ description: '逾期满几个工作日报局长（默认 10）' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(120)
  escalateToBureauHeadAfter?: number;

  @ApiPropertyOptional({ description: '领导周汇总在星期几发送（1=星期一 … 5=星期五；遇节假日顺延到下一个工作日）' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(7)
  weeklySummaryWeekday?: number;

  @ApiPropertyOptional({ description: '每日发送时间 HH:mm（北京时间）', example: '08:30' })
  @IsOptional()
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: '必须是 HH:mm 格式的时间' })
  runAt?: string;
}
