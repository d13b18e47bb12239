/** What a case brings at registration and later, checked: its anchor dates, its answers to the template's options, and the minimum periods its dates must leave. */
import { UnprocessableEntityException } from '@nestjs/common';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import type { ChecklistTemplate } from '../catalog/checklist-template.entity';
import type { TemplateItem } from '../catalog/template-item.entity';
import { isValidDate } from '../common/dates';
import { InputValidationException } from '../common/validation';
import type { Plan } from './plan.entity';
import { minimumConflicts } from './schedule/minimum-periods';
import { anchorPhrases } from './schedule/rule-wording';

/**
 * The case's answers to its template's options (是否重大执法决定 …): only the template's keys, each
 * a boolean. An unanswered option counts as "yes": the step it governs stays required unless the
 * registrar says otherwise. Null for a template without options.
 */
export function checkOptions(template: ChecklistTemplate, given: Record<string, unknown> | undefined): Record<string, boolean> | null {
  const options = template.options ?? [];
  const known = new Set(options.map((o) => o.key));
  const errors = Object.entries(given ?? {}).flatMap(([key, value]) =>
    !known.has(key)
      ? [{ field: `options.${key}`, message: known.size ? `不是本模板的选项（可用：${[...known].join('、')}）` : '本模板没有选项' }]
      : typeof value !== 'boolean'
        ? [{ field: `options.${key}`, message: '必须是 true 或 false' }]
        : [],
  );
  if (errors.length) throw new InputValidationException(errors);
  if (!options.length) return null;
  return Object.fromEntries(options.map((o) => [o.key, (given?.[o.key] as boolean | undefined) ?? true]));
}

/** Anchor dates: known keys, valid dates, and (on creation) every required one present. */
export function checkAnchors(template: ChecklistTemplate, given: Record<string, string>, creating: boolean): Record<string, string> {
  const known = new Map(template.anchors.map((a) => [a.key, a]));
  const errors = Object.entries(given).flatMap(([key, value]) =>
    !known.has(key)
      ? [{ field: `anchors.${key}`, message: `不是本模板的事件日期（可用：${[...known.keys()].join('、')}）` }]
      : !isValidDate(value)
        ? [{ field: `anchors.${key}`, message: '必须是日期（YYYY-MM-DD）' }]
        : [],
  );
  if (creating) {
    for (const anchor of template.anchors) {
      if (anchor.required && !given[anchor.key]) errors.push({ field: `anchors.${anchor.key}`, message: `必须填写「${anchor.label}」` });
    }
  }
  if (errors.length) throw new InputValidationException(errors);
  return given;
}

/**
 * Dates that leave a step less than its minimum period (合法性审查 7 working days) are refused;
 * a conflict the case already had with the `since` dates (registered before the rule) is not
 * held against an unrelated correction.
 */
export function checkMinimums(
  template: ChecklistTemplate,
  items: TemplateItem[],
  plan: Plan,
  calendar: WorkingDayCalendar,
  since: Record<string, string>,
): void {
  const labels = Object.fromEntries(template.anchors.map((a) => [a.key, a.label]));
  const phrases = anchorPhrases(template.anchors);
  const conflicts = (item: TemplateItem, anchors: Record<string, string>) =>
    minimumConflicts([item], { anchors, settings: plan.settings, calendar, anchorLabels: labels }, phrases);
  const fresh = items.flatMap((item) => (conflicts(item, since).length ? [] : conflicts(item, plan.anchors)));
  if (fresh.length) throw new UnprocessableEntityException(fresh.join(''));
}
