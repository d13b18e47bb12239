import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { SortParam, TextFilter } from '../../common/list-query';
import { PageQueryDto } from '../../common/pagination';
import { RISK_LEVEL_CODES, TARGET_CATEGORY_CODES, type RiskLevel, type TargetCategory } from '../directory.entity';

/** Text fields are stored without surrounding blanks. */
export const trimmed = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

export class CreateTargetDto {
  @ApiProperty({ description: '检查对象名称', example: '城关镇第一小学' })
  @trimmed
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @ApiProperty({ enum: TARGET_CATEGORY_CODES, description: '类别：school 中小学校、kindergarten 幼儿园、training 校外培训机构、private 民办学校、other 其他' })
  @IsIn(TARGET_CATEGORY_CODES)
  category: TargetCategory;

  @ApiPropertyOptional({ description: '所在乡镇/街道', example: '城关镇' })
  @IsOptional()
  @trimmed
  @IsString()
  @MaxLength(50)
  area?: string;

  @ApiPropertyOptional({ enum: RISK_LEVEL_CODES, description: '风险等级：low 低、medium 中、high 高（默认低）' })
  @IsOptional()
  @IsIn(RISK_LEVEL_CODES)
  riskLevel?: RiskLevel;

  @ApiPropertyOptional({ type: Number, nullable: true, description: '监管股室（部门编号），用于“监管股室人员回避”规则' })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsInt()
  supervisingDepartmentId?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, description: '对应的本局学校（部门编号），可不填' })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsInt()
  schoolDepartmentId?: number | null;

  @ApiPropertyOptional({ description: '是否在库（停用后不再参加抽取）', default: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class UpdateTargetDto extends PartialType(CreateTargetDto) {}

export class TargetQueryDto extends PageQueryDto {
  @TextFilter('按名称、乡镇/街道搜索')
  q?: string;

  @ApiPropertyOptional({ enum: TARGET_CATEGORY_CODES, description: '只看该类别' })
  @IsOptional()
  @IsIn(TARGET_CATEGORY_CODES)
  category?: TargetCategory;

  @ApiPropertyOptional({ enum: RISK_LEVEL_CODES, description: '只看该风险等级' })
  @IsOptional()
  @IsIn(RISK_LEVEL_CODES)
  riskLevel?: RiskLevel;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: '只看在库（true）或已停用（false）' })
  @IsOptional()
  @IsIn(['true', 'false'])
  active?: 'true' | 'false';

  @SortParam(['name', 'category', 'area', 'riskLevel'])
  sort = 'name';
}

export class CreateItemDto {
  @ApiProperty({ description: '抽查事项', example: '民办学校办学行为检查' })
  @trimmed
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title: string;

  @ApiProperty({ description: '抽查依据', example: '《中华人民共和国民办教育促进法》第四十一条' })
  @trimmed
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  legalBasis: string;

  @ApiProperty({ enum: TARGET_CATEGORY_CODES, description: '检查对象类别' })
  @IsIn(TARGET_CATEGORY_CODES)
  category: TargetCategory;

  @ApiProperty({ description: '检查方式', example: '现场检查' })
  @trimmed
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  method: string;

  @ApiPropertyOptional({ description: '抽查比例（%，1–100；默认取设置“双随机抽查比例”）' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  ratioPercent?: number;

  @ApiPropertyOptional({ description: '是否启用', default: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class UpdateItemDto extends PartialType(CreateItemDto) {}

export class CreateConflictDto {
  @ApiProperty({ description: '检查对象编号' })
  @IsInt()
  targetId: number;

  @ApiPropertyOptional({ type: Number, nullable: true, description: '须回避的执法证（证件编号），与人员二选一' })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsInt()
  certificateId?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, description: '须回避的人员（用户编号），与执法证二选一' })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsInt()
  userId?: number | null;

  @ApiProperty({ description: '回避理由', example: '近亲属在该校任职' })
  @trimmed
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason: string;
}
