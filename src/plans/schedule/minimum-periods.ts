/**
 * Minimum periods ("not before"): an item's `earliest` rule gives the first day its step may be
 * completed (征求意见 lasts at least 30 days) or, when `reserved`, the time the schedule must leave
 * it (合法性审查 gets at least 7 working days before the meeting, but may finish sooner). Pure.
 */
import type { EarliestRule, ScheduleRule } from '../../catalog/schedule-rule';
import { missingAnchor, occurrences, type ScheduleContext } from './schedule-engine';
import { eventSpan } from './rule-wording';
import { CalendarYearMissingError } from '../../calendar/working-day-calendar';

/** What the maths needs of a template item. */
export interface MinimumItem {
  title: string;
  schedule: ScheduleRule;
  earliest: EarliestRule | null;
}

/** The earliest date the rule allows, or null when there is none or its anchor is not known yet. */
export function earliestDate(rule: EarliestRule | null, ctx: ScheduleContext): string | null {
  if (!rule || missingAnchor(rule, ctx.anchors)) return null;
  return occurrences({ kind: 'event', anchor: rule.anchor, steps: rule.steps, adjust: rule.adjust ?? 'none' }, ctx)[0].dueOn;
}

/** The earliest date a task may be completed: only rules that bind completion (not `reserved` ones). */
export function completionFloor(item: MinimumItem, ctx: ScheduleContext): string | null {
  return item.earliest && !item.earliest.reserved ? earliestDate(item.earliest, ctx) : null;
}

/** The minimum as a phrase, e.g. "征求意见稿形成之日起满30日". */
export function minimumText(rule: EarliestRule, settings: Record<string, number>, phrases: Record<string, string>): string {
  return eventSpan(rule, settings, phrases).text.replace(/起(?=\d)/, '起满');
}

/**
 * Why the case's dates leave the item less than its minimum (its deadline falls before its
 * earliest date), in plain Chinese naming the date to move; null when they fit or are not all known.
 */
export function minimumConflict(item: MinimumItem, ctx: ScheduleContext, phrases: Record<string, string>): string | null {
  const earliest = earliestDate(item.earliest, ctx);
  if (!earliest || missingAnchor(item.schedule, ctx.anchors)) return null;
  const due = occurrences(item.schedule, ctx)[0].dueOn;
  if (due >= earliest) return null;
  const rule = minimumText(item.earliest!, ctx.settings, phrases);
  const moved = item.schedule.kind === 'event' ? (ctx.anchorLabels?.[item.schedule.anchor] ?? item.schedule.anchor) : '日期';
  return `「${item.title}」须留足期限（${rule}），最早于${earliest}届满，但按现有日期其期限为${due}：「${moved}」至少应在${earliest}之后。`;
}

/** Every conflict of the case's items (see minimumConflict); items whose holidays are not loaded yet are left for later. */
export function minimumConflicts(items: MinimumItem[], ctx: ScheduleContext, phrases: Record<string, string>): string[] {
  return items.flatMap((item) => {
    try {
      const conflict = minimumConflict(item, ctx, phrases);
      return conflict ? [conflict] : [];
    } catch (err) {
      if (err instanceof CalendarYearMissingError) return [];
      throw err;
    }
  });
}
