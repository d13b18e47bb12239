import type { Type } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { Page } from './pagination';

/** Instants are serialised by JSON.stringify as ISO strings (UTC). */
export const DATE_TIME: ApiPropertyOptions = { type: String, format: 'date-time' };
export const NULLABLE_DATE_TIME: ApiPropertyOptions = { type: String, format: 'date-time', nullable: true };
/** A JSON object whose keys are data (settings, anchors, audit snapshots). */
export const FREE_OBJECT: ApiPropertyOptions = { type: 'object', additionalProperties: true };

export class FieldErrorView {
  @ApiProperty({ description: '出错的字段，如 items[0].title' }) field: string;
  @ApiProperty({ description: '该字段的问题（中文）' }) message: string;
}

/** The one error body of the API (see HttpErrorFilter). */
export class ErrorBodyView {
  @ApiProperty({ example: 400 }) statusCode: number;
  @ApiProperty({ description: '错误类别（英文）', example: 'ValidationFailed' }) error: string;
  @ApiProperty({ description: '给用户看的说明（中文）' }) message: string;
  @ApiPropertyOptional({ type: [FieldErrorView], description: '逐字段的问题（输入校验失败时）' }) fields?: FieldErrorView[];
  @ApiPropertyOptional({ description: '请求编号，与日志对应' }) requestId?: string;
}

const pageClasses = new Map<Type<unknown>, Type<Page<unknown>>>();

/**
 * The page schema of one item type (`TaskSummaryPage` …): the shape of `Page.of`, with typed items.
 * One class per item type, so the OpenAPI document names each page schema once.
 */
export function PageOf<T>(item: Type<T>): Type<Page<T>> {
  let page = pageClasses.get(item);
  if (!page) {
    class ItemPage extends Page<T> {
      @ApiProperty({ type: [item], description: '本页记录' }) declare items: T[];
    }
    Object.defineProperty(ItemPage, 'name', { value: `${item.name}Page` });
    page = ItemPage;
    pageClasses.set(item, page);
  }
  return page as Type<Page<T>>;
}

/** The same page with each item mapped (entity → view). */
export function mapPage<T, U>(page: Page<T>, map: (item: T) => U): Page<U> {
  return Object.assign(new Page<U>(), page, { items: page.items.map((item) => map(item)) });
}
