import { addDays, addYears } from '../common/dates';
import type { DocumentStatus, StoredDocumentStatus } from './normative-document.entity';

export const STATUS_NAMES: Record<DocumentStatus, string> = { in_force: '现行有效', amended: '已修改', repealed: '已废止', expired: '已失效' };

/** 暂行/试行 in the title marks a provisional document. */
export function looksProvisional(title: string): boolean {
  return /暂行|试行/.test(title);
}

/**
 * The last valid day: validity runs from 施行日期 for `years` years, so the day before the
 * anniversary is the last one (2026-03-01 + 5 y → 2031-02-28). Computed as "the day before
 * 施行日期, `years` later": a document effective on 02-29 or 03-01 of a leap year lasts to 02-28.
 */
export function expiryOf(effectiveOn: string, years: number): string {
  return addYears(addDays(effectiveOn, -1), years);
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
