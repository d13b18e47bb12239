import { BUILTIN_ARRANGEMENTS } from '../../../src/calendar/builtin-arrangements';
import { WorkingDayCalendar } from '../../../src/calendar/working-day-calendar';
import { addDays, isoWeekday } from '../../../src/common/dates';
import {
  byUrgency,
  DIGEST_MAX_ITEMS,
  isWeeklySummaryDay,
  planReminders,
  type Audience,
  type Digest,
  type PlannedTask,
} from '../../../src/reminders/reminder-planner';
import { DEFAULT_POLICY, type ReminderPolicy } from '../../../src/reminders/reminder-policy.entity';

/**
 * The reminder policy on a fixed calendar. Every date below is worked out by hand from
 * shared/domain/work-points.md §3 (2026: off 02-15…02-23, 04-04…04-06, 05-01…05-05,
 * 06-19…06-21, 09-25…09-27, 10-01…10-07; make-up work 02-14, 02-28, 05-09, 09-20, 10-10) and a
 * 2026 wall calendar (2026-06-08 and 2026-10-05 are Mondays), never copied from the planner.
 */
const calendar = new WorkingDayCalendar(BUILTIN_ARRANGEMENTS);

// People: heads 101 (heads departments 1 and 3) and 102 (department 2); staff 401;
// 分管 leader 201 supervises department 1; 局长 301; leader 202 supervises nothing.
const HEAD_1_AND_3 = 101;
const HEAD_2 = 102;
const STAFF = 401;
const SUPERVISOR = 201;
const OTHER_LEADER = 202;
const BUREAU_HEAD = 301;

const audience = (overrides: Partial<Audience> = {}): Audience => ({
  headsByDepartment: new Map([
    [1, [HEAD_1_AND_3]],
    [2, [HEAD_2]],
    [3, [HEAD_1_AND_3]],
  ]),
  supervisorsByDepartment: new Map([[1, [SUPERVISOR]]]),
  bureauHeads: [BUREAU_HEAD],
  leaders: [SUPERVISOR, OTHER_LEADER, BUREAU_HEAD],
  ...overrides,
});

const policy = (overrides: Partial<ReminderPolicy> = {}): ReminderPolicy => ({ ...DEFAULT_POLICY, updatedAt: new Date(0), ...overrides }) as ReminderPolicy;

let nextId = 1;
const task = (dueOn: string, extra: Partial<PlannedTask> = {}): PlannedTask => {
  const id = extra.id ?? nextId++;
  return { id, title: `任务${id}`, dueOn, departmentId: 1, departmentName: '政策法规股', workPointName: '行政执法三项制度', assigneeId: null, ...extra };
};

const plan = (today: string, tasks: PlannedTask[], p: Partial<ReminderPolicy> = {}, a: Partial<Audience> = {}) =>
  planReminders(today, tasks, audience(a), policy(p), calendar);

/** What the department head hears about one task on `today`: [state, workingDays] or null. */
function headSees(today: string, dueOn: string, p: Partial<ReminderPolicy> = {}): [string, number] | null {
  const t = task(dueOn);
  const item = plan(today, [t], p)
    .digests.get(HEAD_1_AND_3)
    ?.items.find((i) => i.task.id === t.id);
  return item ? [item.state, item.workingDays] : null;
}

/** Recipients with something to read besides the weekly summary, sorted. */
const withItems = (digests: Map<number, Digest>) =>
  [...digests.entries()]
    .filter(([, d]) => d.items.length || d.escalations.length)
    .map(([id]) => id)
    .sort((a, b) => a - b);

const SILENT = {
  silent: true,
  digests: new Map(),
  departments: new Map(),
  escalated: { items: [], counts: { bureauHead: 0, supervisor: 0 } },
  skipped: [],
  skippedYears: [],
};

const escalationsOf = (d: Digest | undefined) => (d?.escalations ?? []).map((e) => [e.task.id, e.level, e.workingDays]);

describe('before the due date (7, 3 and 1 working days, counted on the official calendar)', () => {
  // Due Friday 2026-10-09: 10-08 is the working day before it; National Day 10-01…10-07 and
  // Mid-Autumn 09-25…09-27 are not counted.
  it.each([
    ['2026-09-22', ['dueSoon', 7]], // 09-23, 09-24, 09-28, 09-29, 09-30, 10-08, 10-09
    ['2026-09-29', ['dueSoon', 3]], // 09-30, 10-08, 10-09 — ten calendar days, three working days
    ['2026-10-08', ['dueSoon', 1]],
    ['2026-10-09', ['dueToday', 0]],
  ])('on %s a task due 2026-10-09 is %j', (today, expected) => {
    expect(headSees(today, '2026-10-09')).toEqual(expected);
  });

  it.each(['2026-09-21', '2026-09-23', '2026-09-24', '2026-09-28', '2026-09-30'])(
    'says nothing on %s (6, 5, 4, 2 working days left, or more than 7)',
    (today) => {
      expect(headSees(today, '2026-10-09')).toBeNull();
      // (09-21 and 09-28 are Mondays: the leaders' weekly summary goes out, nothing else.)
      expect(withItems(plan(today, [task('2026-10-09')]).digests)).toEqual([]);
    },
  );

  it('counts calendar days as nothing: 7 calendar days before is not the 7-working-day reminder across a holiday', () => {
    // Due 2026-10-13 (Tue): 7 working days before is Monday 09-28 (09-29, 09-30, 10-08, 10-09, 10-10 make-up, 10-12, 10-13).
    expect(headSees('2026-09-28', '2026-10-13')).toEqual(['dueSoon', 7]);
    expect(headSees('2026-10-09', '2026-10-13')).toEqual(['dueSoon', 3]);
    expect(headSees('2026-10-12', '2026-10-13')).toEqual(['dueSoon', 1]);
  });

  it('follows the policy: other day counts, no due-date reminder', () => {
    expect(headSees('2026-09-30', '2026-10-09', { daysBefore: [2] })).toEqual(['dueSoon', 2]);
    expect(headSees('2026-09-29', '2026-10-09', { daysBefore: [2] })).toBeNull();
    expect(headSees('2026-10-09', '2026-10-09', { onDueDate: false })).toBeNull();
  });
});

describe('a deadline on a day off is announced on the working day before it', () => {
  it('due on a holiday (National Day 2026-10-03): "due today" on Wednesday 09-30, the last working day before', () => {
    expect(headSees('2026-09-30', '2026-10-03')).toEqual(['dueToday', 0]);
    expect(headSees('2026-09-29', '2026-10-03')).toEqual(['dueSoon', 1]);
    expect(headSees('2026-09-24', '2026-10-03')).toEqual(['dueSoon', 3]); // 09-28, 09-29, 09-30
  });

  it('due on a Saturday (2026-06-13): "due today" on Friday 06-12, overdue 1 working day on Monday 06-15', () => {
    expect(headSees('2026-06-12', '2026-06-13')).toEqual(['dueToday', 0]);
    expect(headSees('2026-06-11', '2026-06-13')).toEqual(['dueSoon', 1]);
    expect(headSees('2026-06-15', '2026-06-13')).toEqual(['overdue', 1]);
  });

  it('on the day off itself nothing goes out', () => {
    expect(plan('2026-10-03', [task('2026-10-03')])).toEqual(SILENT);
  });
});

describe('overdue: every working day to the head, counted in working days', () => {
  // Due Friday 2026-06-05.
  it.each([
    ['2026-06-08', 1],
    ['2026-06-09', 2],
    ['2026-06-10', 3],
    ['2026-06-18', 9],
    ['2026-06-22', 10], // Dragon Boat 06-19…06-21 is not counted
  ])('on %s it is overdue %i working day(s)', (today, days) => {
    expect(headSees(today, '2026-06-05')).toEqual(['overdue', days]);
  });

  it('without overdueDaily the head is not told again (the escalation still goes out)', () => {
    const t = task('2026-06-05');
    const p = plan('2026-06-10', [t], { overdueDaily: false });
    expect(p.digests.get(HEAD_1_AND_3)).toBeUndefined();
    expect(escalationsOf(p.digests.get(SUPERVISOR))).toEqual([[t.id, 'supervisor', 3]]);
  });
});

describe('escalation thresholds (3 working days → 分管领导, 10 → 局长 too)', () => {
  const overdue = (today: string) => {
    const t = task('2026-06-05');
    return { t, p: plan(today, [t]) };
  };

  it('2 working days overdue: the head only', () => {
    const { p } = overdue('2026-06-09');
    expect([...p.digests.keys()]).toEqual([HEAD_1_AND_3]);
  });

  it('exactly 3: the supervising leader of the department, not the bureau head nor other leaders', () => {
    const { t, p } = overdue('2026-06-10');
    expect(escalationsOf(p.digests.get(SUPERVISOR))).toEqual([[t.id, 'supervisor', 3]]);
    expect(p.digests.get(SUPERVISOR)!.items).toEqual([]);
    expect(p.digests.has(BUREAU_HEAD)).toBe(false);
    expect(p.digests.has(OTHER_LEADER)).toBe(false);
  });

  it('9: still not the bureau head', () => {
    const { p } = overdue('2026-06-18');
    expect(p.digests.has(BUREAU_HEAD)).toBe(false);
    expect(p.digests.has(SUPERVISOR)).toBe(true);
  });

  it('exactly 10: the bureau head as well as the supervising leader', () => {
    const { t, p } = overdue('2026-06-22');
    expect(escalationsOf(p.digests.get(BUREAU_HEAD))).toEqual([[t.id, 'bureauHead', 10]]);
    expect(escalationsOf(p.digests.get(SUPERVISOR))).toEqual([[t.id, 'supervisor', 10]]);
    expect(p.digests.get(HEAD_1_AND_3)!.items.map((i) => i.state)).toEqual(['overdue']);
  });

  it('a department without a supervising leader escalates to nobody at 3, to the bureau head at 10', () => {
    const t = task('2026-06-05', { departmentId: 2 });
    expect([...plan('2026-06-10', [t]).digests.keys()]).toEqual([HEAD_2]);
    // 06-22 is a Monday: every leader also has the weekly summary, only the bureau head an escalation.
    expect(withItems(plan('2026-06-22', [t]).digests)).toEqual([HEAD_2, BUREAU_HEAD]);
  });

  it('a bureau head who also supervises the department gets the task once', () => {
    const t = task('2026-06-05');
    const p = plan('2026-06-22', [t], {}, { supervisorsByDepartment: new Map([[1, [BUREAU_HEAD]]]) });
    expect(escalationsOf(p.digests.get(BUREAU_HEAD))).toEqual([[t.id, 'bureauHead', 10]]);
  });

  it('follows the policy thresholds', () => {
    const t = task('2026-06-05');
    expect(plan('2026-06-09', [t], { escalateToSupervisorAfter: 2 }).digests.has(SUPERVISOR)).toBe(true);
    expect(plan('2026-06-10', [t], { escalateToSupervisorAfter: 2, escalateToBureauHeadAfter: 3 }).digests.has(BUREAU_HEAD)).toBe(true);
  });

  it('tasks not yet overdue are never escalated', () => {
    const p = plan('2026-06-10', [task('2026-06-10'), task('2026-06-11')]);
    expect([...p.digests.keys()]).toEqual([HEAD_1_AND_3]);
  });
});

describe('weekly summary for leaders (Monday, or the first working day of the week after it)', () => {
  const weeklyOf = (today: string, p: Partial<ReminderPolicy> = {}) => {
    const result = plan(today, [], p);
    return [...result.digests.entries()]
      .filter(([, d]) => d.weekly)
      .map(([id]) => id)
      .sort();
  };

  it('an ordinary Monday (2026-06-08): every leader, no head', () => {
    expect(weeklyOf('2026-06-08')).toEqual([SUPERVISOR, OTHER_LEADER, BUREAU_HEAD].sort());
    const d = plan('2026-06-08', []).digests.get(OTHER_LEADER)!;
    expect(d).toMatchObject({ items: [], counts: { overdue: 0, dueToday: 0, dueSoon: 0 }, escalations: [], escalationCount: 0, weekly: true });
  });

  it('not on the other days of an ordinary week', () => {
    for (const day of ['2026-06-09', '2026-06-10', '2026-06-11', '2026-06-12']) expect(weeklyOf(day)).toEqual([]);
  });

  it('Monday 2026-04-06 is 清明 off: the summary goes out on Tuesday 04-07, and only then', () => {
    expect(isWeeklySummaryDay('2026-04-06', 1, calendar)).toBe(false);
    expect(weeklyOf('2026-04-06')).toEqual([]);
    expect(weeklyOf('2026-04-07')).toEqual([SUPERVISOR, OTHER_LEADER, BUREAU_HEAD].sort());
    expect(weeklyOf('2026-04-08')).toEqual([]);
  });

  it('National Day week (Mon 10-05 … Wed 10-07 off): Thursday 10-08, not Friday 10-09 nor the make-up Saturday 10-10', () => {
    expect(isWeeklySummaryDay('2026-10-08', 1, calendar)).toBe(true);
    expect(isWeeklySummaryDay('2026-10-09', 1, calendar)).toBe(false);
    expect(isWeeklySummaryDay('2026-10-10', 1, calendar)).toBe(false);
  });

  it('Spring Festival: no working day in the week of 02-16; Monday 02-23 is off too, so Tuesday 02-24', () => {
    for (let d = 16; d <= 22; d++) expect(isWeeklySummaryDay(`2026-02-${d}`, 1, calendar)).toBe(false);
    expect(isWeeklySummaryDay('2026-02-23', 1, calendar)).toBe(false);
    expect(isWeeklySummaryDay('2026-02-24', 1, calendar)).toBe(true);
  });

  it('another weekday in the policy (Friday)', () => {
    expect(isWeeklySummaryDay('2026-06-12', 5, calendar)).toBe(true);
    expect(isWeeklySummaryDay('2026-06-08', 5, calendar)).toBe(false);
  });

  it('a Friday summary whose Friday is a holiday (端午 2026-06-19) moves to Monday 06-22, across the weekend', () => {
    expect(isWeeklySummaryDay('2026-06-19', 5, calendar)).toBe(false);
    expect(isWeeklySummaryDay('2026-06-22', 5, calendar)).toBe(true);
    expect(isWeeklySummaryDay('2026-06-23', 5, calendar)).toBe(false);
    // An ordinary Monday is not a Friday summary's day.
    expect(isWeeklySummaryDay('2026-06-15', 5, calendar)).toBe(false);
    expect(weeklyOf('2026-06-22', { weeklySummaryWeekday: 5 })).toEqual([SUPERVISOR, OTHER_LEADER, BUREAU_HEAD].sort());
  });

  it('a weekend weekday in the policy goes out on the next working day (Monday), or on a make-up day', () => {
    expect(isWeeklySummaryDay('2026-06-15', 7, calendar)).toBe(true); // after Sunday 06-14
    expect(isWeeklySummaryDay('2026-06-16', 7, calendar)).toBe(false);
    expect(isWeeklySummaryDay('2026-09-20', 7, calendar)).toBe(true); // make-up Sunday: a working day
    expect(isWeeklySummaryDay('2026-09-21', 7, calendar)).toBe(false);
    expect(isWeeklySummaryDay('2026-10-10', 6, calendar)).toBe(true); // make-up Saturday
  });

  it('through 2026, for every weekday: the summary days are exactly "the first working day on or after each such weekday"', () => {
    for (let weekday = 1; weekday <= 7; weekday++) {
      const expected = new Set<string>();
      for (let d = '2026-01-05'; d <= '2026-12-20'; d = addDays(d, 1)) {
        if (isoWeekday(d) === weekday) expected.add(calendar.nextWorkingDay(d, { inclusive: true }));
      }
      const actual: string[] = [];
      for (let d = '2026-01-12'; d <= '2026-12-20'; d = addDays(d, 1)) if (isWeeklySummaryDay(d, weekday, calendar)) actual.push(d);
      expect({ weekday, actual }).toEqual({ weekday, actual: [...expected].filter((d) => d >= '2026-01-12' && d <= '2026-12-20').sort() });
    }
  });

  it('the weekly flag joins the leader’s escalation digest (one mail)', () => {
    const t = task('2026-06-03'); // Monday 06-08: 06-04, 06-05, 06-08 → 3 working days overdue
    const d = plan('2026-06-08', [t]).digests.get(SUPERVISOR)!;
    expect(d.weekly).toBe(true);
    expect(escalationsOf(d)).toEqual([[t.id, 'supervisor', 3]]);
  });
});

describe('silence on days off; the make-up working days send', () => {
  const tasks = () => [task('2026-06-05'), task('2026-06-15'), task('2026-10-12'), task('2026-03-02')];

  it.each([
    ['Saturday', '2026-06-13'],
    ['Sunday', '2026-06-14'],
    ['Dragon Boat Festival (Friday)', '2026-06-19'],
    ['National Day (Monday)', '2026-10-05'],
    ['Spring Festival (Monday)', '2026-02-16'],
  ])('%s %s: silent, no digest at all', (_label, today) => {
    expect(plan(today, tasks())).toEqual(SILENT);
  });

  it('make-up Saturday 2026-10-10 is a working day: due Monday 10-12 is 1 working day away', () => {
    const t = task('2026-10-12');
    const p = plan('2026-10-10', [t]);
    expect(p.silent).toBe(false);
    expect(p.digests.get(HEAD_1_AND_3)!.items.map((i) => [i.task.id, i.state, i.workingDays])).toEqual([[t.id, 'dueSoon', 1]]);
  });

  it('make-up Saturday 2026-02-28 sends too (due Monday 03-02: 1 working day; overdue ones every working day)', () => {
    const soon = task('2026-03-02');
    const late = task('2026-02-26'); // Thu; 02-27, 02-28 → 2 working days overdue
    const p = plan('2026-02-28', [soon, late]);
    expect(p.digests.get(HEAD_1_AND_3)!.items.map((i) => [i.task.id, i.state, i.workingDays])).toEqual([
      [late.id, 'overdue', 2],
      [soon.id, 'dueSoon', 1],
    ]);
  });

  it('make-up Sunday 2026-09-20 sends', () => {
    expect(plan('2026-09-20', [task('2026-09-21')]).digests.size).toBe(1);
  });

  it('a disabled policy is silent even on a working day', () => {
    expect(plan('2026-06-10', tasks(), { enabled: false })).toEqual(SILENT);
    expect(plan('2026-06-08', [], { enabled: false }).digests.size).toBe(0);
  });
});

describe('one digest per recipient', () => {
  it('a head of two departments gets one digest with both departments’ items; the assignee gets theirs; overdue first', () => {
    const today = '2026-06-10';
    const dueSoon3 = task('2026-06-15', { departmentId: 1, departmentName: '政策法规股' }); // 06-11, 06-12, 06-15
    const dueToday = task('2026-06-10', { departmentId: 3, departmentName: '安全管理股', assigneeId: STAFF });
    const overdue1 = task('2026-06-09', { departmentId: 3, departmentName: '安全管理股' });
    const overdue3 = task('2026-06-05', { departmentId: 1, departmentName: '政策法规股', assigneeId: STAFF });
    const dueSoon1 = task('2026-06-11', { departmentId: 1 });
    const other = task('2026-06-10', { departmentId: 2, departmentName: '教育股' });
    const quiet = task('2026-06-12', { departmentId: 1 }); // 2 working days: no reminder
    const p = plan(today, [dueSoon3, dueToday, overdue1, quiet, overdue3, dueSoon1, other]);

    const head = p.digests.get(HEAD_1_AND_3)!;
    expect(head.items.map((i) => [i.task.id, i.state, i.workingDays])).toEqual([
      [overdue3.id, 'overdue', 3],
      [overdue1.id, 'overdue', 1],
      [dueToday.id, 'dueToday', 0],
      [dueSoon1.id, 'dueSoon', 1],
      [dueSoon3.id, 'dueSoon', 3],
    ]);
    expect(new Set(head.items.map((i) => i.task.departmentName))).toEqual(new Set(['政策法规股', '安全管理股']));
    expect(p.digests.get(STAFF)!.items.map((i) => i.task.id)).toEqual([overdue3.id, dueToday.id]);
    expect(p.digests.get(HEAD_2)!.items.map((i) => i.task.id)).toEqual([other.id]);
    expect(escalationsOf(p.digests.get(SUPERVISOR))).toEqual([[overdue3.id, 'supervisor', 3]]);
    expect([...p.digests.keys()].sort()).toEqual([HEAD_1_AND_3, HEAD_2, SUPERVISOR, STAFF].sort());
    // Each task appears once in a digest, however many roles bring it there.
    for (const d of p.digests.values()) expect(new Set(d.items.map((i) => i.task.id)).size).toBe(d.items.length);
  });

  it('an assignee who is also the head is listed once', () => {
    const t = task('2026-06-10', { assigneeId: HEAD_1_AND_3 });
    expect(plan('2026-06-10', [t]).digests.get(HEAD_1_AND_3)!.items).toHaveLength(1);
  });

  it('a department with two heads: both get it', () => {
    const t = task('2026-06-10', { departmentId: 2 });
    const p = plan('2026-06-10', [t], {}, { headsByDepartment: new Map([[2, [HEAD_2, 103]]]) });
    expect([...p.digests.keys()].sort()).toEqual([HEAD_2, 103]);
  });

  it('escalations are ordered most overdue first', () => {
    const a = task('2026-06-05'); // 10 on 06-22
    const b = task('2026-06-16'); // 06-17, 06-18, 06-22 → 3
    const c = task('2026-06-10'); // 06-11 … 06-22 → 7
    const d = plan('2026-06-22', [b, c, a]).digests.get(SUPERVISOR)!;
    expect(escalationsOf(d)).toEqual([
      [a.id, 'supervisor', 10],
      [c.id, 'supervisor', 7],
      [b.id, 'supervisor', 3],
    ]);
  });
});

describe('years without holiday data', () => {
  it('a task due in 2027 is skipped (reported), not guessed', () => {
    const t = task('2027-01-05');
    const ok = task('2026-12-04'); // Friday 12-04: due today
    const p = plan('2026-12-04', [t, ok]);
    expect(p.skipped).toEqual([t.id]);
    expect(p.digests.get(HEAD_1_AND_3)!.items.map((i) => i.task.id)).toEqual([ok.id]);
  });
});

describe('chat groups: per-department items and the bureau escalations', () => {
  // Wednesday 2026-06-10. Overdue since 06-05 (Fri): 06-08, 06-09, 06-10 = 3 working days;
  // since 05-22 (Fri): 5 + 5 + 3 = 13; since 06-09: 1.
  const tasks = () => [
    task('2026-06-05', { id: 1 }),
    task('2026-05-22', { id: 2 }),
    task('2026-06-09', { id: 3 }),
    task('2026-06-11', { id: 4 }),
    task('2026-06-10', { id: 5, departmentId: 2, departmentName: '局办公室' }),
    task('2026-06-30', { id: 6 }),
  ];
  const ids = (list: { items: { task: { id: number } }[] } | undefined) => (list?.items ?? []).map((i) => i.task.id);

  it('each department gets its own items, most urgent first, whoever its heads are', () => {
    const p = plan('2026-06-10', tasks(), {}, { headsByDepartment: new Map() });
    expect(ids(p.departments.get(1))).toEqual([2, 1, 3, 4]);
    expect(ids(p.departments.get(2))).toEqual([5]);
  });

  it('the bureau hears each escalated task once, at the highest level it reached', () => {
    const p = plan('2026-06-10', tasks());
    expect(p.escalated.items.map((e) => [e.task.id, e.level, e.workingDays])).toEqual([
      [2, 'bureauHead', 13],
      [1, 'supervisor', 3],
    ]);
  });

  it('without daily overdue reminders the department group hears only what is due', () => {
    expect(ids(plan('2026-06-10', tasks(), { overdueDaily: false }).departments.get(1))).toEqual([4]);
  });
});

describe('more items than a person reads: each list is cut to the most urgent, and counted', () => {
  const today = '2026-06-22';
  // Deterministic spread of due dates over the 60 days before today and 10 after.
  const many = (n: number, extra: (i: number) => Partial<PlannedTask> = () => ({})) =>
    Array.from({ length: n }, (_, i) => task(addDays(today, -60 + ((i * 37) % 70)), { id: 10_000 + i, ...extra(i) }));
  const everything = (tasks: PlannedTask[]) => planReminders(today, tasks, audience(), policy(), calendar);

  it(`a head hears the ${DIGEST_MAX_ITEMS} most urgent of each section, longest overdue first, and how many there were`, () => {
    const tasks = many(400);
    const head = everything(tasks).digests.get(HEAD_1_AND_3)!;
    // The uncut plan, worked out here: every task's item from a plan of that task alone.
    const all = tasks.flatMap((t) => everything([t]).digests.get(HEAD_1_AND_3)?.items ?? []);
    for (const state of ['overdue', 'dueToday', 'dueSoon'] as const) {
      const ofState = all.filter((i) => i.state === state);
      expect(head.counts[state]).toBe(ofState.length);
      const expected = ofState.sort(byUrgency).slice(0, DIGEST_MAX_ITEMS);
      expect(head.items.filter((i) => i.state === state).map((i) => i.task.id)).toEqual(expected.map((i) => i.task.id));
    }
    expect(head.counts.overdue).toBeGreaterThan(DIGEST_MAX_ITEMS);
    expect(head.items.filter((i) => i.state === 'overdue')).toHaveLength(DIGEST_MAX_ITEMS);
    expect(head.items[0].workingDays).toBe(Math.max(...all.map((i) => (i.state === 'overdue' ? i.workingDays : 0))));
  });

  it('the same plan whatever order the tasks are read in', () => {
    const tasks = many(600, (i) => ({ departmentId: 1 + (i % 3), assigneeId: i % 5 ? null : STAFF }));
    const shuffled = [...tasks].sort((a, b) => ((a.id * 7919) % 1009) - ((b.id * 7919) % 1009));
    expect(everything(shuffled)).toEqual(everything(tasks));
  });

  it('a bureau head with hundreds of escalations gets the longest overdue, the total and the count per department', () => {
    const names = ['政策法规股', '安全管理股', '局办公室'];
    const tasks = many(600, (i) => ({ departmentId: 1 + (i % 3), departmentName: names[i % 3] }));
    const p = everything(tasks);
    const head = p.digests.get(BUREAU_HEAD)!;
    const escalated = tasks.flatMap((t) => everything([t]).digests.get(BUREAU_HEAD)?.escalations ?? []);
    expect(head.escalationCount).toBe(escalated.length);
    expect(head.escalations.map((e) => e.task.id)).toEqual(
      escalated
        .sort(byUrgency)
        .slice(0, DIGEST_MAX_ITEMS)
        .map((e) => e.task.id),
    );
    const perDepartment = names.map((n) => ({ departmentName: n, count: escalated.filter((e) => e.task.departmentName === n).length }));
    expect(head.escalationsByDepartment).toEqual(perDepartment.sort((a, b) => b.count - a.count || a.departmentName.localeCompare(b.departmentName)));
    // The bureau's chat list and each department's list are cut and counted the same way.
    const bureauWide = tasks.flatMap((t) => everything([t]).escalated.items);
    expect(p.escalated.counts.bureauHead + p.escalated.counts.supervisor).toBe(bureauWide.length);
    expect(p.escalated.items).toEqual(bureauWide.sort(byUrgency).filter((e, i, all) => all.filter((x) => x.level === e.level).indexOf(e) < DIGEST_MAX_ITEMS));
    expect(p.escalated.items.length).toBeLessThanOrEqual(2 * DIGEST_MAX_ITEMS);
    const dept1 = p.departments.get(1)!;
    expect(dept1.counts.overdue).toBe(tasks.filter((t) => t.departmentId === 1 && t.dueOn < today).length);
    expect(dept1.items.length).toBeLessThanOrEqual(3 * DIGEST_MAX_ITEMS);
  });
});
