/**
 * The schedule engine: turns a ScheduleRule into due dates. Pure — no Nest, no database — so the
 * catalogue loader, the template editor and the plan service all compute dates the same way.
 *
 * Calendar lookups are made only when a rule needs one (working-day steps, `beforeDate`, an
 * `adjust` other than `none`): a date that needs no lookup stays computable for a year whose
 * holiday arrangement is not yet published, and a date that does need one throws the calendar's
 * CalendarYearMissingError instead of being guessed.
 */
import { addDays, addMonths, addYears, isValidDate, isoWeekday } from '../../common/dates';
import type { WorkingDayCalendar } from '../../calendar/working-day-calendar';
import { SCHEDULE_RULE_KINDS, type Adjust, type Amount, type EventRule, type Occurrence, type OffsetUnit, type ScheduleRule } from '../../catalog/schedule-rule';

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
export class ScheduleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScheduleError';
  }
}

const UNITS: ReadonlyArray<OffsetUnit> = ['days', 'workingDays', 'months', 'years'];
const ADJUSTS: ReadonlyArray<Adjust> = ['none', 'previous', 'next'];
const CALENDAR_UNITS: ReadonlySet<OffsetUnit> = new Set(['days', 'months', 'years']);
const CN_NUM = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const WEEKDAYS = ['', '一', '二', '三', '四', '五', '六', '日'];

const pad = (n: number): string => String(n).padStart(2, '0');
const isInt = (v: unknown, min: number, max: number): boolean => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();
/** Day `day` of the month, clamped to the month's last day (31 → 02-28 in 2026). */
const dayOfMonth = (year: number, month: number, day: number): string => `${year}-${pad(month)}-${pad(Math.min(day, daysIn(year, month)))}`;

/** Every year, so "02-29" is refused: it would silently mean 02-28 three years in four. */
function monthDayProblem(md: unknown): string | null {
  const m = typeof md === 'string' ? /^(\d{2})-(\d{2})$/.exec(md) : null;
  if (!m || !isValidDate(`2000-${md}`)) return `月日“${String(md)}”无效，应为 MM-DD 格式的真实日期（例如 03-31）。`;
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

/** The number an amount stands for; a missing or non-integer setting is refused by name. */
export function resolveAmount(amount: Amount, settings: Record<string, number>): number {
  if (typeof amount === 'number') return amount;
  const value = settings[amount.setting];
  if (value === undefined || value === null) throw new ScheduleError(`缺少本地参数 ${amount.setting}`);
  if (!Number.isInteger(value)) throw new ScheduleError(`本地参数 ${amount.setting} 的值“${String(value)}”不是整数`);
  return value;
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

const md = (monthDay: string): string => `${Number(monthDay.slice(0, 2))}月${Number(monthDay.slice(3))}日`;
const dayText = (day: number): string => (day > 28 ? `${day}日（无此日则为月末）` : `${day}日`);
const ADJUST_TEXT: Record<Adjust, string> = {
  none: '',
  previous: '（遇节假日提前至前一个工作日）',
  next: '（遇节假日顺延至下一个工作日）',
};
const UNIT_TEXT: Record<OffsetUnit, string> = { days: '日', workingDays: '个工作日', months: '个月', years: '年' };

/** Human Chinese text of a rule for the catalogue and template editor; a missing setting is named, not thrown. */
export function describeRule(rule: ScheduleRule, settings: Record<string, number>, anchorLabels: Record<string, string> = {}): string {
  // Calendar kinds: `none` is the default and adds nothing.
  const adj = rule.kind !== 'event' && 'adjust' in rule ? ADJUST_TEXT[rule.adjust ?? 'none'] : '';
  switch (rule.kind) {
    case 'yearly':
      return `每年${md(rule.monthDay)}前${adj}`;
    case 'beforeDate':
      return `每年${md(rule.monthDay)}前（遇节假日提前至最后一个工作日）`;
    case 'quarterly':
      return `每季度${['首月', '第二个月', '末月'][(rule.monthOfQuarter ?? 3) - 1]}${dayText(rule.day)}${adj}`;
    case 'halfYearly': {
      const m = rule.monthOfHalf ?? 6;
      return `每半年${m === 6 ? '末月' : `第${CN_NUM[m]}个月`}${dayText(rule.day)}${adj}`;
    }
    case 'monthly':
      return `每月${dayText(rule.day)}${adj}`;
    case 'weekdayOfMonth':
      return `${rule.month}月${rule.nth === -1 ? '最后一个' : `第${CN_NUM[rule.nth]}个`}星期${WEEKDAYS[rule.weekday]}`;
    case 'fixedDate': {
      const [y, m, d] = rule.date.split('-').map(Number);
      return `${y}年${m}月${d}日前${adj}`;
    }
    case 'event': {
      const anchor = anchorLabels[rule.anchor] ?? rule.anchor;
      let lastBack = false;
      const parts = rule.steps.map((step, i) => {
        const a = step.amount;
        const value = typeof a === 'number' ? a : settings[a.setting];
        const known = Number.isInteger(value);
        lastBack = known ? value < 0 !== !!step.before : !!step.before;
        const count = known ? String(Math.abs(value)) : `〔本地参数 ${(a as { setting: string }).setting}，未设置〕`;
        // "之日起" reads naturally after an anchor named "…之日", "后" after any other name.
        const dir = lastBack ? '前' : i === 0 && anchor.endsWith('之日') ? '起' : '后';
        return `${i === 0 ? '' : '，再往'}${dir}${count}${UNIT_TEXT[step.unit]}`;
      });
      const last = rule.steps[rule.steps.length - 1];
      // The default (next) is the statutory reading and goes unsaid; only a departure is spelled out.
      const moved = last && CALENDAR_UNITS.has(last.unit) && rule.adjust && rule.adjust !== 'next';
      const note = moved ? (rule.adjust === 'none' ? '（遇节假日不顺延）' : ADJUST_TEXT.previous) : '';
      // "…后30日内" is a window; "…前6个月" names the day itself.
      return `${anchor}${parts.join('')}${lastBack ? '' : '内'}${note}`;
    }
  }
}
