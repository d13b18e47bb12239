/** The register's pure rules: engagement status, a request's turnaround, the year's figures. */

export const REQUEST_KINDS = ['contract', 'decision', 'normative', 'litigation', 'petition', 'other'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];
export const REQUEST_KIND_NAMES: Record<RequestKind, string> = {
  contract: '合同',
  decision: '重大决策',
  normative: '规范性文件',
  litigation: '诉讼复议',
  petition: '信访',
  other: '其他',
};

export const OPINION_RESULTS = ['lawful', 'lawfulAfterChanges', 'unlawful', 'other'] as const;
export type OpinionResult = (typeof OPINION_RESULTS)[number];
export const OPINION_RESULT_NAMES: Record<OpinionResult, string> = {
  lawful: '合法',
  lawfulAfterChanges: '修改后合法',
  unlawful: '不合法',
  other: '其他意见',
};

export const ENGAGEMENT_STATUSES = ['pending', 'active', 'expired', 'dismissed'] as const;
export type EngagementStatus = (typeof ENGAGEMENT_STATUSES)[number];
export const ENGAGEMENT_STATUS_NAMES: Record<EngagementStatus, string> = { pending: '未开始', active: '有效', expired: '到期', dismissed: '解聘' };

/** 解聘 wins; otherwise the contract period against today decides (到期 the day after the end date). */
export function engagementStatus(e: { startOn: string; endOn: string; dismissedOn: string | null }, today: string): EngagementStatus {
  if (e.dismissedOn !== null && e.dismissedOn <= today) return 'dismissed';
  if (today < e.startOn) return 'pending';
  return today > e.endOn ? 'expired' : 'active';
}

const IN_FORCE = '(e.dismissed_on IS NULL OR e.dismissed_on > :today)';
/** {@link engagementStatus} as SQL over an engagement (alias `e`), today bound as `:today`. */
export const ENGAGEMENT_STATUS_SQL: Record<EngagementStatus, string> = {
  dismissed: `NOT ${IN_FORCE}`,
  pending: `${IN_FORCE} AND :today < e.start_on`,
  expired: `${IN_FORCE} AND e.start_on <= :today AND e.end_on < :today`,
  active: `${IN_FORCE} AND e.start_on <= :today AND e.end_on >= :today`,
};

/**
 * SQL: the engagement (alias `e`) covers `schoolId`, bound as `:<param>`. `school_ids` is a JSON
 * array of integers without spaces, so `,1,2,` contains `,<id>,`.
 */
export function coversSchool(schoolId: number, param: string): [string, Record<string, string>] {
  return [`',' || REPLACE(REPLACE(e.school_ids, '[', ''), ']', '') || ',' LIKE :${param}`, { [param]: `%,${schoolId},%` }];
}

export const TIMELINESS = ['onTime', 'late', 'pending', 'overdue'] as const;
export type Timeliness = (typeof TIMELINESS)[number];
export const TIMELINESS_NAMES: Record<Timeliness, string> = { onTime: '按时', late: '超时', pending: '审查中', overdue: '已超期' };

/** On time when the opinion came by the opinion step's due day; without an opinion, overdue once that day has passed. */
export function timeliness(opinionOn: string | null, dueOn: string | null, today: string): Timeliness {
  if (opinionOn !== null) return dueOn === null || opinionOn <= dueOn ? 'onTime' : 'late';
  return dueOn !== null && today > dueOn ? 'overdue' : 'pending';
}

/**
 * 1 when {@link timeliness} is late or overdue, else 0, as SQL over the opinion step (alias `s`,
 * left-joined: no step is pending), today bound as `:today`.
 */
export const LATE_SQL =
  "CASE WHEN s.status = 'done' AND s.done_on IS NOT NULL THEN (CASE WHEN s.due_on IS NOT NULL AND s.done_on > s.due_on THEN 1 ELSE 0 END) " +
  'WHEN s.due_on IS NOT NULL AND s.due_on < :today THEN 1 ELSE 0 END';

export interface FigureRow {
  kind: RequestKind;
  adviserId: number | null;
  timeliness: Timeliness;
  turnaround: number | null;
}

export interface Tally {
  total: number;
  onTime: number;
  late: number;
  pending: number;
  /** Mean working days from request to opinion over the requests answered, one decimal; null if none. */
  averageTurnaround: number | null;
}

export function tally(rows: FigureRow[]): Tally {
  const answered = rows.map((r) => r.turnaround).filter((n): n is number => n !== null);
  return {
    total: rows.length,
    onTime: rows.filter((r) => r.timeliness === 'onTime').length,
    late: rows.filter((r) => r.timeliness === 'late' || r.timeliness === 'overdue').length,
    pending: rows.filter((r) => r.timeliness === 'pending').length,
    averageTurnaround: answered.length ? Math.round((answered.reduce((a, b) => a + b, 0) / answered.length) * 10) / 10 : null,
  };
}

/** Rows grouped by a key, in first-seen order. */
export function groupBy<K>(rows: FigureRow[], key: (r: FigureRow) => K): Map<K, FigureRow[]> {
  const groups = new Map<K, FigureRow[]>();
  for (const r of rows) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  return groups;
}

/** A DTO's given fields only: class fields left out of the body are own `undefined` properties, which must not overwrite. */
export function given<T extends object>(dto: T): Partial<T> {
  return Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined)) as Partial<T>;
}
