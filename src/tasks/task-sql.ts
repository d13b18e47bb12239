import type { EntityManager } from 'typeorm';
import { Task } from './task.entity';

/**
 * Hand-written SQL for the tick-off path, with bound parameters: TypeORM's SQLite driver inlines
 * numbers into the SQL text (every task id would be a new statement to prepare) and its query
 * builder costs more than the write itself. Here the text depends only on the columns, so each
 * statement is prepared once. Values are stored and read back exactly as TypeORM does.
 */

/** Properties whose stored form differs from the value (SQLite has no boolean or timestamp type). */
const BOOLEANS = new Set<keyof Task>(['needsReview', 'backfill']);
const JSON_TEXT = new Set<keyof Task>(['gateTaskIds']);
const DATES = new Set<keyof Task>(['naRequestedAt', 'completedAt', 'createdAt', 'updatedAt']);

const isPostgres = (m: EntityManager) => m.connection.options.type === 'postgres';
const placeholders = (m: EntityManager) => (isPostgres(m) ? (i: number) => `$${i + 1}` : () => '?');

/** A Date as a SQLite datetime column stores it (UTC text); PostgreSQL takes the Date. */
export function storedDate(m: EntityManager, value: Date): Date | string {
  return isPostgres(m) ? value : value.toISOString().slice(0, 23).replace('T', ' ');
}

let columnNames: Map<string, string> | undefined;
/** Task property → column name, from the entity metadata (read once). */
function columnOf(m: EntityManager, property: string): string {
  columnNames ??= new Map(m.connection.getMetadata(Task).columns.map((c) => [c.propertyName, c.databaseName]));
  const name = columnNames.get(property);
  if (!name) throw new Error(`Task has no column ${property}`);
  return name;
}

function stored(m: EntityManager, property: keyof Task, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (JSON_TEXT.has(property)) return JSON.stringify(value);
  if (DATES.has(property)) return storedDate(m, value as Date);
  if (BOOLEANS.has(property) && !isPostgres(m)) return value ? 1 : 0;
  return value;
}

function hydrated(property: keyof Task, value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (JSON_TEXT.has(property)) return typeof value === 'string' ? JSON.parse(value) : value;
  if (BOOLEANS.has(property)) return Boolean(value);
  if (DATES.has(property) && typeof value === 'string') {
    // SQLite text "2026-06-10 02:30:00.000" is UTC.
    return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(' ', 'T')}Z`);
  }
  return value;
}

/** One task by id, hydrated like a TypeORM read, or null. */
export async function selectTask(m: EntityManager, id: number): Promise<Task | null> {
  const rows: Record<string, unknown>[] = await m.query(`SELECT * FROM "tasks" WHERE "id" = ${placeholders(m)(0)}`, [id]);
  if (!rows.length) return null;
  const task = new Task();
  for (const column of m.connection.getMetadata(Task).columns) {
    const property = column.propertyName as keyof Task;
    (task as unknown as Record<string, unknown>)[property] = hydrated(property, rows[0][column.databaseName]);
  }
  return task;
}

/** Updates the given properties of one task, and its `updated_at`. */
export async function updateTask(m: EntityManager, id: number, values: Partial<Task>): Promise<void> {
  const given = (Object.keys(values) as (keyof Task)[]).filter((p) => values[p] !== undefined);
  const at = placeholders(m);
  const sets = given.map((p, i) => `"${columnOf(m, p)}" = ${at(i)}`);
  sets.push('"updated_at" = CURRENT_TIMESTAMP');
  await m.query(`UPDATE "tasks" SET ${sets.join(', ')} WHERE "id" = ${at(given.length)}`, [...given.map((p) => stored(m, p, values[p])), id]);
}

/** Appends one row to a task's history. */
export async function insertTransition(
  m: EntityManager,
  row: { taskId: number; action: string; fromStatus: string | null; toStatus: string; note: string; userId: number | null; at: Date },
): Promise<void> {
  const at = placeholders(m);
  await m.query(
    `INSERT INTO "task_transitions" ("task_id", "action", "from_status", "to_status", "note", "user_id", "at") VALUES (${[0, 1, 2, 3, 4, 5, 6].map(at).join(', ')})`,
    [row.taskId, row.action, row.fromStatus, row.toStatus, row.note, row.userId, storedDate(m, row.at)],
  );
}

/**
 * Rows per multi-row statement when issuing tasks: 200 × 30 columns stays far below SQLite's
 * 32,766 bound variables (PostgreSQL allows 65,535), and one statement of that size takes a few
 * milliseconds, so callers can yield to the event loop between chunks.
 */
export const TASK_CHUNK = 200;

/** Splits `rows` into chunks of `size`. */
export function chunked<T>(rows: T[], size = TASK_CHUNK): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < rows.length; i += size) chunks.push(rows.slice(i, i + size));
  return chunks;
}

/**
 * One multi-row INSERT of complete task rows (every column but `id`); returns the new ids in the
 * order of `rows`. RETURNING promises no row order, so ids are matched back on the unique key.
 */
export async function insertTasks(m: EntityManager, rows: Task[]): Promise<number[]> {
  if (!rows.length) return [];
  const properties = m.connection
    .getMetadata(Task)
    .columns.map((c) => c.propertyName as keyof Task)
    .filter((p) => p !== 'id');
  const at = placeholders(m);
  let n = 0;
  const values = rows.map(() => `(${properties.map(() => at(n++)).join(', ')})`);
  const returned: { id: number; item: number; department: number; period: string }[] = await m.query(
    `INSERT INTO "tasks" (${properties.map((p) => `"${columnOf(m, p)}"`).join(', ')}) VALUES ${values.join(', ')} ` +
      'RETURNING "id", "template_item_id" AS "item", "department_id" AS "department", "period_key" AS "period"',
    rows.flatMap((row) => properties.map((p) => stored(m, p, row[p]))),
  );
  const key = (item: number, department: number, period: string) => `${item}|${department}|${period}`;
  const ids = new Map(returned.map((r) => [key(Number(r.item), Number(r.department), r.period), Number(r.id)]));
  return rows.map((row) => ids.get(key(row.templateItemId, row.departmentId, row.periodKey))!);
}

/** Sets one column of many tasks (each its own value) and their `updated_at`, in one UPDATE. */
export async function updateTaskColumn<P extends 'leadTaskId' | 'gateTaskIds'>(
  m: EntityManager,
  property: P,
  rows: { id: number; value: Task[P] }[],
): Promise<void> {
  if (!rows.length) return;
  const at = placeholders(m);
  // Bound parameters carry no type on PostgreSQL: the casts give the VALUES columns theirs.
  const type = property === 'leadTaskId' ? 'INTEGER' : 'TEXT';
  const values = rows.map((_, i) => `(CAST(${at(2 * i)} AS INTEGER), CAST(${at(2 * i + 1)} AS ${type}))`);
  await m.query(
    `WITH "v" ("id", "value") AS (VALUES ${values.join(', ')}) ` +
      `UPDATE "tasks" SET "${columnOf(m, property)}" = "v"."value", "updated_at" = CURRENT_TIMESTAMP FROM "v" WHERE "tasks"."id" = "v"."id"`,
    rows.flatMap((row) => [row.id, stored(m, property, row.value)]),
  );
}
