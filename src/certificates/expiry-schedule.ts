import { addDays, daysBetween, yearOf } from '../common/dates';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';

/** A notice about one certificate's expiry: ahead by `lead` days, or `expired` once it has run out. */
export type ExpiryStage = { kind: 'ahead'; lead: number } | { kind: 'expired' };

/** Expired certificates are announced only this long after expiry (a fresh install does not announce old ones). */
export const EXPIRED_NOTICE_WINDOW_DAYS = 30;

/**
 * The day a notice `lead` days ahead of `expiresOn` is sent: the notice day itself, or the last
 * working day before it when it falls on a weekend or holiday (調休 included), so a notice is
 * never late. Years the calendar does not cover fall back to the notice day.
 */
export function announceDay(expiresOn: string, lead: number, calendar: WorkingDayCalendar): string {
  const noticeDay = addDays(expiresOn, -lead);
  return calendar.hasYear(yearOf(noticeDay)) ? calendar.previousWorkingDay(noticeDay, { inclusive: true }) : noticeDay;
}

/**
 * The one notice due for a certificate on `today`, or null: the latest stage whose day has come
 * (a missed run is caught up; an earlier stage overtaken by a later one is not sent any more).
 * Expiry is `expiresOn < today`: the certificate is valid through its expiry day.
 */
export function dueStage(expiresOn: string, today: string, leads: number[], calendar: WorkingDayCalendar): ExpiryStage | null {
  if (expiresOn < today) return daysBetween(expiresOn, today) <= EXPIRED_NOTICE_WINDOW_DAYS ? { kind: 'expired' } : null;
  const due = [...new Set(leads)]
    .filter((lead) => lead > 0)
    .sort((a, b) => a - b)
    .find((lead) => announceDay(expiresOn, lead, calendar) <= today);
  return due === undefined ? null : { kind: 'ahead', lead: due };
}

/** Stable per certificate, expiry date and stage: a renewed certificate (new expiry) is announced again. */
export function stageKey(certificateId: number, expiresOn: string, stage: ExpiryStage): string {
  return `cert-${certificateId}-${expiresOn}-${stage.kind === 'expired' ? 'expired' : `d${stage.lead}`}`;
}
