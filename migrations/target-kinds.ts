/**
 * Maps the targets of tasks already issued onto the target kinds (same SQL on both dialects).
 * Before, every target was a count, and the lead's target was copied onto supporting tasks:
 * - supporting tasks lose their target (only items flagged `supportTarget` keep one, and none was
 *   flagged then);
 * - a school's task of a school-led item whose unit starts with `%` (学校章程覆盖率 …) becomes
 *   `perSchool`, without a target of its own: the coverage is computed across schools;
 * - any other `%` unit becomes `percent`, with the labels of the catalogue's percent items;
 * - the rest stay counts.
 */
const PERCENT_LABELS: [item: string, numerator: string, denominator: string][] = [
  ['staff-law-exam', '参考人数', '应参考人数'],
  ['inspection-ratio', '抽查对象数', '检查对象总数'],
  ['private-school-annual-inspection', '已年检学校数', '民办学校总数'],
  ['deputies-proposals', '办复数', '建议提案数'],
  ['hotline-12345', '按时办结数', '办件总数'],
];

const isPercent = "t.target_count IS NOT NULL AND substr(t.target_unit, 1, 1) = '%'";
const itemKey = '(SELECT i.key FROM template_items i WHERE i.id = t.template_item_id)';
const label = (n: 1 | 2) => `CASE ${itemKey} ${PERCENT_LABELS.map((l) => `WHEN '${l[0]}' THEN '${l[n]}'`).join(' ')} ELSE '' END`;

export const targetKindStatements = [
  "UPDATE tasks AS t SET target_count = NULL, target_unit = '' WHERE t.lead_task_id IS NOT NULL",
  `UPDATE tasks AS t SET target_kind = 'perSchool', target_count = NULL, target_unit = '' WHERE ${isPercent} AND t.lead_task_id IS NULL
     AND t.template_item_id IN (SELECT i.id FROM template_items i WHERE i.lead_role = 'schools')`,
  `UPDATE tasks AS t SET target_kind = 'percent', numerator_label = ${label(1)}, denominator_label = ${label(2)} WHERE ${isPercent}`,
  "UPDATE tasks AS t SET target_kind = 'count' WHERE t.target_count IS NOT NULL AND t.target_kind = 'none'",
];
