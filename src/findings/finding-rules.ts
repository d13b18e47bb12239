import type { AuthUser } from '../access/auth-user';
import type { Task } from '../tasks/task.entity';

export const FINDING_SOURCES = ['self_check', 'oversight', 'case_review', 'petition', 'audit', 'inspection', 'other'] as const;
export type FindingSource = (typeof FINDING_SOURCES)[number];
export const SOURCE_NAMES: Record<FindingSource, string> = {
  self_check: '自查',
  oversight: '督察',
  case_review: '案卷评查',
  petition: '信访',
  audit: '审计',
  inspection: '双随机检查',
  other: '其他',
};

/** `cancelled` only arises when the finding's plan was cancelled (撤销) on the case page. */
export const FINDING_STATUSES = ['open', 'in_progress', 'rectified', 'closed', 'cancelled'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];
export const STATUS_NAMES: Record<FindingStatus, string> = {
  open: '待整改',
  in_progress: '整改中',
  rectified: '已整改',
  closed: '已销号',
  cancelled: '已撤销',
};

/** The template that issues a finding's rectification task, and its one anchor. */
export const FINDING_TEMPLATE = 'finding-rectification';
export const DEADLINE_ANCHOR = 'deadlineOn';

type TaskState = Pick<Task, 'status' | 'activityCount' | 'returnReason'>;

/**
 * The finding's status, read from its task (the one source of truth): submitted for review is
 * 已整改, accepted is 已销号, sent back or with progress logged is 整改中.
 */
export function findingStatus(task: TaskState): FindingStatus {
  switch (task.status) {
    case 'submitted':
      return 'rectified';
    case 'done':
      return 'closed';
    case 'returned':
      return 'in_progress';
    case 'open':
      return task.activityCount > 0 || task.returnReason !== null ? 'in_progress' : 'open';
    default:
      return 'cancelled';
  }
}

/** {@link findingStatus} as SQL over the finding's task (alias `t`), so the list filters before it pages. */
export const FINDING_STATUS_SQL: Record<FindingStatus, string> = {
  open: "(t.status = 'open' AND t.activity_count = 0 AND t.return_reason IS NULL)",
  in_progress: "(t.status = 'returned' OR (t.status = 'open' AND (t.activity_count > 0 OR t.return_reason IS NOT NULL)))",
  rectified: "t.status = 'submitted'",
  closed: "t.status = 'done'",
  cancelled: "t.status NOT IN ('open', 'returned', 'submitted', 'done')",
};

/** {@link isOverdue} as SQL over the finding (alias `f`) and its task (alias `t`), today bound as `:today`. */
export const OVERDUE_SQL = "(t.status IN ('open', 'returned') AND COALESCE(t.due_on, f.deadline_on) < :today)";

/** Still with the department and past its deadline (a rectified finding waits for 销号, not for the department). */
export function isOverdue(status: FindingStatus, deadlineOn: string, today: string): boolean {
  return (status === 'open' || status === 'in_progress') && deadlineOn < today;
}

/** Rectified (reported) no later than the deadline; null while not yet rectified. */
export function onTime(status: FindingStatus, deadlineOn: string, doneOn: string | null): boolean | null {
  if (status !== 'rectified' && status !== 'closed') return null;
  return doneOn !== null && doneOn <= deadlineOn;
}

/**
 * Who records and edits every field of any department's finding: 政策法规股, leaders (record only)
 * and admins. A department records its own 自查 findings.
 */
export function mayRecord(caller: AuthUser, legalOffice: boolean, departmentId: number, source: FindingSource): boolean {
  if (legalOffice || caller.role === 'admin' || caller.role === 'leader') return true;
  return (caller.role === 'head' || caller.role === 'staff') && caller.departmentId === departmentId && source === 'self_check';
}
