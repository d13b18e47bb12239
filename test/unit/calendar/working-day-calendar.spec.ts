import { InvalidDateError } from '../../../src/common/dates';
import { BUILTIN_ARRANGEMENTS, BUILTIN_MIN_YEAR, builtinArrangement, deriveArrangements } from '../../../src/calendar/builtin-arrangements';
import { CalendarYearMissingError, WorkingDayCalendar, findArrangementProblem, type YearArrangement } from '../../../src/calendar/working-day-calendar';

/**
 * Expected data is transcribed from ../shared/domain/work-points.md §3 (the State Council
 * notices), not from the implementation. Ranges "a…b" are expanded here with plain UTC
 * arithmetic so the expectation does not lean on src/common/dates.
 */
function expand(year: number, ranges: string[]): string[] {
  const out: string[] = [];
  for (const r of ranges) {
    const [from, to = from] = r.split('…').map((md) => `${year}-${md}`);
    for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
      out.push(new Date(t).toISOString().slice(0, 10));
    }
  }
  return out.sort();
}

const BRIEF = {
  2025: {
    daysOff: expand(2025, ['01-01', '01-28…02-04', '04-04…04-06', '05-01…05-05', '05-31…06-02', '10-01…10-08']),
    makeUpWorkdays: expand(2025, ['01-26', '02-08', '04-27', '09-28', '10-11']),
  },
  2026: {
    daysOff: expand(2026, ['01-01…01-03', '02-15…02-23', '04-04…04-06', '05-01…05-05', '06-19…06-21', '09-25…09-27', '10-01…10-07']),
    makeUpWorkdays: expand(2026, ['01-04', '02-14', '02-28', '05-09', '09-20', '10-10']),
  },
} as const;

const calendar = new WorkingDayCalendar(BUILTIN_ARRANGEMENTS);

describe('built-in arrangements (chinese-days)', () => {
  it('offers the years the package covers (2004–2026 in 1.5.7), from 2020 on', () => {
    expect(BUILTIN_MIN_YEAR).toBe(2020);
    expect(calendar.coveredYears()).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });

  it.each([2025, 2026] as const)('%i matches the brief exactly', (year) => {
    const a = builtinArrangement(year)!;
    expect(a).toBeDefined();
    expect([...a.daysOff].sort()).toEqual(BRIEF[year].daysOff);
    expect([...a.makeUpWorkdays].sort()).toEqual(BRIEF[year].makeUpWorkdays);
    // Sanity of the transcription itself: 2025 has 28 days off, 2026 has 33.
    expect(BRIEF[year].daysOff).toHaveLength(year === 2025 ? 28 : 33);
  });

  it('carries Chinese holiday names', () => {
    expect(calendar.holidayName('2026-10-01')).toBe('国庆节');
    expect(calendar.holidayName('2026-02-17')).toBe('春节');
    expect(calendar.holidayName('2026-03-03')).toBeUndefined();
  });

  it('derives only fully published years at or after the minimum year', () => {
    const data = {
      holidays: {
        '2019-01-01': "New Year's Day,元旦,1",
        '2019-10-01': 'National Day,国庆节,3',
        '2030-01-01': "New Year's Day,元旦,1",
        '2030-10-01': 'National Day,国庆节,3',
        '2031-01-01': "New Year's Day,元旦,1", // a spill-over entry, not a published year
      },
      workdays: { '2030-09-29': 'National Day,国庆节,3' },
    };
    const derived = deriveArrangements(data, 2020);
    expect(derived).toEqual([
      {
        year: 2030,
        daysOff: ['2030-01-01', '2030-10-01'],
        makeUpWorkdays: ['2030-09-29'],
        holidays: [
          { date: '2030-01-01', name: '元旦' },
          { date: '2030-10-01', name: '国庆节' },
        ],
      },
    ]);
  });
});

describe('isWorkingDay', () => {
  it('ordinary weekdays work, ordinary weekends do not', () => {
    expect(calendar.isWorkingDay('2026-03-03')).toBe(true); // Tuesday
    expect(calendar.isWorkingDay('2026-03-07')).toBe(false); // Saturday
    expect(calendar.isWorkingDay('2026-03-08')).toBe(false); // Sunday
  });

  it('official holidays are off, on weekdays and weekends alike', () => {
    expect(calendar.isWorkingDay('2026-10-01')).toBe(false); // Thursday
    expect(calendar.isWorkingDay('2026-02-16')).toBe(false); // Monday, Spring Festival
    expect(calendar.isWorkingDay('2026-02-15')).toBe(false); // Sunday, Spring Festival
    expect(calendar.isWorkingDay('2025-10-08')).toBe(false); // Wednesday
  });

  it('make-up weekend days are working days', () => {
    expect(calendar.isWorkingDay('2026-02-28')).toBe(true); // Saturday
    expect(calendar.isWorkingDay('2026-02-14')).toBe(true); // Saturday
    expect(calendar.isWorkingDay('2026-09-20')).toBe(true); // Sunday
    expect(calendar.isWorkingDay('2026-10-10')).toBe(true); // Saturday
    expect(calendar.isWorkingDay('2026-01-04')).toBe(true); // Sunday
    expect(calendar.isWorkingDay('2025-10-11')).toBe(true); // Saturday
  });
});

describe('addWorkingDays', () => {
  it('7 working days after 2026-09-28 is 2026-10-13', () => {
    // 09-28 is the start (not counted). 09-29 Tue (1), 09-30 Wed (2); 10-01…10-07 off;
    // 10-08 Thu (3), 10-09 Fri (4), 10-10 Sat make-up (5), 10-11 Sun off, 10-12 Mon (6),
    // 10-13 Tue (7).
    expect(calendar.addWorkingDays('2026-09-28', 7)).toBe('2026-10-13');
  });

  it('crosses the 2026 Spring Festival, counting both make-up Saturdays', () => {
    // 02-13 Fri (1), 02-14 Sat make-up (2), 02-15…02-23 off, 02-24 Tue (3).
    expect(calendar.addWorkingDays('2026-02-12', 3)).toBe('2026-02-24');
    // 02-25 (1), 02-26 (2), 02-27 (3), 02-28 Sat make-up (4), 03-01 Sun off, 03-02 Mon (5).
    expect(calendar.addWorkingDays('2026-02-24', 5)).toBe('2026-03-02');
  });

  it('crosses a year boundary into a loaded year', () => {
    // 2026-01-01…03 off, 01-04 Sunday is a make-up working day.
    expect(calendar.addWorkingDays('2025-12-31', 1)).toBe('2026-01-04');
  });

  it('counts backwards for negative n', () => {
    // 10-07…10-01 off, so the previous working day is 09-30.
    expect(calendar.addWorkingDays('2026-10-08', -1)).toBe('2026-09-30');
    expect(calendar.addWorkingDays('2026-10-13', -7)).toBe('2026-09-28');
    // 02-23…02-15 off, 02-14 Sat make-up (1), 02-13 Fri (2), 02-12 Thu (3).
    expect(calendar.addWorkingDays('2026-02-24', -3)).toBe('2026-02-12');
  });

  it('returns the date itself for n = 0, even on a day off', () => {
    expect(calendar.addWorkingDays('2026-10-01', 0)).toBe('2026-10-01');
  });

  it('rejects a fractional count', () => {
    expect(() => calendar.addWorkingDays('2026-10-01', 1.5)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('counts d with from < d <= to', () => {
    expect(calendar.workingDaysBetween('2026-09-28', '2026-10-13')).toBe(7);
    expect(calendar.workingDaysBetween('2026-03-06', '2026-03-13')).toBe(5); // Fri to Fri
    expect(calendar.workingDaysBetween('2026-09-30', '2026-10-07')).toBe(0); // all holiday
    // 02-14 (1), 02-24…02-27 (4), 02-28 (1), 03-02 (1).
    expect(calendar.workingDaysBetween('2026-02-13', '2026-03-02')).toBe(7);
  });

  it('is zero for the same day and negative when to < from', () => {
    expect(calendar.workingDaysBetween('2026-10-10', '2026-10-10')).toBe(0);
    expect(calendar.workingDaysBetween('2026-10-13', '2026-09-28')).toBe(-7);
  });
});

describe('previousWorkingDay / nextWorkingDay', () => {
  it('previous, exclusive: 2026-03-01 → make-up Saturday 2026-02-28', () => {
    expect(calendar.previousWorkingDay('2026-03-01', { inclusive: false })).toBe('2026-02-28');
    expect(calendar.previousWorkingDay('2026-02-28', { inclusive: false })).toBe('2026-02-27');
  });

  it('inclusive keeps a working day and moves a day off', () => {
    expect(calendar.previousWorkingDay('2026-02-28', { inclusive: true })).toBe('2026-02-28');
    expect(calendar.previousWorkingDay('2026-10-05', { inclusive: true })).toBe('2026-09-30');
    expect(calendar.nextWorkingDay('2026-10-01', { inclusive: true })).toBe('2026-10-08');
    expect(calendar.nextWorkingDay('2026-10-08', { inclusive: true })).toBe('2026-10-08');
  });

  it('next, exclusive, lands on make-up weekend days', () => {
    expect(calendar.nextWorkingDay('2026-10-09', { inclusive: false })).toBe('2026-10-10');
    expect(calendar.nextWorkingDay('2026-09-19', { inclusive: false })).toBe('2026-09-20');
  });
});

describe('years without data', () => {
  it('refuses 2027 with a Chinese message naming the year', () => {
    let error: unknown;
    try {
      calendar.isWorkingDay('2027-01-01');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CalendarYearMissingError);
    expect((error as CalendarYearMissingError).year).toBe(2027);
    expect((error as Error).message).toContain('2027');
    expect((error as Error).message).toContain('法定节假日安排');
  });

  it('refuses when a computation runs into a missing year', () => {
    expect(() => calendar.addWorkingDays('2026-12-31', 1)).toThrow(CalendarYearMissingError);
    expect(() => calendar.workingDaysBetween('2026-12-01', '2027-01-05')).toThrow(/2027/);
    expect(() => calendar.nextWorkingDay('2026-12-31', { inclusive: false })).toThrow(CalendarYearMissingError);
    expect(() => calendar.addWorkingDays('2027-03-01', 0)).toThrow(CalendarYearMissingError);
    expect(() => calendar.previousWorkingDay('2019-12-31', { inclusive: true })).toThrow(/2019/);
  });

  it('works once a 2027 arrangement is added, leaving the original calendar unchanged', () => {
    // Test data, not the official 2027 notice: only New Year's Day (a Friday) off.
    const y2027: YearArrangement = { year: 2027, daysOff: ['2027-01-01'], makeUpWorkdays: [] };
    const extended = calendar.withArrangement(y2027);
    expect(extended.isWorkingDay('2027-01-01')).toBe(false);
    // 01-01 Fri off, 01-02 Sat, 01-03 Sun, 01-04 Mon (1).
    expect(extended.addWorkingDays('2026-12-31', 1)).toBe('2027-01-04');
    expect(extended.coveredYears()).toContain(2027);
    expect(() => calendar.isWorkingDay('2027-01-01')).toThrow(CalendarYearMissingError);
    expect(new WorkingDayCalendar(new Map([[2027, y2027]])).isWorkingDay('2027-01-04')).toBe(true);
    expect(new WorkingDayCalendar({ 2027: y2027 }).isWorkingDay('2027-01-01')).toBe(false);
  });
});

describe('validation', () => {
  it('rejects invalid dates passed to the calendar', () => {
    expect(() => calendar.isWorkingDay('2026-02-30')).toThrow(InvalidDateError);
  });

  it('names the bad date of an inconsistent arrangement', () => {
    const base = { year: 2027, daysOff: ['2027-01-01'], makeUpWorkdays: [] as string[] };
    expect(findArrangementProblem(base)).toBeNull();
    expect(findArrangementProblem({ ...base, makeUpWorkdays: ['2027-01-04'] })).toMatch(/2027-01-04.*周末/);
    expect(findArrangementProblem({ ...base, daysOff: ['2026-12-31'] })).toMatch(/2026-12-31.*2027/);
    expect(findArrangementProblem({ ...base, daysOff: ['2027-02-29'] })).toContain('2027-02-29');
    expect(findArrangementProblem({ ...base, makeUpWorkdays: ['2027-01-02'], daysOff: ['2027-01-02'] })).toContain('2027-01-02');
    expect(() => new WorkingDayCalendar([{ ...base, makeUpWorkdays: ['2027-01-04'] }])).toThrow(/2027-01-04/);
    expect(() => new WorkingDayCalendar({ 2028: base })).toThrow(/2028/);
  });
});
