import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';

// Shape only; whether the date exists and lies in the year is checked by CalendarService.
const DATE_FORMAT = /^\d{4}-\d{2}-\d{2}$/;

export class HolidayNameDto {
  @ApiProperty({ description: '放假日期（YYYY-MM-DD）', example: '2027-01-01' })
  @Matches(DATE_FORMAT, { message: '节日日期“$value”格式应为 YYYY-MM-DD' })
  date: string;

  @ApiProperty({ description: '节日名称', example: '元旦', maxLength: 50 })
  @IsString({ message: '节日名称必须是文字' })
  @IsNotEmpty({ message: '节日名称不能为空' })
  @MaxLength(50, { message: '节日名称不能超过 50 个字' })
  name: string;
}

/** Body of "load a year's holiday arrangement" (国务院办公厅放假安排). */
export class LoadCalendarYearDto {
  @ApiProperty({ description: '年份', example: 2027, minimum: 2000, maximum: 2100 })
  @IsInt({ message: '年份必须是整数' })
  @Min(2000, { message: '年份不能早于 2000 年' })
  @Max(2100, { message: '年份不能晚于 2100 年' })
  year: number;

  @ApiProperty({
    description: '全部放假日期（YYYY-MM-DD），包括落在周末的放假日',
    type: [String],
    example: ['2027-01-01', '2027-01-02', '2027-01-03'],
  })
  @IsArray({ message: '放假日期必须是日期列表' })
  @ArrayNotEmpty({ message: '放假日期不能为空，每年至少有元旦等法定假日' })
  @ArrayMaxSize(366, { message: '放假日期过多' })
  @Matches(DATE_FORMAT, { each: true, message: '放假日期中的每一项都必须是 YYYY-MM-DD 格式的日期' })
  daysOff: string[];

  @ApiProperty({
    description: '调休上班日期（YYYY-MM-DD），只能是周六或周日；没有则传空列表',
    type: [String],
    example: ['2027-02-20'],
  })
  @IsArray({ message: '调休上班日期必须是日期列表' })
  @ArrayMaxSize(366, { message: '调休上班日期过多' })
  @Matches(DATE_FORMAT, { each: true, message: '调休上班日期中的每一项都必须是 YYYY-MM-DD 格式的日期' })
  makeUpWorkdays: string[];

  @ApiPropertyOptional({ description: '各放假日期对应的节日名称（可选）', type: [HolidayNameDto] })
  @IsOptional()
  @IsArray({ message: '节日名称必须是列表' })
  @ArrayMaxSize(366, { message: '节日名称过多' })
  @ValidateNested({ each: true })
  @Type(() => HolidayNameDto)
  holidays?: HolidayNameDto[];
}
