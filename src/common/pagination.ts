import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { INVALID_CURSOR, MAX_CURSOR_LENGTH, type KeysetResult } from './keyset';

/** Far beyond any real list, and keeps the row offset a small integer on both databases. */
export const MAX_PAGE = 100_000;

/**
 * The one pagination shape of every list route: `?pageSize=20`, then `?cursor=<nextCursor>` for
 * the next page (keyset paging, see common/keyset.ts). `?page=N` still works for old clients, at
 * the cost of OFFSET paging.
 */
export class PageQueryDto {
  @ApiPropertyOptional({ description: '上一页返回的 nextCursor；不填为第一页', maxLength: MAX_CURSOR_LENGTH })
  @IsOptional()
  @IsString({ message: INVALID_CURSOR })
  @MaxLength(MAX_CURSOR_LENGTH, { message: INVALID_CURSOR })
  @Matches(/^[A-Za-z0-9_-]+$/, { message: INVALID_CURSOR })
  cursor?: string;

  @ApiPropertyOptional({
    type: Number,
    description: '页码（旧式分页，按偏移读取，深页较慢；请改用 cursor）',
    default: 1,
    minimum: 1,
    maximum: MAX_PAGE,
    deprecated: true,
  })
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

  @ApiProperty({ type: Number, nullable: true, description: '符合条件的记录总数；只在第一页（不带 cursor）统计，后续页为 null' })
  total: number | null;

  @ApiProperty()
  page: number;

  @ApiProperty()
  pageSize: number;

  @ApiProperty({ type: String, nullable: true, description: '下一页的 cursor；没有下一页时为 null' })
  nextCursor: string | null;

  static of<T>(items: T[], total: number | null, query: PageQueryDto, nextCursor: string | null = null): Page<T> {
    return Object.assign(new Page<T>(), { items, total, page: query.page, pageSize: query.pageSize, nextCursor });
  }

  /** The page of a keyset read, its rows turned into the route's items. */
  static keyset<T>(items: T[], result: KeysetResult<unknown>, query: PageQueryDto): Page<T> {
    return Page.of(items, result.total, query, result.nextCursor);
  }
}
