import type { EntityManager } from 'typeorm';
import { Task } from './task.entity';

/**
 * Hand-written SQL for the tick-off path, with bound parameters: TypeORM's SQLite driver inlines
 * numbers into the SQL text (every task id would be a new statement to prepare) and its query
 * builder costs more than the write itself. Here the text depends only on the columns, so each
 * statement is prepared once. Values are stored and read back exactly as TypeORM does.
 */

/** Properties whose stored form differs from the value (SQLite has no boolean or timestamp type). */
const BOOLEANS = new Set<keyof Task>(['needsReview']);
const JSON_TEXT = new Set<keyof Task>(['gateTaskIds']);
const DATES = new Set<keyof Task>(['completedAt', 'createdAt', 'updatedAt']);

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
