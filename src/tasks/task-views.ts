import type { SelectQueryBuilder } from 'typeorm';
import type { TaskView } from './dto/task.dto';
import { type Task, UNFINISHED_SQL } from './task.entity';

/** Not done and not waiting for review: what a department still has to act on. */
const ACTIONABLE = "t.status IN ('open', 'returned')";

/**
 * The four mutually exclusive groups of the department view, as SQL over alias `t`.
 * "Overdue" and "due soon" count only tasks the department must act on; a task submitted for
 * review before its deadline is with the reviewer and shows under "open".
 */
export const VIEW_CONDITIONS: Record<Exclude<TaskView, 'all'>, string> = {
  overdue: `${ACTIONABLE} AND t.due_on < :today`,
  dueSoon: `${ACTIONABLE} AND t.due_on >= :today AND t.due_on <= :soonUntil`,
  open: `${UNFINISHED_SQL} AND NOT (t.status IN ('open', 'returned') AND t.due_on IS NOT NULL AND t.due_on <= :soonUntil)`,
  done: "t.status = 'done'",
};

export function applyView(qb: SelectQueryBuilder<Task>, view: TaskView): SelectQueryBuilder<Task> {
  if (view !== 'all') qb.andWhere(VIEW_CONDITIONS[view]);
  if (view === 'done') return qb.orderBy('t.completed_at', 'DESC').addOrderBy('t.id', 'DESC');
  return qb.orderBy('CASE WHEN t.due_on IS NULL THEN 1 ELSE 0 END', 'ASC').addOrderBy('t.due_on', 'ASC').addOrderBy('t.id', 'ASC');
}

/** Counts of every group in one pass. */
export function countSelect(): string {
  return Object.entries<string>(VIEW_CONDITIONS)
    .map(([name, cond]) => `SUM(CASE WHEN ${cond} THEN 1 ELSE 0 END) AS "${name}"`)
    .concat('COUNT(*) AS "total"')
    .join(', ');
}
