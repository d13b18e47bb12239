import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { TextFilter } from '../../common/list-query';
import { PageQueryDto } from '../../common/pagination';
import { OPINION_RESULTS, REQUEST_KINDS, type OpinionResult, type RequestKind } from '../adviser-rules';

export class ReviewRequestQueryDto extends PageQueryDto {
  @TextFilter('按文号、标题搜索')
  q?: string;

  @ApiPropertyOptional({ type: Number, description: '提请审查的年份' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ enum: REQUEST_KINDS, description: '事项类型' })
  @IsOptional()
  @IsIn(REQUEST_KINDS)
  kind?: RequestKind;

  @ApiPropertyOptional({ type: Number, description: '法律顾问（用户编号）' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  adviserId?: number;

  @ApiPropertyOptional({ type: Boolean, description: 'true 只看超时或已超期的，false 只看按时或审查中的' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: '应为 true 或 false' })
  late?: boolean;
}

/** The register's fields of a request: its kind (the registrar) and the opinion's result (the adviser). */
export class ReviewRequestDetailDto {
  @ApiPropertyOptional({ enum: REQUEST_KINDS, description: '事项类型：合同、重大决策、规范性文件、诉讼复议、信访、其他' })
  @IsOptional()
  @IsIn(REQUEST_KINDS, { message: `应为以下之一：${REQUEST_KINDS.join('、')}` })
  kind?: RequestKind;

  @ApiPropertyOptional({ enum: OPINION_RESULTS, nullable: true, description: '审查结论：合法、修改后合法、不合法、其他意见' })
  @IsOptional()
  @IsIn([...OPINION_RESULTS, null], { message: `应为以下之一：${OPINION_RESULTS.join('、')}` })
  result?: OpinionResult | null;
}
