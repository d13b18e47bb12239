import { readFileSync } from 'fs';
import { join } from 'path';
import type { CatalogueFile, CatalogueItem, CatalogueTemplate, CatalogueWorkPoint } from '../../../src/catalog/catalogue.types';
import { SCHEDULE_RULE_KINDS, type Amount, type EventRule } from '../../../src/catalog/schedule-rule';

/**
 * Integrity of seeds/catalogue/catalogue.json. Expected facts (sections, role codes, settings and their
 * defaults, statutory time limits) are transcribed from ../shared/domain/work-points.md, not read back
 * from the catalogue. `validateCatalogue` returns every problem it finds; the "validator" block breaks a
 * copy of the catalogue on purpose to prove each rule can fail.
 */

const CATALOGUE_PATH = join(__dirname, '..', '..', '..', 'seeds', 'catalogue', 'catalogue.json');
const loadCatalogue = (): CatalogueFile => JSON.parse(readFileSync(CATALOGUE_PATH, 'utf8')) as CatalogueFile;
const catalogue = loadCatalogue();

/** Registrar code: any bureau department, never a school. */
const ANY_BUREAU = 'bureau';
/** Special lead code: every school. Not a department role. */
const SCHOOLS = 'schools';
/** Declared in settings but applied by the app, not referenced by an item (暂行/试行 validity, 执法证 notice lead times, 双随机 coverage years). */
const SETTINGS_UNREFERENCED_BY_DESIGN = ['provisionalDocValidityYears', 'certificateNoticeDaysFirst', 'certificateNoticeDaysSecond', 'inspectionCoverageYears'];

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const CAMEL = /^[a-z][A-Za-z0-9]*$/;
const ADJUSTS = ['none', 'previous', 'next'];
const OFFSET_UNITS = ['days', 'workingDays', 'months', 'years'];
const ITEM_KEYS = new Set([
  'key',
  'title',
  'description',
  'basis',
  'evidenceHint',
  'lead',
  'support',
  'schedule',
  'target',
  'supportTarget',
  'review',
  'reviewerRole',
  'gates',
  'whenAnchorSet',
  'onlyIf',
  'earliest',
  'extension',
  'officers',
]);
const RULE_KEYS: Record<string, string[]> = {
  yearly: ['kind', 'monthDay', 'adjust'],
  beforeDate: ['kind', 'monthDay'],
  quarterly: ['kind', 'day', 'monthOfQuarter', 'adjust'],
  halfYearly: ['kind', 'day', 'monthOfHalf', 'adjust'],
  monthly: ['kind', 'day', 'adjust'],
  weekdayOfMonth: ['kind', 'month', 'weekday', 'nth'],
  fixedDate: ['kind', 'date', 'adjust'],
  event: ['kind', 'anchor', 'steps', 'adjust'],
};

const nonEmpty = (v: unknown): boolean => typeof v === 'string' && v.trim().length > 0;
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]; // 02-29 is not a valid yearly date

function validMonthDay(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  const m = /^(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const month = Number(m[1]);
  const day = Number(m[2]);
  return month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1];
}

function validIsoDate(v: unknown): boolean {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const t = Date.parse(`${v}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === v;
}

function unknownKeys(obj: object, allowed: Iterable<string>): string[] {
  const ok = new Set(allowed);
  return Object.keys(obj).filter((k) => !ok.has(k));
}

/** Every problem in the catalogue, as readable strings; empty when the catalogue is sound. */
function validateCatalogue(file: CatalogueFile): string[] {
  const problems: string[] = [];
  const p = (where: string, what: string) => problems.push(`${where}: ${what}`);

  const extraTop = unknownKeys(file, ['version', 'workPoints', 'departmentRoles', 'settings']);
  if (extraTop.length) p('file', `unknown keys ${extraTop.join(', ')}`);
  if (!isInt(file.version) || file.version < 1) p('file', 'version must be a positive integer');

  // department roles
  const roles = new Set<string>();
  for (const r of file.departmentRoles ?? []) {
    if (!nonEmpty(r.code) || !KEBAB.test(r.code)) p('departmentRoles', `bad code ${JSON.stringify(r.code)}`);
    if (r.code === SCHOOLS) p('departmentRoles', '`schools` is a special lead code and must not be listed');
    if (roles.has(r.code)) p('departmentRoles', `duplicate code ${r.code}`);
    if (!nonEmpty(r.name)) p('departmentRoles', `${r.code} has no name`);
    roles.add(r.code);
  }
  const leadCodes = new Set([...roles, SCHOOLS]);

  // settings
  const settings = new Set<string>();
  for (const s of file.settings ?? []) {
    if (!nonEmpty(s.key) || !CAMEL.test(s.key)) p('settings', `bad key ${JSON.stringify(s.key)}`);
    if (settings.has(s.key)) p('settings', `duplicate key ${s.key}`);
    if (!nonEmpty(s.label)) p(`settings.${s.key}`, 'no label');
    if (!nonEmpty(s.unit)) p(`settings.${s.key}`, 'no unit');
    if (typeof s.value !== 'number' || !Number.isFinite(s.value) || s.value <= 0) {
      p(`settings.${s.key}`, `value must be a positive number, got ${JSON.stringify(s.value)}`);
    }
    settings.add(s.key);
  }
  const referencedSettings = new Set<string>();
  const checkAmount = (where: string, a: Amount | undefined, opts: { positive?: boolean } = {}) => {
    if (typeof a === 'number') {
      if (!Number.isFinite(a) || !Number.isInteger(a)) p(where, `amount must be an integer, got ${a}`);
      if (opts.positive && !(a > 0)) p(where, `amount must be positive, got ${a}`);
      return;
    }
    if (a && typeof a === 'object' && Object.keys(a).length === 1 && typeof a.setting === 'string') {
      referencedSettings.add(a.setting);
      if (!settings.has(a.setting)) p(where, `setting ${a.setting} is not declared in settings`);
      return;
    }
    p(where, `amount must be a number or { setting }, got ${JSON.stringify(a)}`);
  };

  // work points and templates
  const sections = new Set<string>();
  const wpKeys = new Set<string>();
  const templateKeys = new Set<string>();
  for (const wp of file.workPoints ?? []) {
    const wpWhere = `workPoint ${wp.key}`;
    if (!nonEmpty(wp.key) || !KEBAB.test(wp.key)) p(wpWhere, 'key must be kebab-case');
    if (wpKeys.has(wp.key)) p(wpWhere, 'duplicate work point key');
    wpKeys.add(wp.key);
    if (!nonEmpty(wp.name)) p(wpWhere, 'no name');
    if (!nonEmpty(wp.description)) p(wpWhere, 'no description');
    if (!/^2\.([1-9]|10)$/.test(wp.section)) p(wpWhere, `section ${JSON.stringify(wp.section)} is not 2.1–2.10`);
    if (sections.has(wp.section)) p(wpWhere, `section ${wp.section} used twice`);
    sections.add(wp.section);
    const annualCount = (wp.templates ?? []).filter((t) => t.kind === 'annual').length;
    if (annualCount !== 1) p(wpWhere, `must have exactly one annual template, has ${annualCount}`);

    for (const t of wp.templates ?? []) {
      const tWhere = `template ${t.key}`;
      if (!nonEmpty(t.key) || !KEBAB.test(t.key)) p(tWhere, 'key must be kebab-case');
      if (templateKeys.has(t.key)) p(tWhere, 'duplicate template key in catalogue');
      templateKeys.add(t.key);
      if (!nonEmpty(t.name)) p(tWhere, 'no name');
      if (!nonEmpty(t.description)) p(tWhere, 'no description');
      if (t.kind !== 'annual' && t.kind !== 'event') p(tWhere, `unknown kind ${JSON.stringify(t.kind)}`);
      if (!Array.isArray(t.items) || t.items.length === 0) p(tWhere, 'has no items');

      const anchors = new Map<string, boolean>();
      if (t.kind === 'annual' && t.anchors && t.anchors.length > 0) p(tWhere, 'annual templates have no anchors');
      if (t.kind === 'event') {
        if (!t.anchors || t.anchors.length === 0) p(tWhere, 'event template declares no anchors');
        for (const a of t.anchors ?? []) {
          if (!nonEmpty(a.key) || !CAMEL.test(a.key)) p(tWhere, `bad anchor key ${JSON.stringify(a.key)}`);
          if (anchors.has(a.key)) p(tWhere, `duplicate anchor ${a.key}`);
          if (!nonEmpty(a.label)) p(tWhere, `anchor ${a.key} has no label`);
          if (typeof a.required !== 'boolean') p(tWhere, `anchor ${a.key}: required must be boolean`);
          anchors.set(a.key, a.required === true);
        }
        if (![...anchors.values()].some(Boolean)) p(tWhere, 'event template needs at least one required anchor');
        // No registrars: a register opens its cases and names, per case, the department playing `registrarActsAs`.
        if (!t.registrars?.length && !t.registrarActsAs) p(tWhere, 'event template names no registrars (nor a role a register fills per case)');
        for (const code of t.registrars ?? []) if (code !== ANY_BUREAU && !roles.has(code)) p(tWhere, `registrar ${code} is not a department role`);
        const perCase = !t.registrars?.length;
        if (t.registrarActsAs !== undefined && perCase === roles.has(t.registrarActsAs)) {
          p(
            tWhere,
            `registrarActsAs ${t.registrarActsAs} ${perCase ? 'of a register-opened template must not be a department role' : 'is not a department role'}`,
          );
        }
      } else if (t.registrars || t.registrarActsAs) p(tWhere, 'annual templates have no registrars');

      const itemKeys = new Set<string>();
      for (const item of t.items ?? []) {
        const w = `${t.key}/${item.key}`;
        const extra = unknownKeys(item, ITEM_KEYS);
        if (extra.length) p(w, `unknown keys ${extra.join(', ')}`);
        if (!nonEmpty(item.key) || !KEBAB.test(item.key)) p(w, 'key must be kebab-case');
        if (itemKeys.has(item.key)) p(w, 'duplicate item key in template');
        itemKeys.add(item.key);
        for (const field of ['title', 'description', 'basis', 'evidenceHint'] as const) {
          if (!nonEmpty(item[field])) p(w, `empty ${field}`);
        }
        const registerRole = t.kind === 'event' && !t.registrars?.length ? t.registrarActsAs : undefined;
        if (!leadCodes.has(item.lead) && item.lead !== registerRole) p(w, `lead ${JSON.stringify(item.lead)} is not a department role or schools`);
        if (item.support !== undefined) {
          if (!Array.isArray(item.support) || item.support.length === 0) p(w, 'support must be a non-empty array');
          else {
            if (new Set(item.support).size !== item.support.length) p(w, 'duplicate support code');
            for (const s of item.support) if (!roles.has(s)) p(w, `support ${JSON.stringify(s)} is not a department role`);
            if (item.support.includes(item.lead)) p(w, 'lead repeated in support');
          }
        }
        if (item.review !== undefined && typeof item.review !== 'boolean') p(w, 'review must be boolean');
        if (item.reviewerRole !== undefined) {
          if (!roles.has(item.reviewerRole)) p(w, `reviewerRole ${item.reviewerRole} is not a department role`);
          if (item.review !== true) p(w, 'reviewerRole without review: true');
        }
        if (item.target !== undefined) {
          checkAmount(`${w} target`, item.target.count, { positive: true });
          if (!nonEmpty(item.target.unit)) p(w, 'target has no unit');
          const kind = item.target.kind ?? 'count';
          // A percentage counted as activities was the bug of issue 11: '%' units need a rate kind.
          if (item.target.unit.startsWith('%') !== (kind !== 'count')) p(w, `target unit ${item.target.unit} does not fit kind ${kind}`);
          if (kind === 'percent' && !(nonEmpty(item.target.numeratorLabel) && nonEmpty(item.target.denominatorLabel)))
            p(w, 'percent target without its labels');
          if (kind === 'perSchool' && item.lead !== 'schools') p(w, 'perSchool target on an item not led by schools');
        }
        if (item.supportTarget !== undefined && (item.target === undefined || !item.support?.length))
          p(w, 'supportTarget without a target and supporting roles');

        // schedule
        const rule = item.schedule as unknown as Record<string, unknown> | undefined;
        const kind = rule?.kind as string | undefined;
        if (!rule || !kind || !(SCHEDULE_RULE_KINDS as readonly string[]).includes(kind)) {
          p(w, `schedule kind ${JSON.stringify(kind)} is not one of SCHEDULE_RULE_KINDS`);
        } else {
          const extraRule = unknownKeys(rule, RULE_KEYS[kind] ?? ['kind']);
          if (extraRule.length) p(w, `schedule has unknown keys ${extraRule.join(', ')}`);
          if ('adjust' in rule && !ADJUSTS.includes(rule.adjust as string)) p(w, `bad adjust ${JSON.stringify(rule.adjust)}`);
          switch (kind) {
            case 'yearly':
            case 'beforeDate':
              if (!validMonthDay(rule.monthDay)) p(w, `invalid monthDay ${JSON.stringify(rule.monthDay)}`);
              break;
            case 'quarterly':
              if (!isInt(rule.day) || rule.day < 1 || rule.day > 31) p(w, 'quarterly day must be 1–31');
              if (rule.monthOfQuarter !== undefined && ![1, 2, 3].includes(rule.monthOfQuarter as number)) p(w, 'monthOfQuarter must be 1–3');
              break;
            case 'halfYearly':
              if (!isInt(rule.day) || rule.day < 1 || rule.day > 31) p(w, 'halfYearly day must be 1–31');
              if (rule.monthOfHalf !== undefined && ![1, 2, 3, 4, 5, 6].includes(rule.monthOfHalf as number)) p(w, 'monthOfHalf must be 1–6');
              break;
            case 'monthly':
              if (!isInt(rule.day) || rule.day < 1 || rule.day > 31) p(w, 'monthly day must be 1–31');
              break;
            case 'weekdayOfMonth':
              if (!isInt(rule.month) || rule.month < 1 || rule.month > 12) p(w, 'weekdayOfMonth month must be 1–12');
              if (!isInt(rule.weekday) || rule.weekday < 1 || rule.weekday > 7) p(w, 'weekday must be 1–7');
              if (!isInt(rule.nth) || !(rule.nth === -1 || (rule.nth >= 1 && rule.nth <= 5))) p(w, 'nth must be 1–5 or -1');
              break;
            case 'fixedDate':
              if (!validIsoDate(rule.date)) p(w, `invalid date ${JSON.stringify(rule.date)}`);
              break;
            case 'event': {
              const ev = rule as unknown as EventRule;
              if (!anchors.has(ev.anchor)) p(w, `event anchor ${JSON.stringify(ev.anchor)} is not declared by the template`);
              if (!Array.isArray(ev.steps) || ev.steps.length === 0) p(w, 'event rule has no steps');
              (ev.steps ?? []).forEach((step, i) => {
                const extraStep = unknownKeys(step, ['amount', 'unit', 'before']);
                if (extraStep.length) p(w, `step ${i} has unknown keys ${extraStep.join(', ')}`);
                if (!OFFSET_UNITS.includes(step.unit)) p(w, `step ${i} has unknown unit ${JSON.stringify(step.unit)}`);
                if (step.before !== undefined && typeof step.before !== 'boolean') p(w, `step ${i}: before must be boolean`);
                checkAmount(`${w} step ${i}`, step.amount);
              });
              break;
            }
          }
          if (t.kind === 'annual' && kind === 'event') p(w, 'annual template item uses an event rule');
          if (t.kind === 'event' && kind !== 'event') p(w, `event template item uses a ${kind} rule`);
        }

        // whenAnchorSet <=> the rule's anchor is optional
        if (item.whenAnchorSet !== undefined && typeof item.whenAnchorSet !== 'boolean') p(w, 'whenAnchorSet must be boolean');
        if (t.kind === 'annual' && item.whenAnchorSet) p(w, 'whenAnchorSet on an annual item');
        if (t.kind === 'event' && kind === 'event') {
          const anchor = (rule as unknown as EventRule).anchor;
          const required = anchors.get(anchor);
          // A step governed by a registration option (法制审核 of a 重大 case) exists from registration, undated.
          if (required === false && item.whenAnchorSet !== true && !item.onlyIf) p(w, `anchored on optional ${anchor} but not whenAnchorSet`);
          if (required === true && item.whenAnchorSet === true) p(w, `whenAnchorSet but anchored on required ${anchor}`);
        }
      }

      // gates: same template, no self, no duplicates, no cycles
      const byKey = new Map<string, CatalogueItem>((t.items ?? []).map((i) => [i.key, i]));
      for (const item of t.items ?? []) {
        const gates = item.gates;
        if (gates === undefined) continue;
        const w = `${t.key}/${item.key}`;
        if (!Array.isArray(gates) || gates.length === 0) {
          p(w, 'gates must be a non-empty array');
          continue;
        }
        if (new Set(gates).size !== gates.length) p(w, 'duplicate gate');
        for (const g of gates) {
          if (g === item.key) p(w, 'gates itself');
          else if (!byKey.has(g)) p(w, `gate ${JSON.stringify(g)} is not an item of template ${t.key}`);
        }
      }
      const cycle = findGateCycle(t);
      if (cycle) p(tWhere, `gate cycle ${cycle.join(' -> ')}`);
    }
  }

  for (const s of settings) {
    const byDesign = SETTINGS_UNREFERENCED_BY_DESIGN.includes(s);
    if (!referencedSettings.has(s) && !byDesign) p(`settings.${s}`, 'declared but never referenced');
  }
  return problems;
}

/** A cycle in the gate graph of one template (as a key path), or null. */
function findGateCycle(t: CatalogueTemplate): string[] | null {
  const gatesOf = new Map((t.items ?? []).map((i) => [i.key, i.gates ?? []]));
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];
  const visit = (k: string): string[] | null => {
    if (state.get(k) === 'done' || !gatesOf.has(k)) return null;
    if (state.get(k) === 'visiting') return [...path.slice(path.indexOf(k)), k];
    state.set(k, 'visiting');
    path.push(k);
    for (const g of gatesOf.get(k)!) {
      const found = visit(g);
      if (found) return found;
    }
    path.pop();
    state.set(k, 'done');
    return null;
  };
  for (const k of gatesOf.keys()) {
    const found = visit(k);
    if (found) return found;
  }
  return null;
}

// ----------------------------------------------------------------------------- helpers

const allTemplates = (): { wp: CatalogueWorkPoint; t: CatalogueTemplate }[] => catalogue.workPoints.flatMap((wp) => wp.templates.map((t) => ({ wp, t })));
const template = (key: string): CatalogueTemplate => {
  const found = allTemplates().find(({ t }) => t.key === key);
  if (!found) throw new Error(`template ${key} not found`);
  return found.t;
};
const item = (templateKey: string, itemKey: string): CatalogueItem => {
  const found = template(templateKey).items.find((i) => i.key === itemKey);
  if (!found) throw new Error(`item ${templateKey}/${itemKey} not found`);
  return found;
};
const allItems = (): { t: CatalogueTemplate; item: CatalogueItem }[] => allTemplates().flatMap(({ t }) => t.items.map((i) => ({ t, item: i })));
const clone = (): CatalogueFile => structuredClone(catalogue);

// ----------------------------------------------------------------------------- the catalogue

describe('seeds/catalogue/catalogue.json', () => {
  it('is version 3 and passes every integrity rule', () => {
    expect(catalogue.version).toBe(3);
    expect(validateCatalogue(catalogue)).toEqual([]);
  });

  it('names who registers each kind of case (issue 11): enforcing departments, bureau departments, 信访办', () => {
    const registrars = Object.fromEntries(
      catalogue.workPoints.flatMap((wp) => wp.templates.filter((t) => t.kind === 'event').map((t) => [t.key, [t.registrars, t.registrarActsAs ?? null]])),
    );
    const enforcing = ['private', 'approval', 'legal'];
    expect(registrars).toEqual({
      'major-decision': [[ANY_BUREAU], null],
      'normative-document': [[ANY_BUREAU], null],
      // Opened by the register itself for documents without a case; 政策法规股 may open one by hand.
      'normative-document-evaluation': [['legal'], null],
      'legal-adviser-review': [[ANY_BUREAU], null],
      'enforcement-case': [enforcing, 'private'],
      'permit-decision': [enforcing, 'approval'],
      'enforcement-other-decision': [enforcing, null],
      'enforcement-certificate': [enforcing, null],
      'random-inspection': [enforcing, null],
      petition: [['petition'], null],
      'reconsideration-reply': [['legal'], null],
      'litigation-response': [['legal'], null],
      'permit-handling': [['approval'], null],
      // Opened by the 整改台账 for the finding's department, never registered as a case.
      'finding-rectification': [[], 'finding-owner'],
    });
  });

  it('has the ten work points of brief §2.1–§2.10, in order, with their Chinese names', () => {
    const expected: [string, string][] = [
      ['2.1', '组织领导'],
      ['2.2', '学法用法'],
      ['2.3', '重大行政决策'],
      ['2.4', '规范性文件'],
      ['2.5', '法律顾问'],
      ['2.6', '行政执法三项制度'],
      ['2.7', '双随机、一公开'],
      ['2.8', '权责清单与政务服务'],
      ['2.9', '监督与化解'],
      ['2.10', '普法与依法治校'],
    ];
    expect(catalogue.workPoints.map((wp) => [wp.section, wp.name])).toEqual(expected);
  });

  it('declares the department roles of the brief', () => {
    const expected: Record<string, string> = {
      office: '局办公室',
      legal: '政策法规股',
      safety: '安全管理股',
      education: '教育股',
      personnel: '人事股',
      finance: '计划财务股',
      private: '民办教育股',
      approval: '行政审批股',
      supervision: '督导室',
      research: '教研室',
      petition: '信访办',
      party: '党建办',
    };
    const actual = Object.fromEntries(catalogue.departmentRoles.map((r) => [r.code, r.name]));
    expect(actual).toMatchObject(expected);
    expect(actual).not.toHaveProperty(SCHOOLS);
  });

  it('declares the local numbers as settings with the brief defaults', () => {
    const expected: Record<string, [number, string]> = {
      normativeDocFilingDays: [30, '天'],
      normativeDocValidityYears: [5, '年'],
      provisionalDocValidityYears: [2, '年'],
      normativeDocAssessmentMonthsBefore: [6, '个月'],
      legalReviewWorkingDays: [7, '个工作日'],
      majorDecisionLegalReviewWorkingDays: [7, '个工作日'],
      majorDecisionCommentDays: [30, '天'],
      leadershipStudySessions: [2, '次'],
      preMeetingStudySessions: [8, '次'],
      courtHearingAttendance: [1, '次'],
      constitutionStudySessions: [2, '次'],
      partyGroupRuleOfLawReports: [2, '次'],
      enforcementCertificateValidityYears: [5, '年'],
      inspectionRatioPercent: [5, '%'],
      inspectionRoundsPerYear: [2, '次'],
      lawClassPeriodsPerYear: [4, '课时'],
      lawPracticePeriodsPerYear: [2, '课时'],
      teacherLawTrainingPeriods: [5, '课时'],
    };
    const actual = Object.fromEntries(catalogue.settings.map((s) => [s.key, [s.value, s.unit]]));
    expect(actual).toMatchObject(expected);
    for (const s of catalogue.settings) expect(s.label).toMatch(/\p{Script=Han}/u);
  });

  it('has the six per-case event templates under the right work points', () => {
    const expected: Record<string, string> = {
      'normative-document': '2.4',
      'major-decision': '2.3',
      'enforcement-case': '2.6',
      'random-inspection': '2.7',
      petition: '2.9',
      'legal-adviser-review': '2.5',
    };
    for (const [key, section] of Object.entries(expected)) {
      const found = allTemplates().find(({ t }) => t.key === key);
      expect(found).toBeDefined();
      expect(found!.t.kind).toBe('event');
      expect(found!.wp.section).toBe(section);
    }
  });

  it('schedules the annual rule-of-law report before 03-01 (submit) and before 04-01 (publish)', () => {
    const rules = allItems().map(({ item: i }) => i.schedule);
    expect(rules).toContainEqual({ kind: 'beforeDate', monthDay: '03-01' });
    const submit = allItems().find(({ item: i }) => i.schedule.kind === 'beforeDate' && i.schedule.monthDay === '03-01')!.item;
    expect(submit.review).toBe(true);
    expect(item('organisation-leadership-annual', 'annual-report-publish').schedule).toEqual({
      kind: 'beforeDate',
      monthDay: '04-01',
    });
    expect(item('organisation-leadership-annual', 'annual-report-publish').gates).toContain(submit.key);
  });

  it('uses the fixed dates of the brief', () => {
    const yearlyDates = allItems()
      .map(({ item: i }) => i.schedule)
      .filter((r) => r.kind === 'yearly')
      .map((r) => (r.kind === 'yearly' ? r.monthDay : ''));
    for (const md of ['01-31', '12-04', '04-15', '06-26', '11-09', '05-31', '02-28', '09-30', '10-31', '06-30']) {
      expect(yearlyDates).toContain(md);
    }
    expect(item('powers-services-annual', 'gov-info-annual-report').schedule).toEqual({
      kind: 'yearly',
      monthDay: '01-31',
      adjust: 'none',
    });
    expect(item('law-education-annual', 'constitution-week').schedule).toMatchObject({ kind: 'yearly', monthDay: '12-04' });
    // last Monday of March
    expect(item('law-education-annual', 'safety-education-day').schedule).toEqual({
      kind: 'weekdayOfMonth',
      month: 3,
      weekday: 1,
      nth: -1,
    });
  });

  it('refers to the bureau settings for the counts the brief marks local', () => {
    const kind = (t: string, i: string) => item(t, i).target?.kind ?? 'count';
    for (const i of ['staff-law-exam', 'deputies-proposals', 'hotline-12345'])
      expect(kind(i === 'staff-law-exam' ? 'law-study-annual' : 'oversight-annual', i)).toBe('percent');
    for (const i of ['inspection-ratio', 'private-school-annual-inspection']) expect(kind('random-inspection-annual', i)).toBe('percent');
    for (const i of ['school-charter', 'vice-principal-coverage']) expect(kind('law-education-annual', i)).toBe('perSchool');
    expect(kind('legal-adviser-annual', 'school-advisers')).toBe('perSchool');
    expect(kind('law-education-annual', 'law-class-periods')).toBe('count');
    const targetSetting = (t: string, i: string) => item(t, i).target?.count;
    expect(targetSetting('law-study-annual', 'leadership-special-study')).toEqual({ setting: 'leadershipStudySessions' });
    expect(targetSetting('law-study-annual', 'pre-meeting-study')).toEqual({ setting: 'preMeetingStudySessions' });
    expect(targetSetting('law-study-annual', 'court-hearing')).toEqual({ setting: 'courtHearingAttendance' });
    expect(targetSetting('law-education-annual', 'law-class-periods')).toEqual({ setting: 'lawClassPeriodsPerYear' });
    expect(targetSetting('random-inspection-annual', 'inspection-ratio')).toEqual({ setting: 'inspectionRatioPercent' });
  });

  it('assigns school-level items to every school', () => {
    for (const key of ['law-class-periods', 'law-practice-periods', 'teacher-law-training', 'vice-principal-coverage', 'school-charter']) {
      expect(item('law-education-annual', key).lead).toBe(SCHOOLS);
    }
  });

  describe('statutory time limits of the per-case templates', () => {
    it('enforcement case: decision within 90 days of filing, after legal review', () => {
      expect(item('enforcement-case', 'decision').schedule).toEqual({
        kind: 'event',
        anchor: 'filedOn',
        steps: [{ amount: 90, unit: 'days' }],
      });
      expect(item('enforcement-case', 'decision').gates).toContain('legal-review');
      expect(item('enforcement-case', 'legal-review')).toMatchObject({
        review: true,
        schedule: { kind: 'event', steps: [{ amount: { setting: 'legalReviewWorkingDays' }, unit: 'workingDays' }] },
      });
    });

    it('enforcement case: publicity 7 working days after the decision, withdrawal 3 working days after revocation', () => {
      expect(item('enforcement-case', 'publicity')).toMatchObject({
        whenAnchorSet: true,
        schedule: { kind: 'event', anchor: 'decidedOn', steps: [{ amount: 7, unit: 'workingDays' }] },
      });
      expect(item('enforcement-case', 'withdrawal')).toMatchObject({
        whenAnchorSet: true,
        schedule: { kind: 'event', anchor: 'revokedOn', steps: [{ amount: 3, unit: 'workingDays' }] },
      });
      expect(item('enforcement-other-decision', 'publicity').schedule).toMatchObject({
        steps: [{ amount: 20, unit: 'workingDays' }],
      });
    });

    it('normative document: filed within the setting after publication; deliberation only after legality review', () => {
      expect(item('normative-document', 'filing')).toMatchObject({
        whenAnchorSet: true,
        schedule: { kind: 'event', anchor: 'publishedOn', steps: [{ amount: { setting: 'normativeDocFilingDays' }, unit: 'days' }] },
      });
      expect(item('normative-document', 'collective-deliberation').gates).toContain('legality-review');
      expect(item('normative-document', 'publication-three-unified').gates).toContain('collective-deliberation');
      expect(item('normative-document', 'pre-expiry-assessment').schedule).toMatchObject({
        anchor: 'publishedOn',
        steps: [
          { amount: { setting: 'normativeDocValidityYears' }, unit: 'years' },
          { amount: { setting: 'normativeDocAssessmentMonthsBefore' }, unit: 'months', before: true },
        ],
      });
    });

    it('major decision: collective discussion gated on all four prior procedures; comment period ≥ setting', () => {
      expect([...(item('major-decision', 'collective-discussion').gates ?? [])].sort()).toEqual([
        'expert-argument',
        'legality-review',
        'public-participation',
        'risk-assessment',
      ]);
      expect(item('major-decision', 'public-participation').schedule).toMatchObject({
        anchor: 'initiatedOn',
        steps: [{ amount: { setting: 'majorDecisionCommentDays' }, unit: 'days' }],
      });
    });

    it('random inspection: results published 20 working days after the inspection ends; ≥ 2 inspectors', () => {
      expect(item('random-inspection', 'publish-results')).toMatchObject({
        whenAnchorSet: true,
        schedule: { kind: 'event', anchor: 'inspectionEndOn', steps: [{ amount: 20, unit: 'workingDays' }] },
      });
      expect(item('random-inspection', 'draw-inspectors').target?.count).toBe(2);
    });

    it('petition: written notice within 15 days, handled within 60 days, review within 30 days', () => {
      expect(item('petition', 'written-notice').schedule).toMatchObject({ anchor: 'receivedOn', steps: [{ amount: 15, unit: 'days' }] });
      expect(item('petition', 'handle').schedule).toMatchObject({ steps: [{ amount: 60, unit: 'days' }] });
      expect(item('petition', 'review-request')).toMatchObject({
        whenAnchorSet: true,
        schedule: { anchor: 'reviewRequestedOn', steps: [{ amount: 30, unit: 'days' }] },
      });
    });

    it('legal adviser review: the decision waits for the opinion', () => {
      expect(item('legal-adviser-review', 'decision-after-opinion').gates).toContain('adviser-opinion');
    });
  });
});

// ----------------------------------------------------------------------------- the validator can fail

describe('validateCatalogue rejects broken catalogues', () => {
  const problemsAfter = (mutate: (c: CatalogueFile) => void): string[] => {
    const c = clone();
    mutate(c);
    return validateCatalogue(c);
  };
  const firstItem = (c: CatalogueFile, templateKey: string) => c.workPoints.flatMap((wp) => wp.templates).find((t) => t.key === templateKey)!.items;

  it('a missing work point (duplicate section)', () => {
    expect(
      problemsAfter((c) => {
        c.workPoints[9].section = '2.9';
      }).join('\n'),
    ).toMatch(/section 2\.9 used twice/);
  });

  it('an unknown lead or support code', () => {
    expect(
      problemsAfter((c) => {
        c.workPoints[0].templates[0].items[0].lead = 'legl';
      }).join('\n'),
    ).toMatch(/lead "legl"/);
    expect(
      problemsAfter((c) => {
        c.workPoints[0].templates[0].items[0].support = ['schools'];
      }).join('\n'),
    ).toMatch(/support "schools"/);
  });

  it('an event template without registrars, an unknown registrar, registrars on an annual template', () => {
    const petition = (c: CatalogueFile) => c.workPoints.flatMap((wp) => wp.templates).find((t) => t.key === 'petition')!;
    expect(problemsAfter((c) => delete petition(c).registrars).join('\n')).toMatch(/petition: event template names no registrars/);
    expect(problemsAfter((c) => (petition(c).registrars = ['schools'])).join('\n')).toMatch(/registrar schools is not a department role/);
    expect(problemsAfter((c) => (petition(c).registrarActsAs = 'legl')).join('\n')).toMatch(/registrarActsAs legl/);
    expect(problemsAfter((c) => (c.workPoints[0].templates[0].registrars = ['legal'])).join('\n')).toMatch(/annual templates have no registrars/);
  });

  it('empty basis or evidence hint', () => {
    expect(
      problemsAfter((c) => {
        c.workPoints[1].templates[0].items[0].basis = ' ';
      }).join('\n'),
    ).toMatch(/empty basis/);
    expect(
      problemsAfter((c) => {
        c.workPoints[1].templates[0].items[0].evidenceHint = '';
      }).join('\n'),
    ).toMatch(/empty evidenceHint/);
  });

  it('an unknown schedule kind, an invalid month-day, a bad weekdayOfMonth', () => {
    expect(
      problemsAfter((c) => {
        (c.workPoints[0].templates[0].items[0].schedule as unknown as { kind: string }).kind = 'annually';
      }).join('\n'),
    ).toMatch(/not one of SCHEDULE_RULE_KINDS/);
    expect(
      problemsAfter((c) => {
        c.workPoints[0].templates[0].items[0].schedule = { kind: 'yearly', monthDay: '02-30' };
      }).join('\n'),
    ).toMatch(/invalid monthDay "02-30"/);
    expect(
      problemsAfter((c) => {
        c.workPoints[0].templates[0].items[0].schedule = { kind: 'weekdayOfMonth', month: 3, weekday: 0, nth: -1 };
      }).join('\n'),
    ).toMatch(/weekday must be 1–7/);
  });

  it('an event rule in an annual template and a calendar rule in an event template', () => {
    expect(
      problemsAfter((c) => {
        c.workPoints[0].templates[0].items[0].schedule = { kind: 'event', anchor: 'x', steps: [{ amount: 1, unit: 'days' }] };
      }).join('\n'),
    ).toMatch(/annual template item uses an event rule/);
    expect(
      problemsAfter((c) => {
        firstItem(c, 'petition')[0].schedule = { kind: 'yearly', monthDay: '01-31' };
      }).join('\n'),
    ).toMatch(/event template item uses a yearly rule/);
  });

  it('an undeclared anchor, an undeclared setting, a dead setting', () => {
    expect(
      problemsAfter((c) => {
        firstItem(c, 'enforcement-case')[0].schedule = { kind: 'event', anchor: 'openedOn', steps: [{ amount: 0, unit: 'days' }] };
      }).join('\n'),
    ).toMatch(/anchor "openedOn" is not declared/);
    expect(
      problemsAfter((c) => {
        firstItem(c, 'law-study-annual')[0].target = { count: { setting: 'studySessions' }, unit: '次' };
      }).join('\n'),
    ).toMatch(/setting studySessions is not declared/);
    expect(
      problemsAfter((c) => {
        c.settings.push({ key: 'unusedDays', label: '未使用', value: 3, unit: '天' });
      }).join('\n'),
    ).toMatch(/unusedDays: declared but never referenced/);
  });

  it('an optional anchor without whenAnchorSet', () => {
    expect(
      problemsAfter((c) => {
        delete firstItem(c, 'enforcement-case').find((i) => i.key === 'publicity')!.whenAnchorSet;
      }).join('\n'),
    ).toMatch(/anchored on optional decidedOn but not whenAnchorSet/);
  });

  it('a gate to another template, and a gate cycle', () => {
    expect(
      problemsAfter((c) => {
        firstItem(c, 'petition')[0].gates = ['decision'];
      }).join('\n'),
    ).toMatch(/gate "decision" is not an item of template petition/);
    expect(
      problemsAfter((c) => {
        const items = firstItem(c, 'normative-document');
        items.find((i) => i.key === 'pre-drafting-assessment')!.gates = ['filing'];
      }).join('\n'),
    ).toMatch(/gate cycle/);
  });

  it('duplicate template keys and duplicate item keys', () => {
    expect(
      problemsAfter((c) => {
        c.workPoints[1].templates[0].key = 'organisation-leadership-annual';
      }).join('\n'),
    ).toMatch(/duplicate template key/);
    expect(
      problemsAfter((c) => {
        const items = c.workPoints[0].templates[0].items;
        items[1].key = items[0].key;
      }).join('\n'),
    ).toMatch(/duplicate item key/);
  });

  it('a misspelt item field', () => {
    expect(
      problemsAfter((c) => {
        (c.workPoints[0].templates[0].items[0] as unknown as Record<string, unknown>).whenAnchorset = true;
      }).join('\n'),
    ).toMatch(/unknown keys whenAnchorset/);
  });
});
