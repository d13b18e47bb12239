/**
 * The schedule engine: turns a ScheduleRule into due dates. Pure — no Nest, no database — so the
 * catalogue loader, the template editor and the plan service all compute dates the same way.
 *
 * Calendar lookups are made only when a rule needs one (working-day steps, `beforeDate`, an
 * `adjust` other than `none`): a date that needs no lookup stays computable for a year whose
 * holiday arrangement is not yet published, and a date that does need one throws the calendar's
 * CalendarYearMissingError instead of being guessed.
 */
import { DomainError } from '../../common/domain-error';
import { addDays, addMonths, addYears, isValidDate, isoWeekday } from '../../common/dates';
import type { WorkingDayCalendar } from '../../calendar/working-day-calendar';
import {
  isInt,
  validateRule,
  type Adjust,
  type Amount,
  type DeadlineExtension,
  type EventRule,
  type Occurrence,
  type OffsetUnit,
  type ScheduleRule,
} from '../../catalog/schedule-rule';

export { describeRule } from './rule-wording';

export interface ScheduleContext {
  /** Plan year for yearly/periodic rules (e.g. 2026). */
  year?: number;
  /** Event plans: anchor key → YYYY-MM-DD (missing anchors are simply absent). */
  anchors?: Record<string, string>;
  /** Bureau settings for `{ setting: key }` amounts. */
  settings: Record<string, number>;
  calendar: WorkingDayCalendar;
  /** Optional anchor key → label (e.g. publishedOn → 发布日期), so messages name what users see. */
  anchorLabels?: Record<string, string>;
}

/** A rule that cannot be evaluated as given; the message is Chinese and shown to users. */
export class ScheduleError extends DomainError {
  constructor(message: string) {
    super(422, message);
  }
}

const CALENDAR_UNITS: ReadonlySet<OffsetUnit> = new Set(['days', 'months', 'years']);
const CN_NUM = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const WEEKDAYS = ['', '一', '二', '三', '四', '五', '六', '日'];

const pad = (n: number): string => String(n).padStart(2, '0');
const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();
/** Day `day` of the month, clamped to the month's last day (31 → 02-28 in 2026). */
const dayOfMonth = (year: number, month: number, day: number): string => `${year}-${pad(month)}-${pad(Math.min(day, daysIn(year, month)))}`;

/** The number an amount stands for; a missing or non-integer setting is refused by name. */
export function resolveAmount(amount: Amount, settings: Record<string, number>): number {
  if (typeof amount === 'number') return amount;
  const value = settings[amount.setting];
  if (value === undefined || value === null) throw new ScheduleError(`缺少本地参数 ${amount.setting}`);
  if (!Number.isInteger(value)) throw new ScheduleError(`本地参数 ${amount.setting} 的值“${String(value)}”不是整数`);
  return value;
}

/** The item's rule with its extension applied once the case has recorded it (行政许可 延长十日). */
export function extendedRule(rule: ScheduleRule, extension: DeadlineExtension | null, anchors: Record<string, string> | undefined): ScheduleRule {
  if (!extension || rule.kind !== 'event' || !anchors?.[extension.anchor]) return rule;
  return { ...rule, steps: [...rule.steps, ...extension.steps] };
}

/** The anchor an event rule needs but `anchors` lacks; null when nothing is missing. */
export function missingAnchor(rule: ScheduleRule, anchors: Record<string, string> | undefined): string | null {
  if (rule.kind !== 'event') return null;
  const value = anchors?.[rule.anchor];
  return value === undefined || value === null || value === '' ? rule.anchor : null;
}

function adjust(date: string, how: Adjust, calendar: WorkingDayCalendar): string {
  // `none` returns before touching the calendar, so "by 12-04" works for an unloaded year.
  if (how === 'previous') return calendar.previousWorkingDay(date, { inclusive: true });
  if (how === 'next') return calendar.nextWorkingDay(date, { inclusive: true });
  return date;
}

function eventDate(rule: EventRule, ctx: ScheduleContext): string {
  const anchor = ctx.anchors?.[rule.anchor];
  const label = ctx.anchorLabels?.[rule.anchor] ?? rule.anchor;
  if (missingAnchor(rule, ctx.anchors)) throw new ScheduleError(`缺少事件日期「${label}」`);
  if (!isValidDate(anchor)) throw new ScheduleError(`事件日期「${label}」“${String(anchor)}”无效，应为 YYYY-MM-DD。`);
  let date = anchor;
  for (const step of rule.steps) {
    const n = resolveAmount(step.amount, ctx.settings) * (step.before ? -1 : 1);
    if (step.unit === 'days') date = addDays(date, n);
    else if (step.unit === 'workingDays') date = ctx.calendar.addWorkingDays(date, n);
    else if (step.unit === 'months') date = addMonths(date, n);
    else date = addYears(date, n);
  }
  // A working-day count already ends on a working day; moving it again would lengthen the period.
  const last = rule.steps[rule.steps.length - 1];
  return CALENDAR_UNITS.has(last.unit) ? adjust(date, rule.adjust ?? 'next', ctx.calendar) : date;
}

/** The due dates `rule` yields in `ctx`, in date order. */
export function occurrences(rule: ScheduleRule, ctx: ScheduleContext): Occurrence[] {
  const problems = validateRule(rule);
  if (problems.length > 0) throw new ScheduleError(`日程规则有误：${problems.join('')}`);
  if (rule.kind === 'event') return [{ periodKey: 'event', periodLabel: '本事项', dueOn: eventDate(rule, ctx) }];
  if (rule.kind === 'fixedDate') {
    return [{ periodKey: 'once', periodLabel: '一次性', dueOn: adjust(rule.date, rule.adjust ?? 'none', ctx.calendar) }];
  }
  const year = ctx.year;
  if (year === undefined || year === null) throw new ScheduleError('计划年度未指定');
  if (!isInt(year, 1000, 9999)) throw new ScheduleError(`计划年度“${String(year)}”无效`);
  const cal = ctx.calendar;
  const annual = (dueOn: string): Occurrence[] => [{ periodKey: String(year), periodLabel: `${year}年度`, dueOn }];
  switch (rule.kind) {
    case 'yearly':
      return annual(adjust(`${year}-${rule.monthDay}`, rule.adjust ?? 'none', cal));
    case 'beforeDate':
      return annual(cal.previousWorkingDay(`${year}-${rule.monthDay}`, { inclusive: false }));
    case 'quarterly':
      return [1, 2, 3, 4].map((q) => ({
        periodKey: `${year}-Q${q}`,
        periodLabel: `${year}年第${CN_NUM[q]}季度`,
        dueOn: adjust(dayOfMonth(year, (q - 1) * 3 + (rule.monthOfQuarter ?? 3), rule.day), rule.adjust ?? 'none', cal),
      }));
    case 'halfYearly':
      return [1, 2].map((h) => ({
        periodKey: `${year}-H${h}`,
        periodLabel: `${year}年${h === 1 ? '上' : '下'}半年`,
        dueOn: adjust(dayOfMonth(year, (h - 1) * 6 + (rule.monthOfHalf ?? 6), rule.day), rule.adjust ?? 'none', cal),
      }));
    case 'monthly':
      return Array.from({ length: 12 }, (_, i) => ({
        periodKey: `${year}-${pad(i + 1)}`,
        periodLabel: `${year}年${i + 1}月`,
        dueOn: adjust(dayOfMonth(year, i + 1, rule.day), rule.adjust ?? 'none', cal),
      }));
    case 'weekdayOfMonth': {
      const first = `${year}-${pad(rule.month)}-01`;
      const last = dayOfMonth(year, rule.month, 31);
      const date =
        rule.nth === -1
          ? addDays(last, -((isoWeekday(last) - rule.weekday + 7) % 7))
          : addDays(first, ((rule.weekday - isoWeekday(first) + 7) % 7) + 7 * (rule.nth - 1));
      if (date > last) {
        throw new ScheduleError(`${year}年${rule.month}月没有第${CN_NUM[rule.nth]}个星期${WEEKDAYS[rule.weekday]}`);
      }
      return annual(date);
    }
  }
}
