import type { EntityManager } from 'typeorm';
import { requestContext } from '../common/request-context';
import { insertRow } from '../database/bound-sql';
import { AuditEvent } from './audit-event.entity';

/** Fields never copied into the trail. */
const REDACTED = new Set(['passwordHash']);

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
  // One connection, one audit write at a time: TypeORM runs the listeners of a multi-row insert
  // in parallel, and the PostgreSQL client must not receive overlapping queries.
  const connection = manager.queryRunner ?? manager;
  const run = (inFlight.get(connection) ?? Promise.resolve()).then(() => writeAudit(manager, entry));
  inFlight.set(
    connection,
    run.catch(() => undefined),
  );
  return run;
}

const inFlight = new WeakMap<object, Promise<void>>();

async function writeAudit(manager: EntityManager, entry: AuditEntry): Promise<void> {
  const ctx = requestContext.get();
  const event: Omit<AuditEvent, 'id'> = {
    at: new Date(),
    userId: ctx?.userId ?? null,
    actor: ctx?.userId ? 'user' : (ctx?.actor ?? 'system'),
    action: entry.action,
    entity: entry.entity,
    entityId: String(entry.entityId),
    before: snapshot(entry.before),
    after: snapshot(entry.after),
    requestId: ctx?.requestId ?? null,
  };
  await insertRow(manager, AuditEvent, event);
}
