import type { TemplateItem } from '../catalog/template-item.entity';
import type { Task } from '../tasks/task.entity';
import { resolveAmount } from './schedule/schedule-engine';

export type TaskTarget = Pick<Task, 'targetKind' | 'targetCount' | 'targetUnit' | 'numeratorLabel' | 'denominatorLabel'>;

const NO_TARGET: TaskTarget = { targetKind: 'none', targetCount: null, targetUnit: '', numeratorLabel: '', denominatorLabel: '' };

/**
 * The target a task of the item carries. Supporting tasks carry none unless the item says so
 * (`supportTarget`). A school's task of a coverage item (`perSchool`) has no number of its own —
 * it is done or not, the coverage is computed across schools — and a supporting task of such an
 * item follows the schools and carries none either.
 */
export function taskTarget(item: Pick<TemplateItem, 'target' | 'supportTarget'>, settings: Record<string, number>, supporting: boolean): TaskTarget {
  const target = item.target;
  if (!target || (supporting && !item.supportTarget)) return NO_TARGET;
  const kind = target.kind ?? 'count';
  if (kind === 'perSchool') return supporting ? NO_TARGET : { ...NO_TARGET, targetKind: 'perSchool' };
  return {
    targetKind: kind,
    targetCount: resolveAmount(target.count, settings),
    targetUnit: target.unit,
    numeratorLabel: kind === 'percent' ? (target.numeratorLabel ?? '') : '',
    denominatorLabel: kind === 'percent' ? (target.denominatorLabel ?? '') : '',
  };
}
