import type { Amount, ScheduleRule } from './schedule-rule';

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
  /** `annual`: instantiated in the yearly plan; `event`: once per case with its anchor dates. */
  kind: 'annual' | 'event';
  description?: string;
  /** Event templates: the dates a case supplies (publication date, decision date …). */
  anchors?: CatalogueAnchor[];
  items: CatalogueItem[];
}

export interface CatalogueAnchor {
  key: string;
  label: string;
  /** Required anchors must be given when the case is created; others may be set later. */
  required: boolean;
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
