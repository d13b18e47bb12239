import { InvalidDateError, addDays, addMonths, addYears, daysBetween, isValidDate, isoWeekday, todayIn } from '../../../src/common/dates';

// Reference facts: 2026-01-01 is a Thursday, 2000-01-01 a Saturday; 2024 is a leap year.

describe('isValidDate', () => {
  it('accepts real YYYY-MM-DD dates, including 29 February of a leap year', () => {
    expect(isValidDate('2026-03-01')).toBe(true);
    expect(isValidDate('2024-02-29')).toBe(true);
    expect(isValidDate('2026-12-31')).toBe(true);
  });

  it.each(['2025-02-29', '2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-1-1', ' 2026-01-01', '2026/01/01', ''])(
    'rejects %p',
    (value) => {
      expect(isValidDate(value)).toBe(false);
    },
  );

  it('rejects non-strings', () => {
    expect(isValidDate(undefined)).toBe(false);
    expect(isValidDate(20260101)).toBe(false);
    expect(isValidDate(new Date('2026-01-01T00:00:00Z'))).toBe(false);
  });
});

describe('addDays', () => {
  it('crosses month, leap-day and year boundaries', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2026-01-01', 365)).toBe('2027-01-01');
    expect(addDays('2026-05-05', 0)).toBe('2026-05-05');
  });

  it('throws InvalidDateError with a Chinese message for an impossible date', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(InvalidDateError);
    expect(() => addDays('2026-02-30', 1)).toThrow(/2026-02-30.*无效/);
  });
});

describe('addMonths / addYears', () => {
  it('clamps to the last day of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-05-31', 1)).toBe('2026-06-30');
  });

  it('carries into other years in both directions', () => {
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-01-15', -13)).toBe('2024-12-15');
    expect(addMonths('2026-08-20', 0)).toBe('2026-08-20');
    expect(addMonths('2026-10-31', -6)).toBe('2026-04-30');
  });

  it('addYears moves 29 February to 28 February in a common year', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2026-06-30', -5)).toBe('2021-06-30');
    expect(addYears('2026-03-01', 5)).toBe('2031-03-01');
  });
});

describe('isoWeekday', () => {
  it('numbers Monday 1 … Sunday 7', () => {
    expect(isoWeekday('2026-01-01')).toBe(4); // Thursday
    expect(isoWeekday('2026-02-28')).toBe(6); // Saturday
    expect(isoWeekday('2026-03-01')).toBe(7); // Sunday
    expect(isoWeekday('2026-03-02')).toBe(1); // Monday
    expect(isoWeekday('2000-01-01')).toBe(6); // Saturday
  });

  it('does not depend on the process time zone', () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Shanghai']) {
        process.env.TZ = tz;
        expect(isoWeekday('2026-03-01')).toBe(7);
        expect(addDays('2026-03-01', 1)).toBe('2026-03-02');
        expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
      }
    } finally {
      process.env.TZ = saved;
    }
  });
});

describe('daysBetween', () => {
  it('counts calendar days from a to b, negative when b is earlier', () => {
    expect(daysBetween('2026-01-01', '2026-12-31')).toBe(364);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2026-03-01', '2026-02-28')).toBe(-1);
    expect(daysBetween('2026-07-07', '2026-07-07')).toBe(0);
  });
});

describe('todayIn', () => {
  it('gives the Shanghai date, eight hours ahead of UTC', () => {
    expect(todayIn('Asia/Shanghai', new Date('2026-11-30T17:00:00Z'))).toBe('2026-12-01');
    expect(todayIn('Asia/Shanghai', new Date('2026-11-30T15:59:59Z'))).toBe('2026-11-30');
    expect(todayIn('Asia/Shanghai', new Date('2026-11-30T16:00:00Z'))).toBe('2026-12-01');
    expect(todayIn('Asia/Shanghai', new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01');
  });

  it('works for other zones', () => {
    expect(todayIn('UTC', new Date('2026-11-30T17:00:00Z'))).toBe('2026-11-30');
    expect(todayIn('America/New_York', new Date('2026-03-01T03:00:00Z'))).toBe('2026-02-28');
  });
});
