import { engagementStatus, given, groupBy, tally, timeliness, type FigureRow } from '../../../src/advisers/adviser-rules';

describe('advisers register rules', () => {
  const period = { startOn: '2026-01-01', endOn: '2026-12-31', dismissedOn: null };

  it('derives an engagement status from its period and 解聘 (到期 the day after the end date)', () => {
    expect(engagementStatus(period, '2025-12-31')).toBe('pending');
    expect(engagementStatus(period, '2026-01-01')).toBe('active');
    expect(engagementStatus(period, '2026-12-31')).toBe('active');
    expect(engagementStatus(period, '2027-01-01')).toBe('expired');
    expect(engagementStatus({ ...period, dismissedOn: '2026-06-30' }, '2026-06-29')).toBe('active');
    expect(engagementStatus({ ...period, dismissedOn: '2026-06-30' }, '2026-06-30')).toBe('dismissed');
    expect(engagementStatus({ ...period, dismissedOn: '2026-06-30' }, '2027-06-30')).toBe('dismissed');
  });

  it('judges an opinion on time up to and including the due day; an unanswered request is overdue only after it', () => {
    expect(timeliness('2026-10-13', '2026-10-13', '2026-10-20')).toBe('onTime');
    expect(timeliness('2026-10-14', '2026-10-13', '2026-10-20')).toBe('late');
    expect(timeliness(null, '2026-10-13', '2026-10-13')).toBe('pending');
    expect(timeliness(null, '2026-10-13', '2026-10-14')).toBe('overdue');
    expect(timeliness(null, null, '2026-10-14')).toBe('pending');
  });

  it('tallies counts and the mean turnaround over answered requests only, to one decimal', () => {
    const rows: FigureRow[] = [
      { kind: 'contract', adviserId: 1, timeliness: 'onTime', turnaround: 5 },
      { kind: 'contract', adviserId: 1, timeliness: 'late', turnaround: 9 },
      { kind: 'decision', adviserId: 2, timeliness: 'onTime', turnaround: 2 },
      { kind: 'decision', adviserId: 2, timeliness: 'overdue', turnaround: null },
      { kind: 'other', adviserId: null, timeliness: 'pending', turnaround: null },
    ];
    expect(tally(rows)).toEqual({ total: 5, onTime: 2, late: 2, pending: 1, averageTurnaround: 5.3 });
    expect(tally([])).toEqual({ total: 0, onTime: 0, late: 0, pending: 0, averageTurnaround: null });
    expect([...groupBy(rows, (r) => r.adviserId)].map(([k, list]) => [k, list.length])).toEqual([
      [1, 2],
      [2, 2],
      [null, 1],
    ]);
  });

  it('keeps only the fields a body gave, null included', () => {
    expect(given({ name: undefined, endOn: '2027-12-31', fee: null })).toEqual({ endOn: '2027-12-31', fee: null });
  });
});
