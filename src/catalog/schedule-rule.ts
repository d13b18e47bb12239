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
