import type { RegisterFigure } from './register-figures';

/**
 * What the annual report counts, per work point of the catalogue (by its keys). Each figure says
 * which records it counts:
 * - `activities`: activities logged on the tasks of an item (study sessions, meetings, exams);
 * - `cases`: the year's cases (event plans) of an event template;
 * - `done` / `onTime`: lead tasks of an item done, or done on or before their due date, with the
 *   item's lead tasks of the year as the total;
 * - `register`: entries of a register (规范性文件, 法律顾问, 执法证, 双随机, 整改台账), see RegisterFigures;
 * - `unavailable`: needs a register that does not exist yet, so no number is shown.
 */
export type FigureSource =
  | { kind: 'activities'; template: string; item: string }
  | { kind: 'cases'; template: string }
  | { kind: 'done' | 'onTime'; template: string; item: string }
  | { kind: 'register'; figure: RegisterFigure }
  | { kind: 'unavailable'; reason: string };

export interface FigureSpec {
  /** Unique within the work point; the figure's key is `<workPoint>.<name>`. */
  name: string;
  label: string;
  unit: string;
  source: FigureSource;
  /** The sentence of the Word draft, `N` standing for the value. */
  sentence: string;
}

export interface WorkPointSpec {
  workPoint: string;
  figures: FigureSpec[];
}

const activities = (template: string, item: string) => ({ kind: 'activities', template, item }) as const;
const cases = (template: string) => ({ kind: 'cases', template }) as const;
const done = (template: string, item: string) => ({ kind: 'done', template, item }) as const;
const onTime = (template: string, item: string) => ({ kind: 'onTime', template, item }) as const;
const register = (figure: RegisterFigure) => ({ kind: 'register', figure }) as const;
const unavailable = (register: string) => ({ kind: 'unavailable', reason: `需要${register}（尚未建立）` }) as const;

export const REPORT_SPECS: WorkPointSpec[] = [
  {
    workPoint: 'organisation-leadership',
    figures: [
      {
        name: 'party-group-reports',
        label: '党组会听取法治建设工作汇报',
        unit: '次',
        source: activities('organisation-leadership-annual', 'party-group-reports'),
        sentence: '党组会全年听取法治建设工作汇报N次',
      },
    ],
  },
  {
    workPoint: 'law-study',
    figures: [
      {
        name: 'leadership-study',
        label: '领导班子法治专题学习（集体学法）',
        unit: '次',
        source: activities('law-study-annual', 'leadership-special-study'),
        sentence: '全年共组织集体学法N次',
      },
      {
        name: 'pre-meeting-study',
        label: '党组会会前学法',
        unit: '次',
        source: activities('law-study-annual', 'pre-meeting-study'),
        sentence: '党组会会前学法N次',
      },
      {
        name: 'constitution-study',
        label: '宪法专题学习',
        unit: '次',
        source: activities('law-study-annual', 'constitution-study'),
        sentence: '开展宪法专题学习N次',
      },
      {
        name: 'court-hearing',
        label: '领导干部旁听庭审',
        unit: '次',
        source: activities('law-study-annual', 'court-hearing'),
        sentence: '组织领导干部旁听庭审N次',
      },
      {
        name: 'law-exams',
        label: '国家工作人员学法考试',
        unit: '场',
        source: activities('law-study-annual', 'staff-law-exam'),
        sentence: '组织国家工作人员学法考试N场',
      },
      {
        name: 'exam-participation',
        label: '学法考试参考率',
        unit: '%',
        source: unavailable('学法考试参考人员登记'),
        sentence: '',
      },
    ],
  },
  {
    workPoint: 'major-decisions',
    figures: [
      { name: 'decisions', label: '重大行政决策事项', unit: '件', source: cases('major-decision'), sentence: '全年作出重大行政决策N件' },
      {
        name: 'legality-reviewed',
        label: '经合法性审查的重大行政决策',
        unit: '件',
        source: done('major-decision', 'legality-review'),
        sentence: '其中经合法性审查N件',
      },
    ],
  },
  {
    workPoint: 'normative-documents',
    figures: [
      { name: 'documents', label: '制定行政规范性文件', unit: '件', source: cases('normative-document'), sentence: '全年制定行政规范性文件N件' },
      {
        name: 'legality-reviewed',
        label: '经合法性审核的规范性文件',
        unit: '件',
        source: done('normative-document', 'legality-review'),
        sentence: '经合法性审核N件',
      },
      {
        name: 'fair-competition',
        label: '公平竞争审查',
        unit: '件',
        source: done('normative-document', 'fair-competition-review'),
        sentence: '开展公平竞争审查N件',
      },
      { name: 'filed', label: '按时报送备案的规范性文件', unit: '件', source: onTime('normative-document', 'filing'), sentence: '按时报送备案N件' },
      {
        name: 'cleaned-up',
        label: '清理规范性文件（已提出清理意见）',
        unit: '件',
        source: register('documents.cleaned-up'),
        sentence: '清理规范性文件N件',
      },
    ],
  },
  {
    workPoint: 'legal-advisers',
    figures: [
      {
        name: 'reviews',
        label: '法律顾问审查',
        unit: '件',
        source: cases('legal-adviser-review'),
        sentence: '法律顾问全年出具审查意见N件',
      },
      {
        name: 'reviews-contract',
        label: '法律顾问审查：合同',
        unit: '件',
        source: register('advisers.contract'),
        sentence: '其中审查合同N件',
      },
      {
        name: 'reviews-decision',
        label: '法律顾问审查：重大决策',
        unit: '件',
        source: register('advisers.decision'),
        sentence: '重大决策N件',
      },
      {
        name: 'reviews-normative',
        label: '法律顾问审查：规范性文件',
        unit: '件',
        source: register('advisers.normative'),
        sentence: '规范性文件N件',
      },
      {
        name: 'reviews-litigation',
        label: '法律顾问审查：诉讼复议',
        unit: '件',
        source: register('advisers.litigation'),
        sentence: '诉讼复议N件',
      },
      {
        name: 'reviews-petition',
        label: '法律顾问审查：信访',
        unit: '件',
        source: register('advisers.petition'),
        sentence: '信访N件',
      },
      {
        name: 'reviews-other',
        label: '法律顾问审查：其他事项',
        unit: '件',
        source: register('advisers.other'),
        sentence: '其他事项N件',
      },
    ],
  },
  {
    workPoint: 'enforcement-three-systems',
    figures: [
      { name: 'penalty-cases', label: '行政处罚案件', unit: '件', source: cases('enforcement-case'), sentence: '全年办理行政处罚案件N件' },
      {
        name: 'penalty-publicity-on-time',
        label: '处罚决定按时公示',
        unit: '件',
        source: onTime('enforcement-case', 'publicity'),
        sentence: '处罚决定按时公示N件',
      },
      { name: 'permits', label: '行政许可决定', unit: '件', source: cases('permit-decision'), sentence: '作出行政许可决定N件' },
      { name: 'other-decisions', label: '其他行政执法决定', unit: '件', source: cases('enforcement-other-decision'), sentence: '作出其他行政执法决定N件' },
      {
        name: 'certificates',
        label: '持有有效行政执法证件人员（年末或今日）',
        unit: '人',
        source: register('certificates.valid'),
        sentence: 'N名执法人员持有效执法证件',
      },
    ],
  },
  {
    workPoint: 'double-random-inspections',
    figures: [
      { name: 'inspections', label: '双随机抽查', unit: '次', source: cases('random-inspection'), sentence: '全年开展“双随机、一公开”抽查N次' },
      {
        name: 'results-on-time',
        label: '抽查结果按时公示',
        unit: '次',
        source: onTime('random-inspection', 'publish-results'),
        sentence: '按时公示抽查结果N次',
      },
      { name: 'targets', label: '随机抽取检查对象', unit: '家', source: register('inspections.targets'), sentence: '随机抽取检查对象N家' },
      { name: 'inspected', label: '已登记检查结果的检查对象', unit: '家', source: register('inspections.inspected'), sentence: '完成检查N家' },
      { name: 'problems', label: '检查发现问题的检查对象', unit: '家', source: register('inspections.problems'), sentence: '发现问题N家' },
    ],
  },
  {
    workPoint: 'oversight-and-disputes',
    figures: [
      { name: 'petitions', label: '信访事项', unit: '件', source: cases('petition'), sentence: '全年受理信访事项N件' },
      { name: 'petitions-on-time', label: '信访事项按期办结', unit: '件', source: onTime('petition', 'handle'), sentence: '按期办结N件' },
      { name: 'reconsideration', label: '行政复议答复', unit: '件', source: cases('reconsideration-reply'), sentence: '办理行政复议答复N件' },
      { name: 'litigation', label: '行政诉讼应诉', unit: '件', source: cases('litigation-response'), sentence: '行政诉讼应诉N件' },
      { name: 'findings', label: '整改台账登记的问题', unit: '件', source: register('findings.recorded'), sentence: '整改台账登记问题N件' },
      { name: 'findings-closed', label: '整改完成并销号的问题', unit: '件', source: register('findings.closed'), sentence: '已整改销号N件' },
    ],
  },
];
