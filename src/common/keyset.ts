import { BadRequestException } from '@nestjs/common';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Keyset (cursor) paging: a page continues after the last row of the previous one, found through
 * the sort index, instead of skipping OFFSET rows — every page costs the same, however deep.
 *
 * A list orders by one sort column (optional) and then by its unique id, both in one direction,
 * so a single index on (column, id) serves the order both ways. Rows whose sort column is NULL
 * come last in either direction, on SQLite and PostgreSQL alike: they are read in a second pass
 * (`column IS NULL`, by id), never through the dialect's own NULL placement.
 */
export interface KeysetOrder {
  /**
   * The order as the client named it (`-dueOn`, `default`…): written into the cursor, so that a
   * cursor only continues the order it was taken from.
   */
  name: string;
  /** The sort column; omitted: the id alone. */
  column?: KeysetColumn;
  direction: 'ASC' | 'DESC';
  /** The unique tiebreaker, e.g. `t.id` (an integer column). */
  id: string;
}

export interface KeysetColumn {
  /** SQL of the column (or an expression) as the query builder's alias sees it. */
  sql: string;
  /** `text` for strings, dates and timestamps (compared as the database's own text), `number` otherwise. */
  type: 'text' | 'number';
  nullable?: boolean;
}

/** A decoded cursor: the last row's sort value and id. */
export interface KeysetPosition {
  value: string | number | null;
  id: number;
}

export const INVALID_CURSOR = '分页位置无效，请从第一页重新查询';

/** Longest cursor accepted: a sort value of a few hundred characters and an id. */
export const MAX_CURSOR_LENGTH = 1024;

interface CursorBody {
  /** the order's name */
  o: string;
  /** the sort value (absent for an id-only order) */
  v?: string | number | null;
  /** the id */
  i: number;
}

export function encodeCursor(order: KeysetOrder, position: KeysetPosition): string {
  const body: CursorBody = order.column ? { o: order.name, v: position.value, i: position.id } : { o: order.name, i: position.id };
  return Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');
}

/** The cursor's position in this order; anything else (garbled, edited, another order's) → 400. */
export function decodeCursor(order: KeysetOrder, cursor: string): KeysetPosition {
  const invalid = () => new BadRequestException(INVALID_CURSOR);
  if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid();
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw invalid();
  const { o, v, i, ...rest } = body as Partial<CursorBody>;
  if (Object.keys(rest).length || o !== order.name || !Number.isSafeInteger(i) || (i as number) < 0) throw invalid();
  if (!order.column) {
    if (v !== undefined) throw invalid();
    return { value: null, id: i as number };
  }
  const fits = v === null ? order.column.nullable === true : order.column.type === 'number' ? Number.isFinite(v) : typeof v === 'string';
  if (!fits) throw invalid();
  return { value: v as string | number | null, id: i as number };
}

/** One index-ordered read: its condition, parameters (named `ks_…`) and order. */
export interface KeysetPass {
  where: string[];
  params: Record<string, unknown>;
  orderBy: string[];
}

/**
 * The reads that list the rows after the position (from the start without one), in order: the
 * rows with a sort value through a row value comparison, which both databases answer from an
 * index on (column, id); then, for a nullable column, the NULL ones by id.
 */
export function keysetPasses(order: KeysetOrder, position?: KeysetPosition): KeysetPass[] {
  const cmp = order.direction === 'ASC' ? '>' : '<';
  const byId = `${order.id} ${order.direction}`;
  const column = order.column;
  const params = position ? { ks_value: position.value, ks_id: position.id } : {};
  if (!column) return [{ where: position ? [`${order.id} ${cmp} :ks_id`] : [], params, orderBy: [byId] }];
  const passes: KeysetPass[] = [];
  if (position?.value !== null) {
    const where = column.nullable ? [`${column.sql} IS NOT NULL`] : [];
    if (position) where.push(`(${column.sql}, ${order.id}) ${cmp} (:ks_value, :ks_id)`);
    passes.push({ where, params, orderBy: [`${column.sql} ${order.direction}`, byId] });
  }
  if (column.nullable) {
    const where = [`${column.sql} IS NULL`];
    if (position?.value === null) where.push(`${order.id} ${cmp} :ks_id`);
    passes.push({ where, params, orderBy: [byId] });
  }
  return passes;
}

/** The whole order in one ORDER BY (NULLs last either way), for the legacy `?page=` offset. */
export function orderClauses(order: KeysetOrder): string[] {
  const byId = `${order.id} ${order.direction}`;
  if (!order.column) return [byId];
  const nullsLast = order.column.nullable ? [`CASE WHEN ${order.column.sql} IS NULL THEN 1 ELSE 0 END ASC`] : [];
  return [...nullsLast, `${order.column.sql} ${order.direction}`, byId];
}

export interface KeysetResult<T> {
  rows: T[];
  /** Counted on the first page only (no cursor): later pages return null and the client keeps the first figure. */
  total: number | null;
  nextCursor: string | null;
}

export interface KeysetRequest {
  cursor?: string;
  pageSize: number;
  /** The legacy page number of old clients (OFFSET paging), honoured only without a cursor. */
  page?: number;
}

const SORT_VALUE = 'ks_sort_value';
const ID_VALUE = 'ks_id_value';

type Found<T> = { row: T; value: string | number | null; id: number };

/**
 * One page of the query in the given order, after the request's cursor. The query builder carries
 * the filters only (its own ORDER BY, if any, is replaced). Reads pageSize + 1 rows, through at
 * most two passes, to know whether another page follows.
 */
export async function keysetPage<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, order: KeysetOrder, request: KeysetRequest): Promise<KeysetResult<T>> {
  const position = request.cursor === undefined ? undefined : decodeCursor(order, request.cursor);
  const total = position ? null : await qb.clone().orderBy().getCount();
  const wanted = request.pageSize + 1;
  const found: Found<T>[] = [];
  if (!position && request.page !== undefined && request.page > 1) {
    found.push(...(await readRows(withOrder(qb.clone(), orderClauses(order)).offset((request.page - 1) * request.pageSize), order, wanted)));
  } else {
    for (const pass of keysetPasses(order, position)) {
      if (found.length >= wanted) break;
      const read = withOrder(qb.clone(), pass.orderBy).setParameters(pass.params);
      for (const w of pass.where) read.andWhere(w);
      found.push(...(await readRows(read, order, wanted - found.length)));
    }
  }
  const page = found.slice(0, request.pageSize);
  const last = page[page.length - 1];
  const nextCursor = found.length > request.pageSize && last ? encodeCursor(order, { value: last.value, id: last.id }) : null;
  return { rows: page.map((f) => f.row), total, nextCursor };
}

function withOrder<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, clauses: string[]): SelectQueryBuilder<T> {
  qb.orderBy();
  for (const clause of clauses) {
    const [, sql, direction] = /^(.*) (ASC|DESC)$/.exec(clause)!;
    qb.addOrderBy(sql, direction as 'ASC' | 'DESC');
  }
  return qb;
}

/** The rows with the sort value and id each one's cursor needs, read raw beside the entities. */
async function readRows<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, order: KeysetOrder, limit: number): Promise<Found<T>[]> {
  const column = order.column;
  // As expressions: a bare `t.id` selected under another alias would replace the entity's own column.
  qb.addSelect(`${order.id} + 0`, ID_VALUE).limit(limit);
  if (column) qb.addSelect(column.type === 'text' ? `CAST(${column.sql} AS TEXT)` : `${column.sql} + 0`, SORT_VALUE);
  const { entities, raw } = await qb.getRawAndEntities<Record<string, unknown>>();
  return entities.map((row, n) => ({ row, value: column ? cursorValue(column, raw[n][SORT_VALUE]) : null, id: Number(raw[n][ID_VALUE]) }));
}

/** A raw sort value as the cursor stores it: text is CAST in SQL; PostgreSQL hands back bigint and numeric as strings. */
function cursorValue(column: KeysetColumn, value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  return column.type === 'number' ? Number(value) : (value as string);
}
