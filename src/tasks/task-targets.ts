import { BadRequestException } from '@nestjs/common';
import { addDays, addMonths, isValidDate } from '../common/dates';
import type { Task } from './task.entity';

/** The percentage a percent task reached, to one decimal; null until its numbers are entered. */
export function percentOf(task: Pick<Task, 'numerator' | 'denominator'>): number | null {
  if (task.numerator === null || task.denominator === null || task.denominator === 0) return null;
  return Math.round((task.numerator / task.denominator) * 1000) / 10;
}

/**
 * Refuses completing below the target without a shortfall reason. `count` counts the activities
 * that hold; `percent` needs its numbers and compares numerator / denominator with the target
 * (in integers: no rounding lets 99.96 % pass for 100 %); `perSchool` and `none` have no number.
 */
export function checkTarget(task: Task, shortfallReason: string | undefined): void {
  if (task.targetCount === null) return;
  if (task.targetKind === 'count' && task.activityCount < task.targetCount && !shortfallReason) {
    throw new BadRequestException(`已记录 ${task.activityCount}/${task.targetCount} ${task.targetUnit}，未达到目标，请填写未达标说明（shortfallReason）`);
  }
  if (task.targetKind !== 'percent') return;
  if (task.numerator === null || task.denominator === null) {
    throw new BadRequestException(`请先填写${task.numeratorLabel || '分子'}和${task.denominatorLabel || '分母'}（目标 ${task.targetCount}${task.targetUnit}）`);
  }
  if (task.numerator * 100 < task.targetCount * task.denominator && !shortfallReason) {
    throw new BadRequestException(`当前为 ${percentOf(task)}%，未达到目标 ${task.targetCount}${task.targetUnit}，请填写未达标说明（shortfallReason）`);
  }
}

/** The dates a plan gives a task's period: its year, and a case's anchor dates. */
export interface PlanDates {
  year: number;
  anchors: Record<string, string>;
}

/**
 * The first and last day an activity of the task may fall on, by its period key: `2026` (the
 * year; also a one-off task of that year's plan), `2026-Q2`, `2026-H1`, `2026-03`; an event task
 * from the case's earliest anchor date (open-ended: today bounds it). Today bounds every period.
 */
export function activityWindow(periodKey: string, plan: PlanDates): { from: string | null; to: string | null } {
  const year = (y: string) => ({ from: `${y}-01-01`, to: `${y}-12-31` });
  const months = (y: string, first: number, n: number) => {
    const from = `${y}-${String(first).padStart(2, '0')}-01`;
    return { from, to: addDays(addMonths(from, n), -1) };
  };
  let m: RegExpMatchArray | null;
  if ((m = /^(\d{4})$/.exec(periodKey))) return year(m[1]);
  if ((m = /^(\d{4})-Q([1-4])$/.exec(periodKey))) return months(m[1], (Number(m[2]) - 1) * 3 + 1, 3);
  if ((m = /^(\d{4})-H([12])$/.exec(periodKey))) return months(m[1], (Number(m[2]) - 1) * 6 + 1, 6);
  if ((m = /^(\d{4})-(\d{2})$/.exec(periodKey))) return months(m[1], Number(m[2]), 1);
  if (periodKey === 'event') {
    const anchors = Object.values(plan.anchors).filter(isValidDate).sort();
    return { from: anchors[0] ?? null, to: null };
  }
  return year(String(plan.year));
}

/** Refuses an activity date that is not a real date, outside the task's period, or after today. */
export function checkActivityDate(date: string, periodKey: string, plan: PlanDates, today: string): void {
  if (!isValidDate(date)) throw new BadRequestException(`活动日期“${String(date)}”不是有效日期（YYYY-MM-DD）`);
  const window = activityWindow(periodKey, plan);
  const to = window.to !== null && window.to < today ? window.to : today;
  const range = `${window.from ?? '不限'} 至 ${to}`;
  if ((window.from !== null && date < window.from) || date > to) {
    const why = date > today ? '不能晚于今天' : '须在本任务的期间内';
    throw new BadRequestException(`活动日期 ${date} ${why}：允许的日期为 ${range}`);
  }
}
