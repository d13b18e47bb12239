import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsRealDate } from '../../common/validators';
import { INSPECTION_OUTCOME_CODES, type InspectionOutcome } from '../draw.entity';
import { trimmed } from './directory.dto';

export class CreateDrawDto {
  @ApiProperty({ description: '本次抽查（“双随机抽查（单次）”事项）的计划编号' })
  @IsInt()
  planId: number;

  @ApiProperty({ description: '抽查事项编号（决定检查对象类别和默认比例）' })
  @IsInt()
  itemId: number;

  @ApiPropertyOptional({ description: '按数量抽取的检查对象数；不填则按比例（向上取整，至少1个）' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  targetCount?: number;

  @ApiPropertyOptional({ description: '按比例抽取的比例（%）；不填取抽查事项的比例' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  ratioPercent?: number;

  @ApiPropertyOptional({ description: '每个检查对象的检查人员数（不少于2）', default: 2 })
  @IsOptional()
  @IsInt()
  @Min(2)
  @Max(10)
  inspectorsPerTarget?: number;

  @ApiProperty({ description: '抽取会议现场确定的种子文字（如现场掷骰结果、在场人员共同写下的文字）', example: '2026年第二次抽查 现场骰子 3-5-1-6' })
  @trimmed
  @IsString()
  @MinLength(4)
  @MaxLength(200)
  seedText: string;

  @ApiPropertyOptional({ description: '抽取日期 YYYY-MM-DD（默认今天；检查人员须在该日持有效执法证）' })
  @IsOptional()
  @IsRealDate()
  drawnOn?: string;

  @ApiPropertyOptional({ description: '监管股室人员回避（默认开启）', default: true })
  @IsOptional()
  @IsBoolean()
  excludeSupervisingDepartment?: boolean;
}

export class RedrawDto extends CreateDrawDto {
  @ApiProperty({ description: '重新抽取的理由（原抽取记录保留并标记为已被替代）' })
  @trimmed
  @IsString()
  @MinLength(2)
  @MaxLength(500)
  reason: string;
}

export class RecordOutcomeDto {
  @ApiProperty({ enum: INSPECTION_OUTCOME_CODES, description: '检查结果：clear 未发现问题、rectify 责令整改、case 立案查处、transfer 移送' })
  @IsIn(INSPECTION_OUTCOME_CODES)
  outcome: InspectionOutcome;

  @ApiPropertyOptional({ description: '说明' })
  @IsOptional()
  @trimmed
  @IsString()
  @MaxLength(2000)
  note?: string;

  @ApiProperty({ description: '检查日期 YYYY-MM-DD' })
  @IsRealDate()
  outcomeOn: string;
}

export class InspectionEndDto {
  @ApiProperty({ description: '检查结束日期 YYYY-MM-DD（据此生成“结果公示”任务：结束后20个工作日内）' })
  @IsRealDate()
  inspectionEndOn: string;

  @ApiPropertyOptional({ description: '更正已填写的结束日期时须说明理由' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class DrawQueryDto {
  @ApiPropertyOptional({ description: '只看该计划（抽查）的抽取记录' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? Number(value) : value))
  @IsInt()
  planId?: number;
}
