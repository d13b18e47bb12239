import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { MAX_QUERY_TEXT } from '../../common/list-query';

export class SearchQueryDto {
  @ApiProperty({ description: '搜索内容：名称、文号/案号、股室或工作要点', minLength: 1, maxLength: MAX_QUERY_TEXT, example: '行政处罚' })
  @IsString()
  @Matches(/\S/, { message: '请输入搜索内容' })
  @MaxLength(MAX_QUERY_TEXT, { message: `搜索内容不能超过 ${MAX_QUERY_TEXT} 个字` })
  q: string;
}
