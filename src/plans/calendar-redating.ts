import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { CalendarService } from '../calendar/calendar.service';
import { CalendarYearMissingError, type WorkingDayCalendar } from '../calendar/working-day-calendar';
import { CatalogService } from '../catalog/catalog.service';
import { DomainEvents, type DomainEventMap } from '../common/domain-events';
import { TransactionRunner } from '../database/transaction-runner';
import { TaskStore } from '../tasks/task-store.service';
import { itemOccurrences } from './plan-builder';
import { Plan } from './plan.entity';

/** The replaced arrangement, as the calendar's event carries it. */
type RedatedYear = DomainEventMap['calendar.loaded']['previous'] & object;
type RedateChange = DomainEventMap['tasks.redated']['changes'][number];

/** Re-dates issued tasks when an admin corrects a holiday year (split out of PlansService). */
@Injectable()
export class CalendarRedating {
  constructor(
    @InjectRepository(Plan) private readonly plans: Repository<Plan>,
    private readonly tasks: TaskStore,
    private readonly catalog: CatalogService,
    private readonly tx: TransactionRunner,
    private readonly calendar: CalendarService,
    private readonly events: DomainEvents,
  ) {}

  /**
   * A corrected holiday year replaced `previous`: the unfinished tasks due around that year whose
   * computed due date moves with it are re-dated (history row and audit event each), then
   * `tasks.redated` tells their people. A task whose date no longer matches its rule under the
   * old arrangement keeps it: its date was set otherwise (its template item was edited since).
   */
  async redateAfterCorrection(year: number, previous: RedatedYear, userId: number | null): Promise<RedateChange[]> {
    const after = await this.calendar.calendar();
    const before = after.withArrangement({ ...previous, holidays: [] });
    // A month either side: "N working days after" and "next working day" rules cross the year's edge.
    const tasks = await this.tasks.unfinishedDueBetween(`${year - 1}-12-01`, `${year + 1}-01-31`);
    if (!tasks.length) return [];
    const plans = await this.plans.find({ where: { id: In([...new Set(tasks.map((t) => t.planId))]) } });
    const templates = new Map((await this.catalog.listTemplates()).map((t) => [t.id, t]));
    const items = new Map((await this.catalog.activeItems([...templates.keys()])).map((i) => [i.id, i]));
    const changes = await this.tx.run(async (m) => {
      const out: RedateChange[] = [];
      for (const task of tasks) {
        const item = items.get(task.templateItemId);
        const plan = plans.find((p) => p.id === task.planId);
        if (!item || !plan) continue;
        const dueIn = (calendar: WorkingDayCalendar) => {
          try {
            return itemOccurrences(item, { plan, calendar, templates }).find((o) => o.periodKey === task.periodKey || o.periodKey === 'event');
          } catch (err) {
            if (err instanceof CalendarYearMissingError) return undefined;
            throw err;
          }
        };
        const [was, now] = [dueIn(before), dueIn(after)];
        if (!was || !now || was.dueOn !== task.dueOn || now.dueOn === task.dueOn) continue;
        await this.tasks.reschedule(m, task, now.dueOn, now.dueNote, userId);
        out.push({ taskId: task.id, from: task.dueOn, to: now.dueOn });
      }
      return out;
    });
    if (changes.length) await this.events.emit('tasks.redated', { changes });
    return changes;
  }
}
