import { addDays, addYears } from '../common/dates';
import type { DocumentStatus, StoredDocumentStatus } from './normative-document.entity';

export const STATUS_NAMES: Record<DocumentStatus, string> = { in_force: '现行有效', amended: '已修改', repealed: '已废止', expired: '已失效' };

/** 暂行/试行 in the title marks a provisional document. */
export function looksProvisional(title: string): boolean {
  return /暂行|试行/.test(title);
}

/**
 * The last valid day: validity runs from 施行日期 for `years` years and ends the day before the
 * anniversary (2026-03-01 + 5 y → 2031-02-28; 2023-03-01 + 5 y → 2028-02-29). A document effective
 * on 02-29 has its anniversary on 03-01 of a common year, so it lasts to 02-28.
 */
export function expiryOf(effectiveOn: string, years: number): string {
  let anniversary = addYears(effectiveOn, years);
  if (effectiveOn.endsWith('-02-29') && anniversary.endsWith('-02-28')) anniversary = addDays(anniversary, 1);
  return addDays(anniversary, -1);
}

/** 备案 deadline: publication plus the setting's calendar days. */
export function filingDueOf(publishedOn: string, days: number): string {
  return addDays(publishedOn, days);
}

/** 已失效 is derived: in force as stored, but past its last valid day. */
export function effectiveStatus(stored: StoredDocumentStatus, expiresOn: string, today: string): DocumentStatus {
  return stored === 'in_force' && expiresOn < today ? 'expired' : stored;
}

/** The validity setting that applies. */
export function validityYears(provisional: boolean, settings: Record<string, number>): number {
  return provisional ? settings.provisionalDocValidityYears : settings.normativeDocValidityYears;
}
