import { CalendarYearMissingError, type WorkingDayCalendar } from '../calendar/working-day-calendar';
import { addDays, isoWeekday } from '../common/dates';
import type { ReminderPolicy } from './reminder-policy.entity';
import type { OrgAudience } from '../org/org-directory.service';

/** An open task as the planner sees it. */
export interface PlannedTask {
  id: number;
  title: string;
  dueOn: string;
  departmentId: number;
  departmentName: string;
  workPointName: string;
  assigneeId: number | null;
  /** The deadline in words ("决定作出之日起7个工作日内"), shown beside the date in e-mails. */
  scheduleText?: string;
}

/** Who hears about a department's tasks. */
/** Who hears what: the org module's view of heads, supervisors and leaders. */
export type Audience = OrgAudience;

export type ItemState = 'overdue' | 'dueToday' | 'dueSoon';

export interface DigestItem {
  task: PlannedTask;
  state: ItemState;
  /** Working days left (due soon), 0 (due today) or working days overdue. */
  workingDays: number;
}

/** How many items of each state there were, listed or not. */
export type StateCounts = Record<ItemState, number>;

export interface Digest {
  /**
   * The department's own items (to heads and assignees): the DIGEST_MAX_ITEMS most urgent of each
   * state, most urgent first; `counts` says how many there were in all.
   */
  items: DigestItem[];
  counts: StateCounts;
  /** Items escalated to this leader (the DIGEST_MAX_ITEMS longest overdue), with the threshold that brought them. */
  escalations: EscalatedItem[];
  /** All escalated items of this leader, and their number per department (most first). */
  escalationCount: number;
  escalationsByDepartment: { departmentName: string; count: number }[];
  /** Leaders on the weekly summary day. */
  weekly: boolean;
}

export type EscalatedItem = DigestItem & { level: 'supervisor' | 'bureauHead' };

/** A department's shortlisted items (for its chat group) and how many of each state there were. */
export interface DepartmentItems {
  items: DigestItem[];
  counts: StateCounts;
}

/** Every escalated item once, at the highest level reached: the most overdue of each level, and counts. */
export interface BureauEscalations {
  items: EscalatedItem[];
  counts: Record<EscalatedItem['level'], number>;
}

export interface Plan {
  /** Nothing goes out on weekends and holidays. */
  silent: boolean;
  digests: Map<number, Digest>;
  /** Each department's own items (what its heads hear), for its chat group. */
  departments: Map<number, DepartmentItems>;
  /** For the bureau's chat group. */
  escalated: BureauEscalations;
  /** Tasks whose due date lies in a year without holiday data (not guessed, reported), and those years. */
  skipped: number[];
  skippedYears: number[];
}

/**
 * Items listed per section of a digest, a 我的通知 batch or a department's list: a person reads a
 * few dozen, not the 400,000 a bureau head of a neglected bureau would otherwise get; the rest are
 * counted and linked.
 */
export const DIGEST_MAX_ITEMS = 30;

const ORDER: Record<ItemState, number> = { overdue: 0, dueToday: 1, dueSoon: 2 };
const STATES: ItemState[] = ['overdue', 'dueToday', 'dueSoon'];

/** Overdue first (the longest overdue first), then due today, then the soonest due; ties by task id. */
export const byUrgency = (a: DigestItem, b: DigestItem): number =>
  ORDER[a.state] - ORDER[b.state] || (a.state === 'overdue' ? b.workingDays - a.workingDays : a.workingDays - b.workingDays) || a.task.id - b.task.id;

/**
 * The `max` most urgent of a stream of items, and how many went by: memory stays O(max) and the
 * cost O(log max) per item (amortised: sorted and cut each time it holds twice `max`).
 */
class Shortlist<T extends DigestItem> {
  private kept: T[] = [];
  total = 0;

  constructor(private readonly max = DIGEST_MAX_ITEMS) {}

  add(item: T): void {
    this.total += 1;
    this.kept.push(item);
    if (this.kept.length >= 2 * this.max) this.cut();
  }

  items(): T[] {
    this.cut();
    return this.kept;
  }

  private cut(): void {
    this.kept.sort(byUrgency);
    if (this.kept.length > this.max) this.kept.length = this.max;
  }
}

/** One shortlist per state: a section of overdue items does not crowd out the ones due soon. */
class StateLists {
  private readonly lists = { overdue: new Shortlist(), dueToday: new Shortlist(), dueSoon: new Shortlist() };

  add(item: DigestItem): void {
    this.lists[item.state].add(item);
  }

  result(): DepartmentItems {
    return {
      items: STATES.flatMap((s) => this.lists[s].items()),
      counts: { overdue: this.lists.overdue.total, dueToday: this.lists.dueToday.total, dueSoon: this.lists.dueSoon.total },
    };
  }
}

class Recipient {
  readonly items = new StateLists();
  readonly escalations = new Shortlist<EscalatedItem>();
  readonly escalationsByDepartment = new Map<string, number>();
  weekly = false;

  result(): Digest {
    return {
      ...this.items.result(),
      escalations: this.escalations.items(),
      escalationCount: this.escalations.total,
      escalationsByDepartment: [...this.escalationsByDepartment]
        .map(([departmentName, count]) => ({ departmentName, count }))
        .sort((a, b) => b.count - a.count || a.departmentName.localeCompare(b.departmentName)),
      weekly: this.weekly,
    };
  }
}

/**
 * The leaders' summary goes out on the first working day on or after the policy's weekday (the
 * latest one on or before today — a Friday holiday moves it to Monday, across the week's end).
 */
export function isWeeklySummaryDay(today: string, weekday: number, calendar: WorkingDayCalendar): boolean {
  const offset = (isoWeekday(today) - weekday + 7) % 7;
  for (let d = 1; d <= offset; d += 1) if (calendar.isWorkingDay(addDays(today, -d))) return false;
  return calendar.isWorkingDay(today);
}

/**
 * Decides who hears about what on `today`: one digest per recipient, each item once, overdue
 * first. Counted in working days; a deadline that falls on a day off is announced on the working
 * day before it (no working day lies between, so it counts as "due today").
 *
 * Tasks are fed one at a time (`add`, e.g. chunk by chunk as they are read) and every recipient
 * keeps only its shortlists and counts, so the run is linear in open tasks and its memory does
 * not grow with them.
 */
export class ReminderPlanner {
  /** Nothing goes out on weekends and holidays, nor while reminders are switched off. */
  readonly silent: boolean;
  private readonly recipients = new Map<number, Recipient>();
  private readonly departments = new Map<number, StateLists>();
  private readonly escalated = { bureauHead: new Shortlist<EscalatedItem>(), supervisor: new Shortlist<EscalatedItem>() };
  private readonly skipped: number[] = [];
  private readonly skippedYears = new Set<number>();
  private readonly classify: (task: PlannedTask) => DigestItem | null;

  constructor(
    private readonly today: string,
    private readonly audience: Audience,
    private readonly policy: ReminderPolicy,
    private readonly calendar: WorkingDayCalendar,
  ) {
    this.silent = !policy.enabled || !calendar.isWorkingDay(today);
    this.classify = classifier(today, policy, calendar);
  }

  private recipient(userId: number): Recipient {
    let r = this.recipients.get(userId);
    if (!r) this.recipients.set(userId, (r = new Recipient()));
    return r;
  }

  add(task: PlannedTask): void {
    const { audience, policy } = this;
    let item: DigestItem | null;
    try {
      item = this.classify(task);
    } catch (err) {
      if (!(err instanceof CalendarYearMissingError)) throw err;
      this.skipped.push(task.id);
      this.skippedYears.add(Number(task.dueOn.slice(0, 4)));
      return;
    }
    if (!item) return;
    if (item.state !== 'overdue' || policy.overdueDaily) {
      const heads = audience.headsByDepartment.get(task.departmentId) ?? [];
      for (const userId of heads) this.recipient(userId).items.add(item);
      if (task.assigneeId && !heads.includes(task.assigneeId)) this.recipient(task.assigneeId).items.add(item);
      let ofDepartment = this.departments.get(task.departmentId);
      if (!ofDepartment) this.departments.set(task.departmentId, (ofDepartment = new StateLists()));
      ofDepartment.add(item);
    }
    if (item.state !== 'overdue') return;
    if (item.workingDays >= Math.min(policy.escalateToSupervisorAfter, policy.escalateToBureauHeadAfter)) {
      const level = item.workingDays >= policy.escalateToBureauHeadAfter ? 'bureauHead' : 'supervisor';
      this.escalated[level].add({ ...item, level });
    }
    // A leader who is both bureau head and supervisor hears of the task once, at the higher level;
    // a per-task set keeps the run linear (a search of the leader's list made it quadratic).
    const told = new Set<number>();
    const escalate = (users: number[], level: 'supervisor' | 'bureauHead') => {
      for (const userId of users) {
        if (told.has(userId)) continue;
        told.add(userId);
        const r = this.recipient(userId);
        r.escalations.add({ ...item, level });
        r.escalationsByDepartment.set(task.departmentName, (r.escalationsByDepartment.get(task.departmentName) ?? 0) + 1);
      }
    };
    if (item.workingDays >= policy.escalateToBureauHeadAfter) escalate(audience.bureauHeads, 'bureauHead');
    if (item.workingDays >= policy.escalateToSupervisorAfter) escalate(audience.supervisorsByDepartment.get(task.departmentId) ?? [], 'supervisor');
  }

  plan(): Plan {
    const empty = { items: [], counts: { bureauHead: 0, supervisor: 0 } };
    if (this.silent) return { silent: true, digests: new Map(), departments: new Map(), escalated: empty, skipped: [], skippedYears: [] };
    if (isWeeklySummaryDay(this.today, this.policy.weeklySummaryWeekday, this.calendar)) {
      for (const leader of this.audience.leaders) this.recipient(leader).weekly = true;
    }
    const { bureauHead, supervisor } = this.escalated;
    return {
      silent: false,
      digests: new Map([...this.recipients].map(([id, r]) => [id, r.result()])),
      departments: new Map([...this.departments].map(([id, lists]) => [id, lists.result()])),
      escalated: {
        items: [...bureauHead.items(), ...supervisor.items()].sort(byUrgency),
        counts: { bureauHead: bureauHead.total, supervisor: supervisor.total },
      },
      skipped: this.skipped,
      skippedYears: [...this.skippedYears].sort(),
    };
  }
}

/** The plan of a list of tasks (the run feeds a ReminderPlanner chunk by chunk instead). */
export function planReminders(today: string, tasks: Iterable<PlannedTask>, audience: Audience, policy: ReminderPolicy, calendar: WorkingDayCalendar): Plan {
  const planner = new ReminderPlanner(today, audience, policy, calendar);
  if (!planner.silent) for (const task of tasks) planner.add(task);
  return planner.plan();
}

/** What a due date means today: many tasks share a due date, so it is worked out once per date. */
function classifier(today: string, policy: ReminderPolicy, calendar: WorkingDayCalendar) {
  const byDueDate = new Map<string, Omit<DigestItem, 'task'> | null>();
  const classify = (dueOn: string): Omit<DigestItem, 'task'> | null => {
    if (dueOn < today) return { state: 'overdue', workingDays: calendar.workingDaysBetween(dueOn, today) };
    const left = calendar.workingDaysBetween(today, dueOn);
    if (left === 0) return policy.onDueDate ? { state: 'dueToday', workingDays: 0 } : null;
    return policy.daysBefore.includes(left) ? { state: 'dueSoon', workingDays: left } : null;
  };
  return (task: PlannedTask): DigestItem | null => {
    if (!byDueDate.has(task.dueOn)) byDueDate.set(task.dueOn, classify(task.dueOn));
    const found = byDueDate.get(task.dueOn);
    return found ? { task, ...found } : null;
  };
}
