import { isValidDate } from '../common/dates';

/**
 * Schedule rules: how a checklist template item gets its due date(s) when a plan is instantiated.
 *
 * Dates are always `YYYY-MM-DD` strings in Asia/Shanghai. A rule yields one or more
 * (periodKey, dueOn) pairs; yearly plans use the calendar-based kinds, event plans the
 * `event` kind (anchored on a date of the case: publication, decision, inspection end …).
 */

/** A number written into the catalogue, or the name of a bureau setting that supplies it. */
export type Amount = number | { setting: string };

/**
 * What happens when the computed date is not a working day.
 * - `none`: keep the date ("by 12-04" — the constitution day is the constitution day);
 * - `previous`: the last working day on or before it;
 * - `next`: the first working day on or after it (the statutory rule for calendar-day periods
 *   whose last day is a holiday).
 */
export type Adjust = 'none' | 'previous' | 'next';

/** Due every year on MM-DD of the plan year. */
export interface YearlyRule {
  kind: 'yearly';
  monthDay: string;
  adjust?: Adjust;
}

/** "Before MM-DD": the last working day strictly before that date of the plan year. */
export interface BeforeDateRule {
  kind: 'beforeDate';
  monthDay: string;
}

/** Four tasks a year: day `day` of month `monthOfQuarter` (1–3, default 3) of each quarter. */
export interface QuarterlyRule {
  kind: 'quarterly';
  day: number;
  monthOfQuarter?: 1 | 2 | 3;
  adjust?: Adjust;
}

/** Two tasks a year: day `day` of month `monthOfHalf` (1–6, default 6) of each half. */
export interface HalfYearlyRule {
  kind: 'halfYearly';
  day: number;
  monthOfHalf?: 1 | 2 | 3 | 4 | 5 | 6;
  adjust?: Adjust;
}

/** Twelve tasks a year on day `day` (clamped to the month's last day). */
export interface MonthlyRule {
  kind: 'monthly';
  day: number;
  adjust?: Adjust;
}

/** The n-th (or, with -1, the last) given weekday of a month — e.g. the last Monday of March. */
export interface WeekdayOfMonthRule {
  kind: 'weekdayOfMonth';
  month: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** 1–5, or -1 for the last one. */
  nth: number;
}

/** One fixed calendar date (e.g. a one-off deadline set by the county). */
export interface FixedDateRule {
  kind: 'fixedDate';
  date: string;
  adjust?: Adjust;
}

export type OffsetUnit = 'days' | 'workingDays' | 'months' | 'years';

/** One step of an event-relative computation; negative amounts go backwards. */
export interface OffsetStep {
  amount: Amount;
  unit: OffsetUnit;
  /** Multiply the amount by -1 (useful when the amount is a setting, e.g. "6 months before"). */
  before?: boolean;
}

/**
 * Relative to an anchor date of the event instance: `anchor` + each step in order.
 * Working-day steps count on the Chinese calendar (调休 included); a calendar-day result that
 * lands on a day off is moved per `adjust` (default `next`, the statutory reading).
 */
export interface EventRule {
  kind: 'event';
  anchor: string;
  steps: OffsetStep[];
  adjust?: Adjust;
}

/**
 * A minimum period: the earliest day a step may be completed, computed like an event rule (its
 * `adjust` defaults to `none`). `reserved`: the dates must leave the step this much time, but it
 * may be completed sooner (a review period guaranteed to the reviewer, not imposed on them).
 */
export interface EarliestRule extends EventRule {
  reserved?: boolean;
}

/** An approved extension of an event deadline: once the case sets `anchor`, the deadline moves on by `steps`. */
export interface DeadlineExtension {
  anchor: string;
  steps: OffsetStep[];
}

export type ScheduleRule = YearlyRule | BeforeDateRule | QuarterlyRule | HalfYearlyRule | MonthlyRule | WeekdayOfMonthRule | FixedDateRule | EventRule;

export const SCHEDULE_RULE_KINDS: ReadonlyArray<ScheduleRule['kind']> = [
  'yearly',
  'beforeDate',
  'quarterly',
  'halfYearly',
  'monthly',
  'weekdayOfMonth',
  'fixedDate',
  'event',
];

/** One due date produced by a rule: `periodKey` distinguishes repeated tasks of one item. */
export interface Occurrence {
  periodKey: string;
  /** Shown to users, e.g. "第一季度". */
  periodLabel: string;
  dueOn: string;
}

const UNITS: ReadonlyArray<OffsetUnit> = ['days', 'workingDays', 'months', 'years'];
const ADJUSTS: ReadonlyArray<Adjust> = ['none', 'previous', 'next'];
/** Whether `v` is an integer in [min, max]. */
export const isInt = (v: unknown, min: number, max: number): boolean => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;

/** Every year, so "02-29" is refused: it would silently mean 02-28 three years in four. */
function monthDayProblem(md: unknown): string | null {
  const m = typeof md === 'string' ? /^(\d{2})-(\d{2})$/.exec(md) : null;
  if (!m || !isValidDate(`2000-${m[0]}`)) return `月日“${String(md)}”无效，应为 MM-DD 格式的真实日期（例如 03-31）。`;
  if (md === '02-29') return '月日“02-29”并非每年都有，请改用 02-28 或 03-01。';
  return null;
}

/** Problems in a rule's shape, in Chinese; empty when the rule is sound. */
export function validateRule(rule: unknown): string[] {
  if (rule == null || typeof rule !== 'object') return ['日程规则必须是对象。'];
  const r = rule as Record<string, unknown>;
  const problems: string[] = [];
  const check = (ok: boolean, message: string): unknown => ok || problems.push(message);
  if (!SCHEDULE_RULE_KINDS.includes(r.kind as ScheduleRule['kind'])) return [`未知的日程规则类型“${String(r.kind)}”。`];
  check(r.adjust === undefined || ADJUSTS.includes(r.adjust as Adjust), `顺延方式“${String(r.adjust)}”无效，应为 none、previous 或 next。`);
  const day = (): unknown => check(isInt(r.day, 1, 31), `日“${String(r.day)}”无效，应为 1 到 31 的整数。`);
  switch (r.kind) {
    case 'yearly':
    case 'beforeDate': {
      const p = monthDayProblem(r.monthDay);
      if (p) problems.push(p);
      check(r.kind === 'yearly' || r.adjust === undefined, '“某日前”规则总是取前一个工作日，不能再指定顺延方式。');
      break;
    }
    case 'quarterly':
      day();
      check(r.monthOfQuarter === undefined || isInt(r.monthOfQuarter, 1, 3), `季度内月份“${String(r.monthOfQuarter)}”无效，应为 1 到 3。`);
      break;
    case 'halfYearly':
      day();
      check(r.monthOfHalf === undefined || isInt(r.monthOfHalf, 1, 6), `半年内月份“${String(r.monthOfHalf)}”无效，应为 1 到 6。`);
      break;
    case 'monthly':
      day();
      break;
    case 'weekdayOfMonth':
      check(isInt(r.month, 1, 12), `月份“${String(r.month)}”无效，应为 1 到 12。`);
      check(isInt(r.weekday, 1, 7), `星期“${String(r.weekday)}”无效，应为 1（星期一）到 7（星期日）。`);
      check(r.nth === -1 || isInt(r.nth, 1, 5), `序号“${String(r.nth)}”无效，应为 1 到 5，或 -1 表示最后一个。`);
      check(r.adjust === undefined, '“第几个星期几”规则不能指定顺延方式。');
      break;
    case 'fixedDate':
      check(isValidDate(r.date), `日期“${String(r.date)}”无效，应为 YYYY-MM-DD 格式的真实日期。`);
      break;
    case 'event':
      check(typeof r.anchor === 'string' && r.anchor.trim() !== '', '事件规则必须指定起算日期（anchor）。');
      if (!Array.isArray(r.steps) || r.steps.length === 0) {
        problems.push('事件规则至少需要一个期限步骤。');
        break;
      }
      r.steps.forEach((s: unknown, i: number) => {
        const step = (s ?? {}) as Record<string, unknown>;
        const a = step.amount as Record<string, unknown> | undefined;
        const isSetting = a != null && typeof a === 'object' && typeof a.setting === 'string' && a.setting.trim() !== '';
        check(Number.isInteger(step.amount) || isSetting, `第${i + 1}步的数量“${JSON.stringify(step.amount)}”无效，应为整数或 { setting: 参数名 }。`);
        check(UNITS.includes(step.unit as OffsetUnit), `第${i + 1}步的单位“${String(step.unit)}”无效，应为 days、workingDays、months 或 years。`);
        check(step.before === undefined || typeof step.before === 'boolean', `第${i + 1}步的 before 必须是 true 或 false。`);
      });
      break;
  }
  return problems;
}
