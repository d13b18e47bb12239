import { loadCatalogueFile } from '../../../src/catalog/catalogue-file';
import type { ScheduleRule } from '../../../src/catalog/schedule-rule';
import { minimumText } from '../../../src/plans/schedule/minimum-periods';
import { anchorPhrases, describeRule, extensionText } from '../../../src/plans/schedule/rule-wording';

const catalogue = loadCatalogueFile();
const settings = Object.fromEntries(catalogue.settings.map((s) => [s.key, s.value]));
const phrases = { decidedOn: '决定作出之日', filedOn: '立案之日', plannedOn: '计划抽查之日', publishedOn: '公布之日', meetingOn: '会议召开之日' };

describe('deadline wording', () => {
  it.each<[ScheduleRule, string]>([
    [{ kind: 'event', anchor: 'decidedOn', steps: [{ amount: 7, unit: 'workingDays' }] }, '决定作出之日起7个工作日内'],
    [{ kind: 'event', anchor: 'filedOn', steps: [{ amount: 90, unit: 'days' }] }, '立案之日起90日内'],
    [{ kind: 'event', anchor: 'plannedOn', steps: [{ amount: 0, unit: 'days' }], adjust: 'none' }, '计划抽查当日'],
    [{ kind: 'beforeDate', monthDay: '03-01' }, '每年3月1日前（遇节假日提前至最后一个工作日）'],
    [{ kind: 'yearly', monthDay: '12-31' }, '每年12月31日前'],
  ])('%j → %s', (rule, text) => {
    expect(describeRule(rule, settings, phrases)).toBe(text);
  });

  it('words a step chain in years and months as a day before the period ends', () => {
    const rule: ScheduleRule = {
      kind: 'event',
      anchor: 'publishedOn',
      steps: [
        { amount: 5, unit: 'years' },
        { amount: 6, unit: 'months', before: true },
      ],
      adjust: 'previous',
    };
    expect(describeRule(rule, settings, phrases)).toBe('公布之日起5年届满前6个月（遇节假日提前至前一个工作日）');
  });

  it('merges steps that go the same way in the same unit, and chains a forward period after another', () => {
    const before: ScheduleRule = {
      kind: 'event',
      anchor: 'meetingOn',
      steps: [
        { amount: 7, unit: 'workingDays', before: true },
        { amount: -1, unit: 'workingDays' },
      ],
    };
    expect(describeRule(before, settings, phrases)).toBe('会议召开之日前8个工作日');
    const chained: ScheduleRule = {
      kind: 'event',
      anchor: 'decidedOn',
      steps: [
        { amount: 20, unit: 'workingDays' },
        { amount: 30, unit: 'days' },
      ],
    };
    expect(describeRule(chained, settings, phrases)).toBe('决定作出之日起20个工作日届满后30日内');
  });

  it('falls back to the anchor label when the catalogue gives no phrase', () => {
    expect(
      anchorPhrases([
        { key: 'a', label: '受理日期', required: true },
        { key: 'b', label: '开庭日期', required: false, phrase: '开庭之日' },
      ]),
    ).toEqual({
      a: '受理日期',
      b: '开庭之日',
    });
  });

  it('words every rule, minimum and extension of the catalogue without a Latin letter', () => {
    const texts: string[] = [];
    for (const wp of catalogue.workPoints) {
      for (const template of wp.templates) {
        const words = anchorPhrases(template.anchors);
        for (const item of template.items) {
          const text = describeRule(item.schedule, settings, words) + extensionText(item.extension ?? null, settings);
          if (item.earliest) texts.push(`${template.key}/${item.key} earliest: ${minimumText(item.earliest, settings, words)}`);
          texts.push(`${template.key}/${item.key}: ${text}`);
        }
      }
    }
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.filter((t) => /[A-Za-z]/.test(t.slice(t.indexOf(':') + 1)))).toEqual([]);
  });
});
