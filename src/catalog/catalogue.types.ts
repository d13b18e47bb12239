import type { Amount, DeadlineExtension, EarliestRule, ScheduleRule } from './schedule-rule';

/**
 * The shape of the rule-of-law catalogue files under `seeds/catalogue/` (JSON, reviewed like code).
 * A bureau maps department role codes (`legal`, `office`, …) to its own departments; the special
 * code `schools` assigns an item to every school.
 */
export interface CatalogueFile {
  /** Bumped whenever the catalogue content changes; loading a newer version updates templates. */
  version: number;
  workPoints: CatalogueWorkPoint[];
  /** Department role codes the catalogue uses, with the usual department name. */
  departmentRoles: { code: string; name: string }[];
  /** Bureau settings the catalogue refers to (`{ setting: key }`), with the brief's defaults. */
  settings: CatalogueSetting[];
}

export interface CatalogueSetting {
  key: string;
  label: string;
  value: number;
  unit: string;
}

export interface CatalogueWorkPoint {
  /** Stable key, e.g. `enforcement-three-systems`. */
  key: string;
  /** e.g. "行政执法三项制度". */
  name: string;
  /** Section of the brief, e.g. "2.6". */
  section: string;
  description: string;
  templates: CatalogueTemplate[];
}

export interface CatalogueTemplate {
  /** Stable key, unique in the catalogue, e.g. `normative-document`. */
  key: string;
  name: string;
  /** Event templates: role codes that may register a case; `bureau` = any bureau department (never schools). */
  registrars?: string[];
  /** Event templates: the role the registering department plays in its case (it leads that role's items). */
  registrarActsAs?: string;
  /** `annual`: instantiated in the yearly plan; `event`: once per case with its anchor dates. */
  kind: 'annual' | 'event';
  description?: string;
  /** Event templates: the dates a case supplies (publication date, decision date …). */
  anchors?: CatalogueAnchor[];
  /** Event templates: yes/no questions answered at registration; items may depend on them (`onlyIf`). */
  options?: CatalogueOption[];
  items: CatalogueItem[];
}

export interface CatalogueOption {
  /** e.g. `major`. */
  key: string;
  /** e.g. "是否重大执法决定". */
  label: string;
  hint?: string;
  /** Recorded on the steps that only apply when the answer is yes, when it is no (e.g. "非重大执法决定，依规定无需法制审核"). */
  skipNote?: string;
}

export interface CatalogueAnchor {
  key: string;
  label: string;
  /** Required anchors must be given when the case is created; others may be set later. */
  required: boolean;
  /** How deadlines name the date, e.g. "决定作出之日" (→ "决定作出之日起7个工作日内"); default: the label. */
  phrase?: string;
}

export interface CatalogueItem {
  /** Stable key, unique within its template. */
  key: string;
  title: string;
  description?: string;
  /** 依据: the rule that requires it. */
  basis: string;
  /** What the 台账 (evidence file) must hold. */
  evidenceHint?: string;
  /** Role code of the lead department (牵头), or `schools`. */
  lead: string;
  /** Role codes of supporting departments (配合). */
  support?: string[];
  schedule: ScheduleRule;
  /** e.g. "≥ 2 study sessions": completing below it needs an explanation. */
  target?: ItemTarget;
  /** Supporting tasks carry the target too (by default only the lead's tasks do). */
  supportTarget?: boolean;
  /** Completion is reviewed (by the `reviewerRole` department, default `legal`). */
  review?: boolean;
  reviewerRole?: string;
  /** Keys of items of the same template that must be done first. */
  gates?: string[];
  /**
   * Event items that apply only once an optional anchor is set (e.g. withdrawal "if revoked"):
   * their tasks are created when that anchor is given.
   */
  whenAnchorSet?: boolean;
  /** Option key: when the case answers it "no", the step is issued as 不适用 (e.g. 法制审核 of a non-重大 case). */
  onlyIf?: string;
  /** Minimum period: the earliest completion date, as an event rule (e.g. 征求意见 ≥ 30 days after it opened). */
  earliest?: EarliestRule;
  /** An extension (行政许可 延长十日): once `anchor` is set, the deadline moves on by `steps`. */
  extension?: DeadlineExtension;
  /** Enforcement steps: how many certified officers (valid 执法证) completing the step records, e.g. 2. */
  officers?: number;
}

/**
 * A target by kind (default `count`): `count` activities of `unit`; `percent` — `count` is the
 * percentage the department's numerator / denominator (with their labels) must reach;
 * `perSchool` — `count` is the coverage % across schools, each school's task has no target.
 */
export interface ItemTarget {
  kind?: 'count' | 'percent' | 'perSchool';
  count: Amount;
  unit: string;
  numeratorLabel?: string;
  denominatorLabel?: string;
}
