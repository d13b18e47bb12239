import { validateRule } from './schedule-rule';
import type { CatalogueItem, CatalogueTemplate } from './catalogue.types';

/** Special lead code: the item goes to every active school. */
export const ALL_SCHOOLS = 'schools';

/**
 * Problems of a template as a whole, in Chinese, each prefixed with the item it concerns:
 * rule shapes, event anchors declared, gates inside the template and without cycles.
 */
export function templateProblems(template: Pick<CatalogueTemplate, 'kind' | 'items' | 'anchors' | 'options'>): string[] {
  const problems: string[] = [];
  const keys = new Set<string>();
  const anchors = new Set((template.anchors ?? []).map((a) => a.key));
  const options = new Set((template.options ?? []).map((o) => o.key));
  for (const item of template.items) {
    const at = `事项 ${item.key}：`;
    if (keys.has(item.key)) problems.push(`${at}事项键重复`);
    keys.add(item.key);
    problems.push(...validateRule(item.schedule).map((p) => at + p));
    if (template.kind === 'annual' && item.schedule.kind === 'event') problems.push(`${at}年度模板不能使用事件时间规则`);
    if (template.kind === 'event' && item.schedule.kind !== 'event') problems.push(`${at}事件模板只能使用事件时间规则`);
    if (item.schedule.kind === 'event' && !anchors.has(item.schedule.anchor)) problems.push(`${at}事件日期 ${item.schedule.anchor} 未在模板中声明`);
    if ((item.support ?? []).includes(item.lead)) problems.push(`${at}牵头股室不能同时是配合股室`);
    if (item.onlyIf && !options.has(item.onlyIf)) problems.push(`${at}适用条件 ${item.onlyIf} 未在模板选项中声明`);
    if (item.earliest) {
      problems.push(...validateRule(item.earliest).map((p) => `${at}最早办结规则：${p}`));
      if (item.earliest.kind !== 'event' || !anchors.has(item.earliest.anchor)) problems.push(`${at}最早办结规则须基于模板中声明的事件日期`);
    }
    if (item.extension) {
      const rule = { kind: 'event', anchor: item.extension.anchor, steps: item.extension.steps };
      problems.push(...validateRule(rule).map((p) => `${at}延长期限规则：${p}`));
      if (!anchors.has(item.extension.anchor) || item.schedule.kind !== 'event') problems.push(`${at}延长期限须基于模板中声明的事件日期，且只用于事件规则`);
    }
    if (item.officers !== undefined && !(Number.isInteger(item.officers) && item.officers >= 0 && item.officers <= 5)) {
      problems.push(`${at}执法人员人数须为 0–5 的整数`);
    }
    problems.push(...targetProblems(item).map((p) => at + p));
  }
  const gates = new Map(template.items.map((i) => [i.key, i.gates ?? []]));
  for (const [key, list] of gates) {
    for (const gate of list) if (!gates.has(gate)) problems.push(`事项 ${key}：前置事项 ${gate} 不在本模板中`);
  }
  const cycle = findCycle(gates);
  if (cycle) problems.push(`前置事项形成循环：${cycle.join(' → ')}`);
  return problems;
}

/** A rate needs the names of its two numbers; coverage across schools needs schools to lead. */
function targetProblems(item: Pick<CatalogueItem, 'target' | 'lead'>): string[] {
  const kind = item.target?.kind ?? 'count';
  if (kind === 'percent' && !(item.target?.numeratorLabel?.trim() && item.target.denominatorLabel?.trim())) return ['比率目标须填写分子和分母的名称'];
  if (kind === 'perSchool' && item.lead !== ALL_SCHOOLS) return ['学校覆盖率目标只能用于学校牵头的事项'];
  return [];
}

function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (node: string, path: string[]): string[] | null => {
    if (state.get(node) === 'visiting') return [...path.slice(path.indexOf(node)), node];
    if (state.get(node) === 'done' || !graph.has(node)) return null;
    state.set(node, 'visiting');
    for (const next of graph.get(node)!) {
      const found = visit(next, [...path, node]);
      if (found) return found;
    }
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    const found = visit(node, []);
    if (found) return found;
  }
  return null;
}
