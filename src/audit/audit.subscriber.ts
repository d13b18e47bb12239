import { EntitySubscriberInterface, EventSubscriber, InsertEvent, RemoveEvent, UpdateEvent } from 'typeorm';
import { AuditEvent } from './audit-event.entity';
import { recordAudit } from './audit.recorder';

/**
 * Tables that are logs themselves: the trail, the mail outbox (its own status history), reminder
 * runs, task transitions (each is audited as the task's own `task.<action>` event), and
 * notifications (a copy of what the reminders, urges and reviews already recorded, plus read marks).
 */
const NOT_AUDITED = new Set<string>(['audit_events', 'outbox_messages', 'reminder_runs', 'task_transitions', 'notifications']);

function idOf(entity: Record<string, unknown>, primary: { propertyName: string }[]): string {
  return primary.map((c) => String(entity[c.propertyName])).join(':');
}

function removedId(id: unknown): string | undefined {
  if (id === undefined || id === null) return undefined;
  if (typeof id === 'object') return Object.values(id as Record<string, string | number>).join(':');
  return typeof id === 'number' || typeof id === 'string' ? String(id) : undefined;
}

/**
 * Every insert, update and removal made through the entity manager writes an audit event in the
 * same transaction, so no service can forget one. Bulk query-builder updates bypass subscribers:
 * services use `save`/`remove` for audited data.
 */
@EventSubscriber()
export class AuditSubscriber implements EntitySubscriberInterface {
  async afterInsert(event: InsertEvent<Record<string, unknown>>): Promise<void> {
    if (event.metadata.target === AuditEvent || NOT_AUDITED.has(event.metadata.tableName)) return;
    await recordAudit(event.manager, {
      action: 'create',
      entity: event.metadata.tableName,
      entityId: idOf(event.entity, event.metadata.primaryColumns),
      after: event.entity,
    });
  }

  async afterUpdate(event: UpdateEvent<Record<string, unknown>>): Promise<void> {
    if (!event.entity || NOT_AUDITED.has(event.metadata.tableName)) return;
    const before = event.databaseEntity ?? null;
    const changed = event.updatedColumns.map((c) => c.propertyName);
    const pick = (source: Record<string, unknown> | null) => (source ? Object.fromEntries(changed.map((k) => [k, source[k]])) : null);
    if (!changed.length) return;
    await recordAudit(event.manager, {
      action: 'update',
      entity: event.metadata.tableName,
      entityId: idOf({ ...before, ...event.entity }, event.metadata.primaryColumns),
      before: pick(before),
      after: pick(event.entity),
    });
  }

  async afterRemove(event: RemoveEvent<Record<string, unknown>>): Promise<void> {
    if (NOT_AUDITED.has(event.metadata.tableName)) return;
    const before = event.databaseEntity ?? event.entity;
    await recordAudit(event.manager, {
      action: 'delete',
      entity: event.metadata.tableName,
      entityId: removedId(event.entityId) ?? idOf(before, event.metadata.primaryColumns),
      before,
    });
  }
}
