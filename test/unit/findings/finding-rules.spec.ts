import type { AuthUser } from '../../../src/access/auth-user';
import { findingStatus, isOverdue, mayRecord, onTime } from '../../../src/findings/finding-rules';

const user = (role: AuthUser['role'], departmentId: number | null): AuthUser => ({ id: 1, login: 'u', name: 'u', role, departmentId, isBureauHead: false });

describe('finding rules', () => {
  it('reads the status from the task', () => {
    const task = (status: string, activityCount = 0, returnReason: string | null = null) => ({ status, activityCount, returnReason }) as never;
    expect(findingStatus(task('open'))).toBe('open');
    expect(findingStatus(task('open', 1))).toBe('in_progress');
    expect(findingStatus(task('open', 0, '重新打开'))).toBe('in_progress');
    expect(findingStatus(task('returned'))).toBe('in_progress');
    expect(findingStatus(task('submitted'))).toBe('rectified');
    expect(findingStatus(task('done'))).toBe('closed');
    expect(findingStatus(task('cancelled'))).toBe('cancelled');
  });

  it('is overdue only while with the department and past the deadline', () => {
    expect(isOverdue('open', '2026-06-05', '2026-06-10')).toBe(true);
    expect(isOverdue('in_progress', '2026-06-10', '2026-06-10')).toBe(false);
    expect(isOverdue('rectified', '2026-06-05', '2026-06-10')).toBe(false);
  });

  it('counts on time against the day the rectification was reported', () => {
    expect(onTime('closed', '2026-06-30', '2026-06-30')).toBe(true);
    expect(onTime('rectified', '2026-06-30', '2026-07-01')).toBe(false);
    expect(onTime('open', '2026-06-30', null)).toBeNull();
  });

  it('lets 政策法规股, leaders and admins record any finding, a department only its own 自查', () => {
    expect(mayRecord(user('staff', 2), true, 5, 'oversight')).toBe(true);
    expect(mayRecord(user('leader', null), false, 5, 'audit')).toBe(true);
    expect(mayRecord(user('head', 5), false, 5, 'self_check')).toBe(true);
    expect(mayRecord(user('head', 5), false, 5, 'oversight')).toBe(false);
    expect(mayRecord(user('staff', 4), false, 5, 'self_check')).toBe(false);
    expect(mayRecord(user('adviser', 2), false, 2, 'self_check')).toBe(false);
  });
});
