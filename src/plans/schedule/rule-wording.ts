/**
 * Chinese wording of schedule rules, as users read deadlines: "决定作出之日起7个工作日内",
 * "立案当日", "公布之日起5年届满前6个月", "每年3月31日前". Event rules name their anchor by the
 * template's phrase for it (catalogue `phrase`, else its label), never by its key.
 */
import type { CatalogueAnchor } from '../../catalog/catalogue.types';
import type { Adjust, DeadlineExtension, EventRule, OffsetStep, OffsetUnit, ScheduleRule } from '../../catalog/schedule-rule';

const CN_NUM = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const WEEKDAYS = ['', '一', '二', '三', '四', '五', '六', '日'];
const CALENDAR_UNITS: ReadonlySet<OffsetUnit> = new Set(['days', 'months', 'years']);
const UNIT_TEXT: Record<OffsetUnit, string> = { days: '日', workingDays: '个工作日', months: '个月', years: '年' };
const ADJUST_TEXT: Record<Adjust, string> = {
  none: '',
  previous: '（遇节假日提前至前一个工作日）',
  next: '（遇节假日顺延至下一个工作日）',
};

const md = (monthDay: string): string => `${Number(monthDay.slice(0, 2))}月${Number(monthDay.slice(3))}日`;
const dayText = (day: number): string => (day > 28 ? `${day}日（无此日则为月末）` : `${day}日`);

/** Anchor key → the phrase deadlines use for it. */
export function anchorPhrases(anchors: CatalogueAnchor[] | undefined): Record<string, string> {
  return Object.fromEntries((anchors ?? []).map((a) => [a.key, a.phrase ?? a.label]));
}

/** A step's signed count, or null when its setting is not set. */
function signed(step: OffsetStep, settings: Record<string, number>): number | null {
  const a = step.amount;
  const value = typeof a === 'number' ? a : settings[a.setting];
  return Number.isInteger(value) ? value * (step.before ? -1 : 1) : null;
}

/** Consecutive steps in the same unit and direction read as one ("前7个工作日再前1个工作日" → "前8个工作日"). */
function mergedSteps(rule: EventRule, settings: Record<string, number>): { n: number | null; unit: OffsetUnit; setting?: string }[] {
  const out: { n: number | null; unit: OffsetUnit; setting?: string }[] = [];
  for (const step of rule.steps) {
    const n = signed(step, settings);
    const last = out[out.length - 1];
    if (last && n !== null && last.n !== null && last.unit === step.unit && Math.sign(last.n) === Math.sign(n)) last.n += n;
    else out.push({ n, unit: step.unit, setting: typeof step.amount === 'number' ? undefined : step.amount.setting });
  }
  return out;
}

/**
 * The span of an event rule without its ending: "决定作出之日起7个工作日", "公布之日起5年届满前6个月",
 * "立案当日"; `back` says whether it ends going backwards (then it names a day, not a window).
 */
export function eventSpan(
  rule: EventRule,
  settings: Record<string, number>,
  phrases: Record<string, string>,
): { text: string; back: boolean; sameDay: boolean } {
  const phrase = phrases[rule.anchor] ?? rule.anchor;
  const steps = mergedSteps(rule, settings);
  if (steps.length === 1 && steps[0].n === 0) {
    return { text: phrase.endsWith('之日') ? `${phrase.slice(0, -2)}当日` : `${phrase}当日`, back: false, sameDay: true };
  }
  let back = false;
  const parts = steps.map((s, i) => {
    back = s.n !== null && s.n < 0;
    const count = s.n === null ? `〔本地参数 ${s.setting}，未设置〕` : String(Math.abs(s.n));
    // "之日起" reads naturally after a phrase naming a day ("…之日"), "后" after any other name.
    const dir = i > 0 ? (back ? '届满前' : '届满后') : back ? '前' : phrase.endsWith('之日') ? '起' : '后';
    return `${dir}${count}${UNIT_TEXT[s.unit]}`;
  });
  return { text: `${phrase}${parts.join('')}`, back, sameDay: false };
}

/** Human Chinese text of a rule for tasks, the template editor, the UI and e-mails; a missing setting is named, not thrown. */
export function describeRule(rule: ScheduleRule, settings: Record<string, number>, phrases: Record<string, string> = {}): string {
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
      const span = eventSpan(rule, settings, phrases);
      const last = rule.steps[rule.steps.length - 1];
      // The default (next) is the statutory reading and goes unsaid; only a departure is spelled out.
      const moved = !span.sameDay && last && CALENDAR_UNITS.has(last.unit) && rule.adjust && rule.adjust !== 'next';
      const note = moved ? (rule.adjust === 'none' ? '（遇节假日不顺延）' : ADJUST_TEXT.previous) : '';
      // "…起30日内" is a window; "…前6个月" and "…当日" name the day itself.
      return `${span.text}${span.back || span.sameDay ? '' : '内'}${note}`;
    }
  }
}

/** The note a deadline with an approved extension carries, e.g. "（经批准延长期限的，再延长10个工作日）". */
export function extensionText(extension: DeadlineExtension | null, settings: Record<string, number>): string {
  if (!extension) return '';
  const steps = mergedSteps({ kind: 'event', anchor: extension.anchor, steps: extension.steps }, settings);
  return `（经批准延长期限的，再延长${steps.map((s) => `${s.n === null ? `〔本地参数 ${s.setting}，未设置〕` : Math.abs(s.n)}${UNIT_TEXT[s.unit]}`).join('')}）`;
}
