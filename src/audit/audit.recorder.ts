import type { EntityManager } from 'typeorm';
import { requestContext } from '../common/request-context';

/** Fields never copied into the trail (a calendar feed's token hash is a credential's stand-in). */
const REDACTED = new Set(['passwordHash', 'tokenHash']);

export interface AuditEntry {
  action: string;
  entity: string;
  entityId: string | number;
  before?: object | null;
  after?: object | null;
}

function snapshot(value: object | null | undefined): Record<string, unknown> | null {
  if (!value) return null;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (REDACTED.has(key) || (v !== null && typeof v === 'object' && !(v instanceof Date) && !Array.isArray(v) && 'id' in v)) continue;
    out[key] = v;
  }
  return out;
}

/**
 * The one audit call: writes an event in the caller's transaction, attributed to the user and
 * request of the current context (or to the system actor that set the context).
 */
export function recordAudit(manager: EntityManager, entry: AuditEntry): Promise<void> {
  return serialised(manager, () => writeAudit(manager, [entry]));
}

/**
 * Many events in one multi-row INSERT (bulk writes such as a plan's tasks), attributed like
 * `recordAudit`. Callers keep batches to a few hundred entries: 9 bound values each.
 */
export function recordAuditMany(manager: EntityManager, entries: AuditEntry[]): Promise<void> {
  return entries.length ? serialised(manager, () => writeAudit(manager, entries)) : Promise.resolve();
}

// One connection, one audit write at a time: TypeORM runs the listeners of a multi-row insert
// in parallel, and the PostgreSQL client must not receive overlapping queries.
function serialised(manager: EntityManager, write: () => Promise<void>): Promise<void> {
  const connection = manager.queryRunner ?? manager;
  const run = (inFlight.get(connection) ?? Promise.resolve()).then(write);
  inFlight.set(
    connection,
    run.catch(() => undefined),
  );
  return run;
}

const inFlight = new WeakMap<object, Promise<void>>();

const COLUMNS = ['at', 'user_id', 'actor', 'action', 'entity', 'entity_id', 'before', 'after', 'request_id'];
const insertSql = (rows: number, placeholder: (i: number) => string) =>
  `INSERT INTO "audit_events" (${COLUMNS.map((c) => `"${c}"`).join(', ')}) VALUES ` +
  Array.from({ length: rows }, (_, r) => `(${COLUMNS.map((_, i) => placeholder(r * COLUMNS.length + i)).join(', ')})`).join(', ');
const INSERT = { postgres: insertSql(1, (i) => `$${i + 1}`), sqlite: insertSql(1, () => '?') };

/**
 * One fixed INSERT text per dialect for a single event, so the statement is prepared once (the
 * audit write sits on the tick-off path, where building the SQL per call would cost more than
 * the row). Values are stored as TypeORM stores them: JSON text for the snapshots, UTC datetime
 * text on SQLite.
 */
async function writeAudit(manager: EntityManager, entries: AuditEntry[]): Promise<void> {
  const ctx = requestContext.get();
  const postgres = manager.connection.options.type === 'postgres';
  const at = new Date();
  const json = (value: object | null | undefined) => {
    const snap = snapshot(value);
    return snap && JSON.stringify(snap);
  };
  const sql = entries.length === 1 ? INSERT[postgres ? 'postgres' : 'sqlite'] : insertSql(entries.length, postgres ? (i) => `$${i + 1}` : () => '?');
  await manager.query(
    sql,
    entries.flatMap((entry) => [
      postgres ? at : at.toISOString().slice(0, 23).replace('T', ' '),
      ctx?.userId ?? null,
      ctx?.userId ? 'user' : (ctx?.actor ?? 'system'),
      entry.action,
      entry.entity,
      String(entry.entityId),
      json(entry.before),
      json(entry.after),
      ctx?.requestId ?? null,
    ]),
  );
}
