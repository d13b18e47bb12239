/**
 * The official Chinese working-day calendar: weekends off, official holidays off, and 调休
 * make-up days (weekend dates declared working days) on.
 *
 * Only years whose State Council arrangement is loaded are known. Any question touching another
 * year throws CalendarYearMissingError instead of guessing "plain weekdays" — a deadline computed
 * over an unknown Spring Festival would be silently wrong by a week.
 */
import { DomainError } from '../common/domain-error';
import { addDays, assertValidDate, isValidDate, isWeekend, isoWeekday, yearOf } from '../common/dates';

export interface HolidayName {
  date: string;
  name: string;
}

/** One year's arrangement as published by the State Council (国务院办公厅放假安排). */
export interface YearArrangement {
  year: number;
  /** Official days off, including those that fall on a weekend. */
  daysOff: string[];
  /** Weekend dates that are working days (调休上班). */
  makeUpWorkdays: string[];
  /** Optional names of the days off, e.g. { date: '2026-02-17', name: '春节' }. */
  holidays?: HolidayName[];
}

/** 422: the request is sound, but the bureau's data cannot answer it yet. */
export class CalendarYearMissingError extends DomainError {
  constructor(readonly year: number) {
    super(422, `尚未载入${year}年的法定节假日安排，无法计算工作日。请管理员先导入该年的放假和调休安排。`);
  }
}

/**
 * Checks an arrangement's internal consistency; returns a Chinese message naming the first
 * problem, or null when it is sound. Shared by the calendar and the admin upload.
 */
export function findArrangementProblem(a: YearArrangement): string | null {
  if (!Number.isInteger(a.year)) return `年份“${String(a.year)}”无效。`;
  const checkDate = (date: unknown, label: string): string | null => {
    if (!isValidDate(date)) return `${label}中的日期“${String(date)}”无效，应为 YYYY-MM-DD 格式的真实日期。`;
    if (yearOf(date) !== a.year) return `${label}中的日期 ${date} 不属于${a.year}年。`;
    return null;
  };
  if (!Array.isArray(a.daysOff) || !Array.isArray(a.makeUpWorkdays)) {
    return '放假日期和调休上班日期必须是日期列表。';
  }
  for (const d of a.daysOff) {
    const problem = checkDate(d, '放假日期');
    if (problem) return problem;
  }
  const daysOff = new Set(a.daysOff);
  for (const d of a.makeUpWorkdays) {
    const problem = checkDate(d, '调休上班日期');
    if (problem) return problem;
    if (!isWeekend(d)) return `调休上班日期 ${d} 不是周六或周日，调休上班日只能是周末。`;
    if (daysOff.has(d)) return `日期 ${d} 不能同时是放假日期和调休上班日期。`;
  }
  if (a.holidays != null && !Array.isArray(a.holidays)) return '节日名称必须是列表。';
  for (const h of a.holidays ?? []) {
    const problem = checkDate(h?.date, '节日名称');
    if (problem) return problem;
    if (!daysOff.has(h.date)) return `节日名称中的日期 ${h.date} 不在放假日期中。`;
    if (typeof h.name !== 'string' || h.name.trim() === '') return `日期 ${h.date} 的节日名称不能为空。`;
  }
  return null;
}

interface LoadedYear {
  arrangement: YearArrangement;
  daysOff: ReadonlySet<string>;
  makeUpWorkdays: ReadonlySet<string>;
  names: ReadonlyMap<string, string>;
}

export type ArrangementSource = ReadonlyMap<number, YearArrangement> | Readonly<Record<number, YearArrangement>> | Iterable<YearArrangement>;

/** Immutable; build a new one (e.g. withArrangement) when a year is added. */
export class WorkingDayCalendar {
  private readonly years = new Map<number, LoadedYear>();

  constructor(arrangements: ArrangementSource = []) {
    for (const [key, a] of entries(arrangements)) {
      if (key !== a.year) throw new Error(`节假日安排的年份不一致：键为${key}，内容为${a.year}年。`);
      const problem = findArrangementProblem(a);
      if (problem) throw new Error(`${a.year}年的节假日安排有误：${problem}`);
      this.years.set(a.year, {
        arrangement: a,
        daysOff: new Set(a.daysOff),
        makeUpWorkdays: new Set(a.makeUpWorkdays),
        names: new Map((a.holidays ?? []).map((h) => [h.date, h.name])),
      });
    }
  }

  /** A copy of this calendar with `arrangement` added (replacing that year if present). */
  withArrangement(arrangement: YearArrangement): WorkingDayCalendar {
    const all = new Map<number, YearArrangement>();
    for (const [year, loaded] of this.years) all.set(year, loaded.arrangement);
    all.set(arrangement.year, arrangement);
    return new WorkingDayCalendar(all);
  }

  /** Years with a loaded arrangement, ascending. */
  coveredYears(): number[] {
    return [...this.years.keys()].sort((a, b) => a - b);
  }

  hasYear(year: number): boolean {
    return this.years.has(year);
  }

  isWorkingDay(date: string): boolean {
    const y = this.yearFor(date);
    if (y.makeUpWorkdays.has(date)) return true;
    if (y.daysOff.has(date)) return false;
    return isoWeekday(date) <= 5;
  }

  /** Name of the official holiday on `date` (e.g. '国庆节'), if one is recorded. */
  holidayName(date: string): string | undefined {
    return this.yearFor(date).names.get(date);
  }

  /**
   * n > 0: the n-th working day after `date` (date itself not counted); n < 0: the |n|-th
   * working day before it; n = 0: `date` unchanged, even if it is a day off.
   */
  addWorkingDays(date: string, n: number): string {
    if (!Number.isInteger(n)) throw new RangeError(`工作日数必须是整数，收到 ${n}。`);
    this.yearFor(date);
    const step = n < 0 ? -1 : 1;
    let remaining = Math.abs(n);
    let current = date;
    while (remaining > 0) {
      current = addDays(current, step);
      if (this.isWorkingDay(current)) remaining--;
    }
    return current;
  }

  /** Working days d with from < d <= to; negative (−count of to < d <= from) when to < from. */
  workingDaysBetween(from: string, to: string): number {
    this.yearFor(from);
    this.yearFor(to);
    if (to < from) return -this.workingDaysBetween(to, from);
    let count = 0;
    // Zero-padded YYYY-MM-DD strings order like the dates they name.
    for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) {
      if (this.isWorkingDay(d)) count++;
    }
    return count;
  }

  /** Last working day before `date` (or on it, when inclusive and it is a working day). */
  previousWorkingDay(date: string, options: { inclusive: boolean }): string {
    return this.seek(date, -1, options.inclusive);
  }

  /** First working day after `date` (or on it, when inclusive and it is a working day). */
  nextWorkingDay(date: string, options: { inclusive: boolean }): string {
    return this.seek(date, 1, options.inclusive);
  }

  private seek(date: string, step: 1 | -1, inclusive: boolean): string {
    this.yearFor(date);
    let current = date;
    if (inclusive && this.isWorkingDay(current)) return current;
    // Terminates: leaving the loaded years throws CalendarYearMissingError.
    do {
      current = addDays(current, step);
    } while (!this.isWorkingDay(current));
    return current;
  }

  private yearFor(date: string): LoadedYear {
    assertValidDate(date);
    const year = yearOf(date);
    const loaded = this.years.get(year);
    if (!loaded) throw new CalendarYearMissingError(year);
    return loaded;
  }
}

function entries(source: ArrangementSource): Array<[number, YearArrangement]> {
  if (source instanceof Map) return [...(source as Map<number, YearArrangement>).entries()];
  if (Symbol.iterator in Object(source)) {
    return [...(source as Iterable<YearArrangement>)].map((a) => [a.year, a]);
  }
  return Object.entries(source as Record<number, YearArrangement>).map(([k, a]) => [Number(k), a]);
}
