import type { TaskDetail } from './types';

/** The minimum period of a task (征求意见 ≥ 30 days …): the first day it may be completed, and why. */
export function MinimumPeriod({ task }: { task: TaskDetail['task'] }) {
  if (!task.earliestOn) return null;
  return (
    <div>
      <dt>最短期限</dt>
      <dd>
        {task.earliestNote}，{task.earliestOn}起方可办结
      </dd>
    </div>
  );
}
