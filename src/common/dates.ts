/**
 * Civil-date helpers on `YYYY-MM-DD` strings.
 *
 * Every date in the product is an Asia/Shanghai civil date written as a string. Arithmetic is
 * done on the parsed numbers with UTC `Date` methods only, so the machine's time zone (UTC in
 * production, anything on a laptop) can never shift a date by one.
 */
import { DomainError } from './domain-error';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Thrown for a string that is not a real `YYYY-MM-DD` date; the message is shown to users. */
export class InvalidDateError extends DomainError {
  constructor(readonly value: unknown) {
    super(400, `日期“${String(value)}”无效，应为 YYYY-MM-DD 格式的真实日期（例如 2026-03-01）。`);
  }
}

interface Ymd {
  year: number;
  month: number; // 1-12
  day: number;
}

/** Milliseconds at UTC midnight; setUTCFullYear avoids Date.UTC's 0–99 → 1900s mapping. */
function utcMs(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(utcMs(year, month + 1, 0)).getUTCDate();
}

function parse(date: string): Ymd | null {
  if (typeof date !== 'string') return null;
  const m = DATE_PATTERN.exec(date);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function parseOrThrow(date: string): Ymd {
  const ymd = parse(date);
  if (!ymd) throw new InvalidDateError(date);
  return ymd;
}

function format(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function fromMs(ms: number): string {
  const d = new Date(ms);
  return format(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Day number since 1970-01-01 (negative before); handy for loops and differences. */
export function toDayNumber(date: string): number {
  const { year, month, day } = parseOrThrow(date);
  return utcMs(year, month, day) / MS_PER_DAY;
}

export function fromDayNumber(dayNumber: number): string {
  return fromMs(dayNumber * MS_PER_DAY);
}

/** True for a well-formed `YYYY-MM-DD` that names a real day (no 2026-02-30). */
export function isValidDate(value: unknown): value is string {
  return typeof value === 'string' && parse(value) !== null;
}

/** Throws InvalidDateError unless `value` is a real `YYYY-MM-DD` date. */
export function assertValidDate(value: unknown): asserts value is string {
  if (!isValidDate(value)) throw new InvalidDateError(value);
}

export function yearOf(date: string): number {
  return parseOrThrow(date).year;
}

export function addDays(date: string, n: number): string {
  return fromDayNumber(toDayNumber(date) + n);
}

/** Calendar months; a day that does not exist in the target month clamps to its last day. */
export function addMonths(date: string, n: number): string {
  const { year, month, day } = parseOrThrow(date);
  const index = year * 12 + (month - 1) + n;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return format(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** Calendar years; 02-29 becomes 02-28 in a common year. */
export function addYears(date: string, n: number): string {
  return addMonths(date, 12 * n);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const dow = new Date(toDayNumber(date) * MS_PER_DAY).getUTCDay();
  return dow === 0 ? 7 : dow;
}

export function isWeekend(date: string): boolean {
  return isoWeekday(date) >= 6;
}

/** Calendar days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** The civil date in `timeZone` at instant `now`, e.g. todayIn('Asia/Shanghai', new Date()). */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  return format(get('year'), get('month'), get('day'));
}
