import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { TextFilter } from '../../common/list-query';
import { PageQueryDto } from '../../common/pagination';
import { IsRealDate } from '../../common/validators';
import { ENGAGEMENT_STATUSES, type EngagementStatus } from '../adviser-rules';
import type { EngagedBy, EngagementKind } from '../adviser-engagement.entity';

export class CreateEngagementDto {
  @ApiProperty({ enum: ['firm', 'person'], description: 'firm 律师事务所，person 个人' })
  @IsIn(['firm', 'person'], { message: '应为 firm（律师事务所）或 person（个人）' })
  kind: EngagementKind;

  @ApiProperty({ description: '律师事务所或顾问姓名', example: '某某律师事务所' })
  @IsString()
  @MinLength(1, { message: '名称不能为空' })
  @MaxLength(100)
  name: string;

  @ApiPropertyOptional({ description: '联系人' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  contact?: string;

  @ApiPropertyOptional({ description: '联系电话' })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  phone?: string;

  @ApiPropertyOptional({ type: [Number], description: '法律顾问账号（角色为法律顾问的用户编号）' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsInt({ each: true })
  adviserUserIds?: number[];

  @ApiProperty({ enum: ['bureau', 'schools'], description: 'bureau 教育局聘请，schools 学校聘请（一校一聘/多校连聘）' })
  @IsIn(['bureau', 'schools'], { message: '应为 bureau（教育局）或 schools（学校）' })
  engagedBy: EngagedBy;

  @ApiPropertyOptional({ type: [Number], description: '覆盖的学校（部门编号）' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsInt({ each: true })
  schoolIds?: number[];

  @ApiProperty({ description: '合同开始日期', example: '2026-01-01' })
  @IsRealDate()
  startOn: string;

  @ApiProperty({ description: '合同结束日期', example: '2026-12-31' })
  @IsRealDate()
  endOn: string;

  @ApiPropertyOptional({ type: Number, nullable: true, description: '年费用（元）' })
  @IsOptional()
  @IsInt({ message: '费用应为整数（元）' })
  @Min(0)
  @Max(100_000_000)
  fee?: number | null;

  @ApiPropertyOptional({ description: '备注' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}

export class UpdateEngagementDto extends PartialType(CreateEngagementDto) {}

export class DismissEngagementDto {
  @ApiProperty({ description: '解聘日期', example: '2026-06-30' })
  @IsRealDate()
  dismissedOn: string;

  @ApiProperty({ description: '解聘原因' })
  @IsString()
  @MinLength(1, { message: '请填写解聘原因' })
  @MaxLength(500)
  reason: string;
}

export class EngagementQueryDto extends PageQueryDto {
  @TextFilter('按名称、联系人搜索')
  q?: string;

  @ApiPropertyOptional({ enum: ENGAGEMENT_STATUSES, description: '状态：pending 未开始，active 有效，expired 到期，dismissed 解聘' })
  @IsOptional()
  @IsIn(ENGAGEMENT_STATUSES)
  status?: EngagementStatus;

  @ApiPropertyOptional({ type: Number, description: '只看覆盖该学校的聘任' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  schoolId?: number;
}
