import { BUILTIN_ARRANGEMENTS } from '../../../src/calendar/builtin-arrangements';
import { CalendarYearMissingError, WorkingDayCalendar } from '../../../src/calendar/working-day-calendar';
import { ScheduleError, describeRule, missingAnchor, occurrences, resolveAmount, type ScheduleContext } from '../../../src/plans/schedule/schedule-engine';
import { validateRule, type EventRule, type ScheduleRule } from '../../../src/catalog/schedule-rule';

/**
 * Every expected date is worked out by hand from ../shared/domain/work-points.md §3 (2026:
 * off 01-01…01-03, 02-15…02-23, 04-04…04-06, 05-01…05-05, 06-19…06-21, 09-25…09-27,
 * 10-01…10-07; make-up work 01-04, 02-14, 02-28, 05-09, 09-20, 10-10) and a 2026 wall
 * calendar (01-01 is a Thursday), never copied from the engine's output.
 */
const calendar = new WorkingDayCalendar(BUILTIN_ARRANGEMENTS);
const settings = { normativeDocFilingDays: 30, normativeDocValidityYears: 5, validityReviewLeadMonths: 6 };
const ctx = (extra: Partial<ScheduleContext> = {}): ScheduleContext => ({ year: 2026, settings, calendar, ...extra });
const dues = (rule: ScheduleRule, c: ScheduleContext = ctx()): string[] => occurrences(rule, c).map((o) => o.dueOn);
const eventDue = (rule: EventRule, anchors: Record<string, string>, s: Record<string, number> = settings): string =>
  dues(rule, ctx({ year: undefined, anchors, settings: s }))[0];

describe('yearly', () => {
  it('keeps the date by default and labels the year', () => {
    expect(occurrences({ kind: 'yearly', monthDay: '03-31' }, ctx())).toEqual([{ periodKey: '2026', periodLabel: '2026年度', dueOn: '2026-03-31' }]);
    // 10-03 is a National Day holiday, kept as is without adjust.
    expect(dues({ kind: 'yearly', monthDay: '10-03' })).toEqual(['2026-10-03']);
  });

  it('moves a day off per adjust', () => {
    // 10-01…10-07 off: previous → Wed 09-30, next → Thu 10-08.
    expect(dues({ kind: 'yearly', monthDay: '10-03', adjust: 'previous' })).toEqual(['2026-09-30']);
    expect(dues({ kind: 'yearly', monthDay: '10-03', adjust: 'next' })).toEqual(['2026-10-08']);
    // 02-21 (Sat, in the Spring Festival break): previous → make-up Saturday 02-14.
    expect(dues({ kind: 'yearly', monthDay: '02-21', adjust: 'previous' })).toEqual(['2026-02-14']);
  });

  it('refuses a missing plan year', () => {
    expect(() => occurrences({ kind: 'yearly', monthDay: '03-31' }, ctx({ year: undefined }))).toThrow(new ScheduleError('计划年度未指定'));
  });
});

describe('beforeDate', () => {
  it('is the last working day strictly before the date', () => {
    // 03-01 is a Sunday; 02-28 is a make-up working Saturday.
    expect(occurrences({ kind: 'beforeDate', monthDay: '03-01' }, ctx())).toEqual([{ periodKey: '2026', periodLabel: '2026年度', dueOn: '2026-02-28' }]);
    // 04-01 is a Wednesday; the day before, Tue 03-31, is a working day.
    expect(dues({ kind: 'beforeDate', monthDay: '04-01' })).toEqual(['2026-03-31']);
    // 02-15…02-23 off, so the last working day before 02-24 is the make-up Saturday 02-14.
    expect(dues({ kind: 'beforeDate', monthDay: '02-24' })).toEqual(['2026-02-14']);
  });
});

describe('quarterly, half-yearly, monthly', () => {
  it('quarterly: last month of each quarter by default, keys and labels', () => {
    expect(occurrences({ kind: 'quarterly', day: 31 }, ctx())).toEqual([
      { periodKey: '2026-Q1', periodLabel: '2026年第一季度', dueOn: '2026-03-31' },
      { periodKey: '2026-Q2', periodLabel: '2026年第二季度', dueOn: '2026-06-30' },
      { periodKey: '2026-Q3', periodLabel: '2026年第三季度', dueOn: '2026-09-30' },
      { periodKey: '2026-Q4', periodLabel: '2026年第四季度', dueOn: '2026-12-31' },
    ]);
  });

  it('quarterly: clamps day 31 in the second month (February → 02-28 in 2026)', () => {
    expect(dues({ kind: 'quarterly', day: 31, monthOfQuarter: 2 })).toEqual(['2026-02-28', '2026-05-31', '2026-08-31', '2026-11-30']);
  });

  it('quarterly with adjust next: 09-25 (Mid-Autumn, Fri) → Mon 09-28', () => {
    // 03-25 Wed, 06-25 Thu, 12-25 Fri are working days.
    expect(dues({ kind: 'quarterly', day: 25, adjust: 'next' })).toEqual(['2026-03-25', '2026-06-25', '2026-09-28', '2026-12-25']);
  });

  it('halfYearly', () => {
    expect(occurrences({ kind: 'halfYearly', day: 30 }, ctx())).toEqual([
      { periodKey: '2026-H1', periodLabel: '2026年上半年', dueOn: '2026-06-30' },
      { periodKey: '2026-H2', periodLabel: '2026年下半年', dueOn: '2026-12-30' },
    ]);
    expect(dues({ kind: 'halfYearly', day: 31, monthOfHalf: 2 })).toEqual(['2026-02-28', '2026-08-31']);
  });

  it('monthly: twelve, clamped to month end', () => {
    const occ = occurrences({ kind: 'monthly', day: 31 }, ctx());
    expect(occ.map((o) => o.dueOn)).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
      '2026-07-31',
      '2026-08-31',
      '2026-09-30',
      '2026-10-31',
      '2026-11-30',
      '2026-12-31',
    ]);
    expect(occ[2]).toEqual({ periodKey: '2026-03', periodLabel: '2026年3月', dueOn: '2026-03-31' });
  });
});

describe('weekdayOfMonth', () => {
  // March 2026: 03-01 is a Sunday, Mondays are 02, 09, 16, 23, 30.
  it('last Monday of March 2026 is 03-30 (safety education day)', () => {
    expect(occurrences({ kind: 'weekdayOfMonth', month: 3, weekday: 1, nth: -1 }, ctx())).toEqual([
      { periodKey: '2026', periodLabel: '2026年度', dueOn: '2026-03-30' },
    ]);
  });

  it('n-th weekday', () => {
    expect(dues({ kind: 'weekdayOfMonth', month: 3, weekday: 1, nth: 2 })).toEqual(['2026-03-09']);
    expect(dues({ kind: 'weekdayOfMonth', month: 3, weekday: 7, nth: 1 })).toEqual(['2026-03-01']);
    expect(dues({ kind: 'weekdayOfMonth', month: 3, weekday: 1, nth: 5 })).toEqual(['2026-03-30']);
    // Last Sunday of February 2026: 02-01 is a Sunday, so 02-22.
    expect(dues({ kind: 'weekdayOfMonth', month: 2, weekday: 7, nth: -1 })).toEqual(['2026-02-22']);
  });

  it('refuses a fifth weekday that does not exist', () => {
    // February 2026 has Mondays 02, 09, 16, 23 only.
    expect(() => occurrences({ kind: 'weekdayOfMonth', month: 2, weekday: 1, nth: 5 }, ctx())).toThrow(ScheduleError);
  });
});

describe('fixedDate', () => {
  it('is a one-off, kept by default, adjustable', () => {
    expect(occurrences({ kind: 'fixedDate', date: '2026-10-05' }, ctx({ year: undefined }))).toEqual([
      { periodKey: 'once', periodLabel: '一次性', dueOn: '2026-10-05' },
    ]);
    expect(dues({ kind: 'fixedDate', date: '2026-10-05', adjust: 'next' })).toEqual(['2026-10-08']);
  });
});

describe('event', () => {
  it('penalty decided 2026-09-28 is published within 7 working days → 2026-10-13', () => {
    // 09-29 (1), 09-30 (2), [10-01…10-07 off], 10-08 (3), 10-09 (4), 10-10 Sat make-up (5),
    // [10-11 Sun], 10-12 (6), 10-13 (7).
    const rule: EventRule = { kind: 'event', anchor: '作出决定之日', steps: [{ amount: 7, unit: 'workingDays' }] };
    expect(occurrences(rule, ctx({ anchors: { 作出决定之日: '2026-09-28' } }))).toEqual([{ periodKey: 'event', periodLabel: '本事项', dueOn: '2026-10-13' }]);
  });

  it('counts working days across the Spring Festival, both ways', () => {
    const rule = (amount: number, before?: boolean): EventRule => ({
      kind: 'event',
      anchor: 'a',
      steps: [{ amount, unit: 'workingDays', before }],
    });
    // From Thu 02-12: 02-13 Fri (1), 02-14 Sat make-up (2), [02-15…02-23 off], 02-24 Tue (3).
    expect(eventDue(rule(3), { a: '2026-02-12' })).toBe('2026-02-24');
    // Back from Mon 03-02: [03-01 Sun], 02-28 Sat make-up (1), 02-27 Fri (2).
    expect(eventDue(rule(2, true), { a: '2026-03-02' })).toBe('2026-02-27');
    expect(eventDue(rule(-2), { a: '2026-03-02' })).toBe('2026-02-27');
  });

  it('a 30-calendar-day filing window ending on a holiday moves to the next working day', () => {
    // 09-03 + 30 days = 10-03 (National Day) → first working day 10-08.
    const rule: EventRule = {
      kind: 'event',
      anchor: '发布日期',
      steps: [{ amount: { setting: 'normativeDocFilingDays' }, unit: 'days' }],
    };
    expect(eventDue(rule, { 发布日期: '2026-09-03' })).toBe('2026-10-08');
    // Explicit none keeps the holiday; previous goes back to Wed 09-30.
    expect(eventDue({ ...rule, adjust: 'none' }, { 发布日期: '2026-09-03' })).toBe('2026-10-03');
    expect(eventDue({ ...rule, adjust: 'previous' }, { 发布日期: '2026-09-03' })).toBe('2026-09-30');
  });

  it('a working-day result is not adjusted again', () => {
    // 0 working days leaves the anchor (Sun 10-04) as is; a trailing calendar step would move it.
    const rule: EventRule = { kind: 'event', anchor: 'a', steps: [{ amount: 0, unit: 'workingDays' }] };
    expect(eventDue(rule, { a: '2026-10-04' })).toBe('2026-10-04');
  });

  it('validity end minus lead time, from settings', () => {
    const rule: EventRule = {
      kind: 'event',
      anchor: '发布日期',
      steps: [
        { amount: { setting: 'normativeDocValidityYears' }, unit: 'years' },
        { amount: { setting: 'validityReviewLeadMonths' }, unit: 'months', before: true },
      ],
    };
    // 2021-08-31 + 5 years = 2026-08-31; − 6 months = 02-31 → clamped 2026-02-28, a make-up
    // working Saturday, so no move.
    expect(eventDue(rule, { 发布日期: '2021-08-31' })).toBe('2026-02-28');
    // 暂行 documents: 2 years. 2024-04-03 + 2 years = 2026-04-03; − 6 months = 2025-10-03,
    // inside 2025's National Day break (10-01…10-08) → Thu 2025-10-09.
    expect(eventDue(rule, { 发布日期: '2024-04-03' }, { ...settings, normativeDocValidityYears: 2 })).toBe('2025-10-09');
  });

  it('a missing setting is named', () => {
    const rule: EventRule = {
      kind: 'event',
      anchor: '发布日期',
      steps: [{ amount: { setting: 'normativeDocFilingDays' }, unit: 'days' }],
    };
    expect(() => eventDue(rule, { 发布日期: '2026-09-03' }, {})).toThrow(new ScheduleError('缺少本地参数 normativeDocFilingDays'));
  });

  it('a missing anchor is reported by missingAnchor and refused by occurrences', () => {
    const rule: EventRule = { kind: 'event', anchor: '发布日期', steps: [{ amount: 30, unit: 'days' }] };
    expect(missingAnchor(rule, {})).toBe('发布日期');
    expect(missingAnchor(rule, undefined)).toBe('发布日期');
    expect(missingAnchor(rule, { 发布日期: '2026-03-01' })).toBeNull();
    expect(missingAnchor({ kind: 'yearly', monthDay: '03-31' }, {})).toBeNull();
    expect(() => eventDue(rule, { 其他: '2026-03-01' })).toThrow(new ScheduleError('缺少事件日期「发布日期」'));
  });

  it('names an anchor by its label when labels are given', () => {
    const rule: EventRule = { kind: 'event', anchor: 'publishedOn', steps: [{ amount: 30, unit: 'days' }] };
    const c = ctx({ year: undefined, anchors: {}, anchorLabels: { publishedOn: '发布日期' } });
    expect(() => occurrences(rule, c)).toThrow(new ScheduleError('缺少事件日期「发布日期」'));
    expect(describeRule(rule, settings, { publishedOn: '发布日期' })).toBe('发布日期后30日内');
  });
});

describe('resolveAmount', () => {
  it('passes numbers, looks up settings, names a missing one', () => {
    expect(resolveAmount(5, {})).toBe(5);
    expect(resolveAmount({ setting: 'x' }, { x: 3 })).toBe(3);
    expect(() => resolveAmount({ setting: 'legalReviewDays' }, {})).toThrow(/legalReviewDays/);
    expect(() => resolveAmount({ setting: 'x' }, { x: 1.5 })).toThrow(ScheduleError);
  });
});

describe('years without a loaded arrangement', () => {
  // A made-up 2027 arrangement for the test only (the real one is published in November).
  // 2027-03-01 is a Monday; 02-27/02-28 are the weekend; 02-26 (Fri) is declared off here.
  const fake2027 = { year: 2027, daysOff: ['2027-01-01', '2027-02-26'], makeUpWorkdays: [] };

  it('refuses 2027 when the rule needs the calendar, accepts it once the year is added', () => {
    const rule: ScheduleRule = { kind: 'beforeDate', monthDay: '03-01' };
    expect(() => occurrences(rule, ctx({ year: 2027 }))).toThrow(CalendarYearMissingError);
    const extended = calendar.withArrangement(fake2027);
    // Before Mon 03-01: Sun 02-28, Sat 02-27, Fri 02-26 (off) → Thu 02-25.
    expect(dues(rule, ctx({ year: 2027, calendar: extended }))).toEqual(['2027-02-25']);
  });

  it('a rule that needs no calendar lookup works without the year', () => {
    expect(dues({ kind: 'yearly', monthDay: '12-04' }, ctx({ year: 2027 }))).toEqual(['2027-12-04']);
    expect(() => dues({ kind: 'yearly', monthDay: '12-04', adjust: 'next' }, ctx({ year: 2027 }))).toThrow(CalendarYearMissingError);
  });
});

describe('validateRule', () => {
  it('accepts sound rules', () => {
    const rules: ScheduleRule[] = [
      { kind: 'yearly', monthDay: '03-31' },
      { kind: 'beforeDate', monthDay: '03-01' },
      { kind: 'quarterly', day: 25, monthOfQuarter: 1 },
      { kind: 'halfYearly', day: 30 },
      { kind: 'monthly', day: 31, adjust: 'previous' },
      { kind: 'weekdayOfMonth', month: 3, weekday: 1, nth: -1 },
      { kind: 'fixedDate', date: '2026-05-01' },
      { kind: 'event', anchor: '发布日期', steps: [{ amount: { setting: 'x' }, unit: 'days', before: true }] },
    ];
    for (const r of rules) expect(validateRule(r)).toEqual([]);
  });

  it.each([
    ['bad monthDay 02-30', { kind: 'yearly', monthDay: '02-30' }],
    ['02-29 every year', { kind: 'beforeDate', monthDay: '02-29' }],
    ['malformed monthDay', { kind: 'yearly', monthDay: '3-31' }],
    ['day 0', { kind: 'monthly', day: 0 }],
    ['day 32', { kind: 'quarterly', day: 32 }],
    ['unknown kind', { kind: 'weekly', day: 1 }],
    ['empty steps', { kind: 'event', anchor: 'a', steps: [] }],
    ['non-integer amount', { kind: 'event', anchor: 'a', steps: [{ amount: 1.5, unit: 'days' }] }],
    ['unknown unit', { kind: 'event', anchor: 'a', steps: [{ amount: 1, unit: 'weeks' }] }],
    ['bad adjust', { kind: 'yearly', monthDay: '03-31', adjust: 'later' }],
    ['bad fixed date', { kind: 'fixedDate', date: '2026-02-30' }],
    ['nth 6', { kind: 'weekdayOfMonth', month: 3, weekday: 1, nth: 6 }],
    ['not an object', null],
  ])('flags %s', (_name, rule) => {
    const problems = validateRule(rule);
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p).toMatch(/[\u4e00-\u9fff]/);
  });

  it('occurrences refuses an invalid rule', () => {
    expect(() => dues({ kind: 'monthly', day: 0 })).toThrow(ScheduleError);
  });
});

describe('describeRule', () => {
  it.each<[ScheduleRule, string]>([
    [{ kind: 'yearly', monthDay: '03-31' }, '每年3月31日前'],
    [{ kind: 'beforeDate', monthDay: '03-01' }, '每年3月1日前（遇节假日提前至最后一个工作日）'],
    [{ kind: 'quarterly', day: 25 }, '每季度末月25日'],
    [{ kind: 'weekdayOfMonth', month: 3, weekday: 1, nth: -1 }, '3月最后一个星期一'],
    [{ kind: 'weekdayOfMonth', month: 3, weekday: 1, nth: 2 }, '3月第二个星期一'],
    [{ kind: 'monthly', day: 10 }, '每月10日'],
    [{ kind: 'event', anchor: '发布日期', steps: [{ amount: { setting: 'normativeDocFilingDays' }, unit: 'days' }] }, '发布日期后30日内'],
    [{ kind: 'event', anchor: '作出决定之日', steps: [{ amount: 7, unit: 'workingDays' }] }, '作出决定之日起7个工作日内'],
  ])('%j → %s', (rule, text) => {
    expect(describeRule(rule, settings)).toBe(text);
  });

  it('chains steps and spells out a departure from the default adjust', () => {
    const rule: ScheduleRule = {
      kind: 'event',
      anchor: '发布日期',
      steps: [
        { amount: { setting: 'normativeDocValidityYears' }, unit: 'years' },
        { amount: { setting: 'validityReviewLeadMonths' }, unit: 'months', before: true },
      ],
    };
    expect(describeRule(rule, settings)).toBe('发布日期后5年届满前6个月');
    expect(describeRule({ kind: 'yearly', monthDay: '10-03', adjust: 'next' }, settings)).toBe('每年10月3日前（遇节假日顺延至下一个工作日）');
    expect(describeRule({ kind: 'event', anchor: '发布日期', steps: [{ amount: 30, unit: 'days' }], adjust: 'none' }, settings)).toBe(
      '发布日期后30日内（遇节假日不顺延）',
    );
  });

  it('names an unset setting instead of throwing', () => {
    const rule: ScheduleRule = { kind: 'event', anchor: '发布日期', steps: [{ amount: { setting: 'zz' }, unit: 'days' }] };
    expect(describeRule(rule, {})).toContain('zz');
  });
});
