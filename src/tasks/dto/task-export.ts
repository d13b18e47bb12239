import type { XlsxColumn } from '../../common/xlsx';
import type { TaskStatus } from '../task.entity';
import type { TaskSummary } from './task.view';

export const STATUS_NAMES: Record<TaskStatus, string> = {
  open: '待办',
  submitted: '待审核',
  returned: '已退回',
  done: '已完成',
  na: '不适用',
  cancelled: '已撤销',
};

/** The columns of every task list's Excel export (我的任务, review queue, overdue list). */
export const TASK_COLUMNS: XlsxColumn<TaskSummary>[] = [
  { header: '编号', value: (t) => t.id, width: 8 },
  { header: '事项', value: (t) => t.title, width: 48 },
  { header: '期次', value: (t) => t.periodLabel, width: 18 },
  { header: '截止日期', value: (t) => t.dueOn, kind: 'date' },
  { header: '剩余天数', value: (t) => t.daysLeft },
  { header: '状态', value: (t) => STATUS_NAMES[t.status] },
  { header: '承办单位', value: (t) => t.departmentName, width: 20 },
  { header: '工作要点', value: (t) => t.workPointName, width: 32 },
  { header: '计划', value: (t) => t.planTitle, width: 28 },
  { header: '配合任务', value: (t) => (t.supporting ? '是' : '否') },
  { header: '目标数量', value: (t) => t.targetCount },
  { header: '已记录活动', value: (t) => t.activityCount },
  { header: '最近催办时间', value: (t) => t.urgedAt, kind: 'datetime' },
  { header: '催办人', value: (t) => t.urgedByName },
  { header: '完成日期', value: (t) => t.doneOn, kind: 'date' },
  { header: '逾期完成', value: (t) => (t.late ? '是' : '否') },
  { header: '补录', value: (t) => (t.backfill ? '是' : '否') },
];
