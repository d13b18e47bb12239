import { readsWholeBureau, type AuthUser } from '../access/auth-user';
import type { Task } from './task.entity';

/**
 * Who may do what with a task. Leaders and admins read everything; a department reads its own
 * tasks, the supporting tasks of items it leads, and the tasks it reviews.
 */
export function canReadTask(user: AuthUser, task: Task): boolean {
  if (readsWholeBureau(user)) return true;
  if (user.departmentId === null) return false;
  // An adviser reviews with the department, but does not read its work (their own requests: AdviserSteps).
  if (user.role === 'adviser') return task.needsReview && task.reviewerDepartmentId === user.departmentId;
  return (
    task.departmentId === user.departmentId ||
    task.leadDepartmentId === user.departmentId ||
    (task.needsReview && task.reviewerDepartmentId === user.departmentId)
  );
}

/** Ticking off, logging activities, uploading evidence: the department's own head and staff. */
export function canWorkOn(user: AuthUser, task: Task): boolean {
  return (user.role === 'head' || user.role === 'staff') && user.departmentId === task.departmentId;
}

/** Accepting or returning: a leader, or the reviewing department (never one's own department's work). */
export function canReview(user: AuthUser, task: Task): boolean {
  if (!task.needsReview) return false;
  if (user.role === 'leader') return true;
  return (
    ['head', 'staff', 'adviser'].includes(user.role) &&
    user.departmentId !== null &&
    user.departmentId === task.reviewerDepartmentId &&
    user.departmentId !== task.departmentId
  );
}

/** Reopening a finished task: its department, its reviewers, or a leader. */
export function canReopen(user: AuthUser, task: Task): boolean {
  return canWorkOn(user, task) || canReview(user, task) || user.role === 'leader';
}

/**
 * A supporting task of a school-led item: it points at the first school's task but has no single
 * lead department; its department follows (reads) every school's task of the item and period.
 */
export function followsSchools(task: Pick<Task, 'leadTaskId' | 'leadDepartmentId'>): boolean {
  return task.leadTaskId !== null && task.leadDepartmentId === null;
}
