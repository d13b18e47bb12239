import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { KeysetColumn, KeysetOrder } from './keyset';

/** Longest text accepted by a list's `q` filter and by the search route. */
export const MAX_QUERY_TEXT = 100;

/** A list's free-text filter `?q=`, trimmed (empty means no filter). */
export function TextFilter(description: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ description, maxLength: MAX_QUERY_TEXT }),
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value)),
    IsOptional(),
    IsString(),
    MaxLength(MAX_QUERY_TEXT, { message: `搜索内容不能超过 ${MAX_QUERY_TEXT} 个字` }),
  );
}

/** Every accepted `sort` value: each field ascending, or descending with a leading `-`. */
export function sortValues(fields: readonly string[]): string[] {
  return fields.flatMap((f) => [f, `-${f}`]);
}

/** A list's `?sort=field` / `?sort=-field`, limited to the given fields. */
export function SortParam(fields: readonly string[]): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ enum: sortValues(fields), description: `排序字段，前加 - 为倒序；可选：${fields.join('、')}` }),
    IsOptional(),
    IsIn(sortValues(fields), { message: `排序字段只能是 ${fields.join('、')}（倒序在前面加 -）` }),
  );
}

/**
 * A LIKE pattern matching `text` anywhere, lower-cased, with `%`, `_` and the escape character
 * taken literally (use with {@link containsAny}, which declares the escape).
 */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** SQL: any of the columns contains the pattern bound as `:param` (case-insensitive). */
export function containsAny(columns: string[], param: string): string {
  return `(${columns.map((c) => `LOWER(${c}) LIKE :${param} ESCAPE '\\'`).join(' OR ')})`;
}

/**
 * The keyset order of a list's `?sort=field` / `?sort=-field` (or of its default, written the
 * same way): the field's column, or the id alone for a field mapped to none; ties by id in the
 * same direction, so one index on (column, id) serves the order both ways.
 */
export function keysetSort(sort: string, columns: Record<string, KeysetColumn | undefined>, id: string): KeysetOrder {
  return { name: sort, column: columns[sort.replace(/^-/, '')], direction: sort.startsWith('-') ? 'DESC' : 'ASC', id };
}

/**
 * OFFSET paging's order, for the lists not yet on keyset paging: the sort field's column, nulls
 * last either way (SQLite and PostgreSQL place them differently by default), then by id in the
 * same direction so pages never overlap.
 */
export function applySort<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  sort: string,
  columns: Record<string, string>,
  idColumn: string,
): SelectQueryBuilder<T> {
  const direction = sort.startsWith('-') ? 'DESC' : 'ASC';
  const column = columns[sort.replace(/^-/, '')];
  return qb.orderBy(`CASE WHEN ${column} IS NULL THEN 1 ELSE 0 END`, 'ASC').addOrderBy(column, direction).addOrderBy(idColumn, direction);
}
