import { BadRequestException } from '@nestjs/common';
import { taskTarget } from '../../../src/plans/task-target';
import { activityWindow, checkActivityDate, checkTarget, percentOf } from '../../../src/tasks/task-targets';
import type { Task } from '../../../src/tasks/task.entity';

const PLAN = { year: 2026, anchors: {} };

describe('activityWindow: the days an activity of a period may fall on', () => {
  it('covers the year, a quarter, a half, a month and a one-off task of the plan year', () => {
    expect(activityWindow('2026', PLAN)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(activityWindow('2026-Q2', PLAN)).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(activityWindow('2026-H2', PLAN)).toEqual({ from: '2026-07-01', to: '2026-12-31' });
    expect(activityWindow('2026-02', PLAN)).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(activityWindow('once', PLAN)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('starts an event task at the case’s earliest anchor date, open-ended', () => {
    expect(activityWindow('event', { year: 2026, anchors: { decidedOn: '2026-05-03', filedOn: '2026-04-20' } })).toEqual({ from: '2026-04-20', to: null });
  });
});

describe('checkActivityDate', () => {
  const refused = (date: string, period = '2026-Q2', today = '2026-05-10') => {
    try {
      checkActivityDate(date, period, PLAN, today);
      return null;
    } catch (err) {
      expect(err).toBeInstanceOf(BadRequestException);
      return (err as BadRequestException).message;
    }
  };

  it('refuses impossible dates', () => {
    expect(refused('2026-13-40')).toContain('不是有效日期');
  });

  it('names the allowed range for a date outside the period and for a future date', () => {
    expect(refused('2026-03-31')).toBe('活动日期 2026-03-31 须在本任务的期间内：允许的日期为 2026-04-01 至 2026-05-10');
    expect(refused('2026-05-11')).toContain('不能晚于今天');
  });

  it('accepts the first day of the period and today', () => {
    expect(refused('2026-04-01')).toBeNull();
    expect(refused('2026-05-10')).toBeNull();
  });
});

describe('checkTarget and percentOf', () => {
  const task = (fields: Partial<Task>) =>
    ({
      targetKind: 'count',
      targetCount: 2,
      targetUnit: '次',
      activityCount: 0,
      numerator: null,
      denominator: null,
      numeratorLabel: '参考人数',
      denominatorLabel: '应参考人数',
      ...fields,
    }) as Task;

  it('compares a percent target in integers (99.96 % is below 100 %) and needs its numbers', () => {
    expect(() => checkTarget(task({ targetKind: 'percent', targetCount: 100 }), undefined)).toThrow('请先填写参考人数和应参考人数');
    expect(() => checkTarget(task({ targetKind: 'percent', targetCount: 100, numerator: 2499, denominator: 2500 }), undefined)).toThrow('未达到目标');
    expect(() => checkTarget(task({ targetKind: 'percent', targetCount: 100, numerator: 2499, denominator: 2500 }), '一人病假')).not.toThrow();
    expect(() => checkTarget(task({ targetKind: 'percent', targetCount: 95, numerator: 19, denominator: 20 }), undefined)).not.toThrow();
    expect(percentOf({ numerator: 2, denominator: 3 })).toBe(66.7);
  });

  it('lets a perSchool or untargeted task complete without anything', () => {
    expect(() => checkTarget(task({ targetKind: 'perSchool', targetCount: null }), undefined)).not.toThrow();
    expect(() => checkTarget(task({ targetKind: 'count', activityCount: 1 }), undefined)).toThrow('1/2');
  });
});

describe('taskTarget: what an issued task carries', () => {
  const item = (target: object | null, supportTarget = false) => ({ target, supportTarget }) as Parameters<typeof taskTarget>[0];
  const percent = { kind: 'percent', count: 100, unit: '%（参考率）', numeratorLabel: '参考人数', denominatorLabel: '应参考人数' };

  it('gives the lead task the target, resolved from a bureau setting', () => {
    expect(taskTarget(item({ count: { setting: 'n' }, unit: '次' }), { n: 8 }, false)).toEqual(
      expect.objectContaining({ targetKind: 'count', targetCount: 8, targetUnit: '次' }),
    );
    expect(taskTarget(item(percent), {}, false)).toEqual({
      targetKind: 'percent',
      targetCount: 100,
      targetUnit: '%（参考率）',
      numeratorLabel: '参考人数',
      denominatorLabel: '应参考人数',
    });
  });

  it('gives supporting tasks none unless the item says so', () => {
    expect(taskTarget(item(percent), {}, true).targetKind).toBe('none');
    expect(taskTarget(item(percent, true), {}, true).targetKind).toBe('percent');
  });

  it('gives a school’s task of a coverage item no number, and its followers nothing', () => {
    const coverage = item({ kind: 'perSchool', count: 100, unit: '%（学校章程覆盖率）' }, true);
    expect(taskTarget(coverage, {}, false)).toEqual({ targetKind: 'perSchool', targetCount: null, targetUnit: '', numeratorLabel: '', denominatorLabel: '' });
    expect(taskTarget(coverage, {}, true).targetKind).toBe('none');
  });
});
