import { Injectable, Logger } from '@nestjs/common';

/** Events one module raises and another reacts to, without the first depending on the second. */
export interface DomainEventMap {
  /** 催办 recorded: the reminders deliver it at once. */
  'urge.created': { urgeId: number };
  /**
   * An admin loaded a year's holidays: deadlines that waited for it can now be computed, and when
   * it replaced a stored arrangement (`previous`), deadlines computed over the old one move.
   */
  'calendar.loaded': { year: number; previous: { year: number; daysOff: string[]; makeUpWorkdays: string[] } | null; userId: number | null };
  /** Open tasks re-dated by a corrected holiday year (each change audited); their people are told. */
  'tasks.redated': { changes: { taskId: number; from: string | null; to: string | null }[] };
  /** Mail put back in line by an admin: send it now rather than at the next sweep. */
  'outbox.requeued': { messageIds: number[] };
  /** A reviewer returned a submitted task to its department. */
  'task.returned': { taskId: number; actorId: number };
  /** A reviewer accepted a submitted task. */
  'task.accepted': { taskId: number; actorId: number };
  /** A head named a task's assignee (经办人). */
  'task.assigned': { taskId: number; actorId: number };
  /** 政策法规股 or a leader accepted or refused a 不适用 request (the reason: the request's, or the refusal's). */
  'task.notApplicableDecided': { taskId: number; actorId: number; requesterId: number | null; accepted: boolean; reason: string };
  /** A case was opened or its anchor dates filled in or corrected (registers follow their cases). */
  'plan.anchorsSet': {
    planId: number;
    templateKey: string;
    reference: string;
    title: string;
    anchors: Record<string, string>;
    registrarDepartmentId: number | null;
    actorId: number | null;
  };
}

type Listener<K extends keyof DomainEventMap> = (payload: DomainEventMap[K]) => Promise<unknown>;

@Injectable()
export class DomainEvents {
  private readonly logger = new Logger('DomainEvents');
  private readonly listeners = new Map<keyof DomainEventMap, Listener<keyof DomainEventMap>[]>();

  on<K extends keyof DomainEventMap>(event: K, listener: Listener<K>): void {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener as Listener<keyof DomainEventMap>]);
  }

  /**
   * Calls the listeners after the raiser's work is done; a failing listener is logged, never
   * thrown back (the event's data is durable, and sweeps pick up what a listener missed).
   */
  async emit<K extends keyof DomainEventMap>(event: K, payload: DomainEventMap[K]): Promise<void> {
    for (const listener of this.listeners.get(event) ?? []) {
      await listener(payload).catch((err: Error) => this.logger.warn(`Listener of ${event} failed: ${err.message}`));
    }
  }
}
