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

export interface Digest {
  /** The department's own items (to heads and assignees). */
  items: DigestItem[];
  /** Items escalated to this leader, with the threshold that brought them. */
  escalations: EscalatedItem[];
  /** Leaders on the weekly summary day. */
  weekly: boolean;
}

export type EscalatedItem = DigestItem & { level: 'supervisor' | 'bureauHead' };

export interface Plan {
  /** Nothing goes out on weekends and holidays. */
  silent: boolean;
  digests: Map<number, Digest>;
  /** Each department's own items (what its heads hear), for its chat group. */
  departments: Map<number, DigestItem[]>;
  /** Every escalated item once, at the highest level reached, for the bureau's chat group. */
  escalated: EscalatedItem[];
  /** Tasks whose due date lies in a year without holiday data (not guessed, reported). */
  skipped: number[];
}

const ORDER: Record<ItemState, number> = { overdue: 0, dueToday: 1, dueSoon: 2 };

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
 */
export function planReminders(today: string, tasks: PlannedTask[], audience: Audience, policy: ReminderPolicy, calendar: WorkingDayCalendar): Plan {
  const digests = new Map<number, Digest>();
  const departments = new Map<number, DigestItem[]>();
  const escalated: EscalatedItem[] = [];
  const skipped: number[] = [];
  if (!policy.enabled || !calendar.isWorkingDay(today)) return { silent: true, digests, departments, escalated, skipped };
  const digest = (userId: number) => {
    let d = digests.get(userId);
    if (!d) digests.set(userId, (d = { items: [], escalations: [], weekly: false }));
    return d;
  };
  const classify = classifier(today, policy, calendar);
  for (const task of tasks) {
    let item: DigestItem | null;
    try {
      item = classify(task);
    } catch (err) {
      if (!(err instanceof CalendarYearMissingError)) throw err;
      skipped.push(task.id);
      continue;
    }
    if (!item) continue;
    const owners = new Set([...(audience.headsByDepartment.get(task.departmentId) ?? []), ...(task.assigneeId ? [task.assigneeId] : [])]);
    if (item.state !== 'overdue' || policy.overdueDaily) {
      for (const userId of owners) digest(userId).items.push(item);
      const ofDepartment = departments.get(task.departmentId);
      if (ofDepartment) ofDepartment.push(item);
      else departments.set(task.departmentId, [item]);
    }
    if (item.state !== 'overdue') continue;
    if (item.workingDays >= Math.min(policy.escalateToSupervisorAfter, policy.escalateToBureauHeadAfter)) {
      escalated.push({ ...item, level: item.workingDays >= policy.escalateToBureauHeadAfter ? 'bureauHead' : 'supervisor' });
    }
    // A leader who is both bureau head and supervisor hears of the task once, at the higher level;
    // a per-task set keeps the run linear (a search of the leader's list made it quadratic).
    const told = new Set<number>();
    const escalate = (users: number[], level: 'supervisor' | 'bureauHead') => {
      for (const userId of users) {
        if (told.has(userId)) continue;
        told.add(userId);
        digest(userId).escalations.push({ ...item, level });
      }
    };
    if (item.workingDays >= policy.escalateToBureauHeadAfter) escalate(audience.bureauHeads, 'bureauHead');
    if (item.workingDays >= policy.escalateToSupervisorAfter) escalate(audience.supervisorsByDepartment.get(task.departmentId) ?? [], 'supervisor');
  }
  if (isWeeklySummaryDay(today, policy.weeklySummaryWeekday, calendar)) for (const leader of audience.leaders) digest(leader).weekly = true;
  const byUrgency = (a: DigestItem, b: DigestItem) =>
    ORDER[a.state] - ORDER[b.state] || (a.state === 'overdue' ? b.workingDays - a.workingDays : a.workingDays - b.workingDays) || a.task.id - b.task.id;
  for (const d of digests.values()) {
    d.items.sort(byUrgency);
    d.escalations.sort(byUrgency);
  }
  for (const items of departments.values()) items.sort(byUrgency);
  escalated.sort(byUrgency);
  return { silent: false, digests, departments, escalated, skipped };
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
