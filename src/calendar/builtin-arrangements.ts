/**
 * Built-in year arrangements derived from the `chinese-days` package's data file.
 *
 * The package's functions (isWorkday …) treat a year they have no data for as plain weekdays,
 * so they cannot tell us which years are covered. We read its raw maps instead
 * (`dist/chinese-days.json`: holidays / workdays / inLieuDays, keyed by YYYY-MM-DD, valued
 * "English name,中文名,days") and offer only years whose data is actually there.
 */
import chineseDaysData from 'chinese-days/dist/chinese-days.json';
import { isValidDate, yearOf } from '../common/dates';
import type { YearArrangement } from './working-day-calendar';

/** Older years are of no use to a tracker of current work. */
export const BUILTIN_MIN_YEAR = 2020;

export interface ChineseDaysData {
  /** Official days off (weekend ones included). */
  holidays: Record<string, string>;
  /** Weekend days that are working days (调休上班). */
  workdays: Record<string, string>;
  /** Weekdays off that are paid back by a make-up day; a subset of holidays, not needed here. */
  inLieuDays?: Record<string, string>;
}

/** "New Year's Day,元旦,1" → "元旦"; falls back to the raw value if the format changes. */
function chineseName(value: string): string {
  const parts = value.split(',');
  return (parts.length >= 2 ? parts[1] : value).trim() || value;
}

/**
 * Groups the package's maps by year. A year counts as covered only when its holidays include
 * both 元旦 and 国庆节: every State Council notice covers the whole year, so a year missing
 * either is a stray spill-over entry (or a partial update), not a published arrangement.
 */
export function deriveArrangements(data: ChineseDaysData, minYear = BUILTIN_MIN_YEAR): YearArrangement[] {
  const byYear = new Map<number, YearArrangement>();
  const yearEntry = (date: string): YearArrangement | null => {
    if (!isValidDate(date)) return null;
    const year = yearOf(date);
    if (year < minYear) return null;
    let a = byYear.get(year);
    if (!a) {
      a = { year, daysOff: [], makeUpWorkdays: [], holidays: [] };
      byYear.set(year, a);
    }
    return a;
  };
  for (const [date, value] of Object.entries(data.holidays)) {
    const a = yearEntry(date);
    if (!a) continue;
    a.daysOff.push(date);
    a.holidays!.push({ date, name: chineseName(value) });
  }
  for (const date of Object.keys(data.workdays)) {
    yearEntry(date)?.makeUpWorkdays.push(date);
  }
  const covered: YearArrangement[] = [];
  for (const a of byYear.values()) {
    const names = new Set(a.holidays!.map((h) => h.name));
    if (!names.has('元旦') || !names.has('国庆节')) continue;
    a.daysOff.sort();
    a.makeUpWorkdays.sort();
    a.holidays!.sort((x, y) => x.date.localeCompare(y.date));
    covered.push(a);
  }
  return covered.sort((x, y) => x.year - y.year);
}

// Frozen: the list is shared process-wide and must not be edited by a caller by accident.
export const BUILTIN_ARRANGEMENTS: ReadonlyArray<YearArrangement> = Object.freeze(
  deriveArrangements(chineseDaysData as ChineseDaysData).map((a) =>
    Object.freeze({
      year: a.year,
      daysOff: Object.freeze(a.daysOff) as string[],
      makeUpWorkdays: Object.freeze(a.makeUpWorkdays) as string[],
      holidays: Object.freeze((a.holidays ?? []).map((h) => Object.freeze(h))) as YearArrangement['holidays'],
    }),
  ),
);

export function builtinArrangement(year: number): YearArrangement | undefined {
  return BUILTIN_ARRANGEMENTS.find((a) => a.year === year);
}
