import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** Far beyond any real list, and keeps the row offset a small integer on both databases. */
export const MAX_PAGE = 100_000;

/** The one pagination shape of every list route: `?page=1&pageSize=20`. */
export class PageQueryDto {
  @ApiPropertyOptional({ type: Number, description: '页码，从 1 开始', default: 1, minimum: 1, maximum: MAX_PAGE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page = 1;

  @ApiPropertyOptional({ type: Number, description: '每页条数（1–200）', default: 20, minimum: 1, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize = 20;

  get offset(): number {
    return (this.page - 1) * this.pageSize;
  }
}

export class Page<T> {
  @ApiProperty({ description: '本页记录' })
  items: T[];

  @ApiProperty({ description: '符合条件的记录总数' })
  total: number;

  @ApiProperty()
  page: number;

  @ApiProperty()
  pageSize: number;

  static of<T>(items: T[], total: number, query: PageQueryDto): Page<T> {
    return Object.assign(new Page<T>(), { items, total, page: query.page, pageSize: query.pageSize });
  }
}
