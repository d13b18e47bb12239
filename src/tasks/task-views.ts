import type { SelectQueryBuilder } from 'typeorm';
import type { TaskView } from './dto/task.dto';
import { ALERTABLE_SQL, type Task, UNFINISHED_SQL } from './task.entity';

/** 逾期完成 as SQL, for the modules that count over tasks (the entity file is the tasks module's own). */
export { LATE_SQL } from './task.entity';

/**
 * The mutually exclusive groups of the department view, as SQL over alias `t`.
 * "Overdue" and "due soon" count only tasks the department must act on; a task submitted for
 * review (or with a 不适用 request pending) is with the reviewer and shows under "open", as do
 * 补录 tasks. 不适用 tasks are a group of their own; cancelled ones are in none but "all".
 */
export const VIEW_CONDITIONS: Record<Exclude<TaskView, 'all'>, string> = {
  overdue: `${ALERTABLE_SQL} AND t.due_on < :today`,
  dueSoon: `${ALERTABLE_SQL} AND t.due_on >= :today AND t.due_on <= :soonUntil`,
  open: `${UNFINISHED_SQL} AND NOT (${ALERTABLE_SQL} AND t.due_on IS NOT NULL AND t.due_on <= :soonUntil)`,
  done: "t.status = 'done'",
  na: "t.status = 'na'",
};

export function applyView(qb: SelectQueryBuilder<Task>, view: TaskView): SelectQueryBuilder<Task> {
  if (view !== 'all') qb.andWhere(VIEW_CONDITIONS[view]);
  return qb;
}

/** A view's order when the client chooses none: the latest completed first, otherwise the earliest due (undetermined last). */
export function viewSort(view: TaskView): string {
  return view === 'done' ? '-completedAt' : 'dueOn';
}

/** Counts of every group in one pass. */
export function countSelect(): string {
  return Object.entries<string>(VIEW_CONDITIONS)
    .map(([name, cond]) => `SUM(CASE WHEN ${cond} THEN 1 ELSE 0 END) AS "${name}"`)
    .concat('COUNT(*) AS "total"')
    .join(', ');
}
