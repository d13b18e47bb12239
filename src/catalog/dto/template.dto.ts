import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { MaxKeys } from '../../common/validators';
import type { ScheduleRule } from '../schedule-rule';

/** Event dates a template may declare; a case's `anchors` object is bounded by it too. */
export const MAX_ANCHORS = 20;

const KEY = /^[a-z0-9][a-z0-9-]{0,59}$/;
const KEY_MESSAGE = '只能包含小写字母、数字和短横线';

export class AnchorDto {
  @ApiProperty({ description: '日期键，如 publishedOn' })
  @IsString()
  @Matches(/^[A-Za-z][A-Za-z0-9]{0,39}$/, { message: '只能包含字母和数字' })
  key: string;

  @ApiProperty({ description: '名称，如 发布日期' })
  @IsString()
  @MinLength(1)
  @MaxLength(40)
  label: string;

  @ApiProperty({ description: '创建事项时是否必填' })
  @IsBoolean()
  required: boolean;
}

export class TargetDto {
  @ApiPropertyOptional({
    enum: ['count', 'percent', 'perSchool'],
    description: 'count 活动次数；percent 比率（填写分子分母）；perSchool 学校覆盖率（各校完成即可）',
    default: 'count',
  })
  @IsOptional()
  @IsIn(['count', 'percent', 'perSchool'], { message: '目标类型只能是 count、percent、perSchool' })
  kind?: 'count' | 'percent' | 'perSchool';

  @ApiProperty({ description: '目标数量，或目标百分比（percent、perSchool）' })
  @IsInt()
  @Min(1)
  count: number;

  @ApiProperty({ description: '计量单位，如 次、课时' })
  @IsString()
  @MaxLength(20)
  unit: string;

  @ApiPropertyOptional({ description: '比率的分子名称，如 参考人数' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  numeratorLabel?: string;

  @ApiPropertyOptional({ description: '比率的分母名称，如 应参考人数' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  denominatorLabel?: string;
}

export class TemplateItemDto {
  @ApiProperty({ description: '事项键（模板内唯一）', example: 'legality-review' })
  @IsString()
  @Matches(KEY, { message: KEY_MESSAGE })
  key: string;

  @ApiProperty({ description: '事项名称' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title: string;

  @ApiPropertyOptional({ description: '说明' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @ApiProperty({ description: '依据' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  basis: string;

  @ApiPropertyOptional({ description: '台账应有的佐证材料' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  evidenceHint?: string;

  @ApiProperty({ description: '牵头股室的职责代码（如 legal），或 schools 表示每所学校' })
  @IsString()
  @Matches(/^[a-z][a-z0-9-]{0,39}$/, { message: KEY_MESSAGE })
  lead: string;

  @ApiPropertyOptional({ type: [String], description: '配合股室的职责代码' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  support?: string[];

  @ApiProperty({
    description: '时间规则，如 {"kind":"yearly","monthDay":"03-31"} 或 {"kind":"event","anchor":"publishedOn","steps":[{"amount":30,"unit":"days"}]}',
  })
  @IsObject()
  @MaxKeys(20)
  schedule: ScheduleRule;

  @ApiPropertyOptional({ type: TargetDto, description: '目标数量' })
  @IsOptional()
  @ValidateNested()
  @Type(() => TargetDto)
  target?: TargetDto;

  @ApiPropertyOptional({ description: '配合任务也承担目标（默认只有牵头任务承担）' })
  @IsOptional()
  @IsBoolean()
  supportTarget?: boolean;

  @ApiPropertyOptional({ description: '完成后是否需要审核' })
  @IsOptional()
  @IsBoolean()
  review?: boolean;

  @ApiPropertyOptional({ description: '审核股室的职责代码（默认 legal）' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  reviewerRole?: string;

  @ApiPropertyOptional({ type: [String], description: '前置事项（同一模板内的事项键）' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  gates?: string[];

  @ApiPropertyOptional({ description: '仅在相关事件日期填写后才生成任务' })
  @IsOptional()
  @IsBoolean()
  whenAnchorSet?: boolean;
}

export class CreateTemplateDto {
  @ApiProperty({ description: '模板键（全局唯一）' })
  @IsString()
  @Matches(KEY, { message: KEY_MESSAGE })
  key: string;

  @ApiProperty({ description: '所属工作要点编号' })
  @IsInt()
  workPointId: number;

  @ApiProperty({ description: '模板名称' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @ApiProperty({ enum: ['annual', 'event'], description: 'annual 年度事项；event 按事件（文件、决策、检查）逐件生成' })
  @IsIn(['annual', 'event'])
  kind: 'annual' | 'event';

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @ApiPropertyOptional({ type: [AnchorDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_ANCHORS)
  @ValidateNested({ each: true })
  @Type(() => AnchorDto)
  anchors?: AnchorDto[];

  @ApiProperty({ type: [TemplateItemDto] })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => TemplateItemDto)
  items: TemplateItemDto[];
}

export class UpdateTemplateItemDto extends PartialType(TemplateItemDto) {
  @ApiPropertyOptional({ description: '停用后不再进入新计划' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
