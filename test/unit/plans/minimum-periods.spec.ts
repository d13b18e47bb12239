import { BUILTIN_ARRANGEMENTS } from '../../../src/calendar/builtin-arrangements';
import { WorkingDayCalendar } from '../../../src/calendar/working-day-calendar';
import type { EarliestRule, ScheduleRule } from '../../../src/catalog/schedule-rule';
import { completionFloor, earliestDate, minimumConflict, minimumConflicts, minimumText } from '../../../src/plans/schedule/minimum-periods';
import { extendedRule, occurrences } from '../../../src/plans/schedule/schedule-engine';

/** 2026: 09-25…09-27 and 10-01…10-07 off, Sunday 09-20 and Saturday 10-10 worked (chinese-days data). */
const calendar = new WorkingDayCalendar(BUILTIN_ARRANGEMENTS);
const settings = { commentDays: 30, reviewDays: 7 };
const phrases = { initiatedOn: '决策启动之日', meetingOn: '拟提请集体讨论之日' };
const labels = { initiatedOn: '决策启动日期', meetingOn: '拟提请集体讨论日期' };
const ctx = (anchors: Record<string, string>) => ({ anchors, settings, calendar, anchorLabels: labels });

const comment: EarliestRule = { kind: 'event', anchor: 'initiatedOn', steps: [{ amount: { setting: 'commentDays' }, unit: 'days' }] };
const reviewWindow: EarliestRule = { ...comment, steps: [...comment.steps, { amount: { setting: 'reviewDays' }, unit: 'workingDays' }], reserved: true };
const review = {
  title: '合法性审查',
  schedule: { kind: 'event', anchor: 'meetingOn', steps: [{ amount: -1, unit: 'workingDays' }] } as ScheduleRule,
  earliest: reviewWindow,
};

describe('minimum periods', () => {
  it('an earliest date keeps a day off (adjust none by default) and waits for its anchor', () => {
    // 2026-09-01 + 30 days = Thursday 10-01, a National Day holiday: the minimum ends that day.
    expect(earliestDate(comment, ctx({ initiatedOn: '2026-09-01' }))).toBe('2026-10-01');
    expect(earliestDate(comment, ctx({}))).toBeNull();
    expect(earliestDate(null, ctx({ initiatedOn: '2026-09-01' }))).toBeNull();
  });

  it('binds completion unless the rule only reserves time in the schedule', () => {
    const c = ctx({ initiatedOn: '2026-09-01', meetingOn: '2026-11-02' });
    expect(completionFloor({ title: '公众参与', schedule: review.schedule, earliest: comment }, c)).toBe('2026-10-01');
    expect(completionFloor(review, c)).toBeNull();
  });

  it('words the minimum as the span that must have run', () => {
    expect(minimumText(comment, settings, phrases)).toBe('决策启动之日起满30日');
  });

  it('accepts a meeting that leaves the review its 7 working days', () => {
    // 10-01 + 7 working days: 10-08, 10-09, Sat 10-10, 10-12, 10-13, 10-14, 10-15. Meeting 10-16 → review due 10-15.
    expect(minimumConflict(review, ctx({ initiatedOn: '2026-09-01', meetingOn: '2026-10-16' }), phrases)).toBeNull();
  });

  it('refuses a meeting that leaves less, naming the date to move and how far', () => {
    const message = minimumConflict(review, ctx({ initiatedOn: '2026-09-01', meetingOn: '2026-10-15' }), phrases);
    expect(message).toBe(
      '「合法性审查」须留足期限（决策启动之日起满30日届满后7个工作日），最早于2026-10-15届满，但按现有日期其期限为2026-10-14：「拟提请集体讨论日期」至少应在2026-10-15之后。',
    );
    expect(minimumConflicts([review, { ...review, earliest: null }], ctx({ initiatedOn: '2026-09-01', meetingOn: '2026-10-15' }), phrases)).toHaveLength(1);
  });

  it('checks nothing while an anchor is missing', () => {
    expect(minimumConflict(review, ctx({ initiatedOn: '2026-09-01' }), phrases)).toBeNull();
  });

  it('an approved extension moves an event deadline on, once its anchor is set', () => {
    const rule: ScheduleRule = { kind: 'event', anchor: 'acceptedOn', steps: [{ amount: 20, unit: 'workingDays' }] };
    const extension = { anchor: 'extendedOn', steps: [{ amount: 10, unit: 'workingDays' as const }] };
    expect(extendedRule(rule, extension, { acceptedOn: '2026-09-01' })).toBe(rule);
    const due = (anchors: Record<string, string>) => occurrences(extendedRule(rule, extension, anchors), { anchors, settings, calendar })[0].dueOn;
    // 20 working days after 09-01 (Sun 09-20 worked, 09-25 off): 09-29; ten more across National Day (Sat 10-10 worked): 10-19.
    expect(due({ acceptedOn: '2026-09-01' })).toBe('2026-09-29');
    expect(due({ acceptedOn: '2026-09-01', extendedOn: '2026-09-20' })).toBe('2026-10-19');
  });
});
