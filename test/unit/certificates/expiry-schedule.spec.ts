import { builtinArrangement } from '../../../src/calendar/builtin-arrangements';
import { WorkingDayCalendar } from '../../../src/calendar/working-day-calendar';
import { announceDay, dueStage, stageKey } from '../../../src/certificates/expiry-schedule';
import { normaliseDate } from '../../../src/certificates/certificate-import.service';

const calendar = new WorkingDayCalendar([builtinArrangement(2026)!]);
const LEADS = [90, 30];

describe('certificate expiry notices: when each is due', () => {
  it('moves a notice day in the National Day holiday back to the last working day before it', () => {
    // 2027-01-01 − 90 days = 2026-10-03 (holiday 10-01…10-07) → Wednesday 2026-09-30.
    expect(announceDay('2027-01-01', 90, calendar)).toBe('2026-09-30');
    // A working notice day stays put; a Saturday moves to Friday.
    expect(announceDay('2027-01-01', 30, calendar)).toBe('2026-12-02');
    expect(announceDay('2026-12-05', 0, calendar)).toBe('2026-12-04');
  });

  it('counts a 调休 Saturday as a working day', () => {
    // 2026-10-10 (Saturday) is a make-up working day: a notice that day is sent that day.
    expect(announceDay('2026-11-09', 30, calendar)).toBe('2026-10-10');
  });

  it('falls back to the notice day for a year the calendar does not cover', () => {
    expect(announceDay('2031-01-05', 30, calendar)).toBe('2030-12-06');
  });

  it('is due from the announce day on, the latest stage only, and expired after the expiry day', () => {
    expect(dueStage('2027-01-01', '2026-09-29', LEADS, calendar)).toBeNull();
    expect(dueStage('2027-01-01', '2026-09-30', LEADS, calendar)).toEqual({ kind: 'ahead', lead: 90 });
    expect(dueStage('2027-01-01', '2026-10-08', LEADS, calendar)).toEqual({ kind: 'ahead', lead: 90 });
    expect(dueStage('2027-01-01', '2026-12-02', LEADS, calendar)).toEqual({ kind: 'ahead', lead: 30 });
    expect(dueStage('2027-01-01', '2027-01-01', LEADS, calendar)).toEqual({ kind: 'ahead', lead: 30 });
    expect(dueStage('2027-01-01', '2027-01-02', LEADS, calendar)).toEqual({ kind: 'expired' });
    expect(dueStage('2027-01-01', '2027-02-01', LEADS, calendar)).toBeNull();
  });

  it('keys a notice by certificate, expiry and stage', () => {
    expect(stageKey(7, '2027-01-01', { kind: 'ahead', lead: 90 })).toBe('cert-7-2027-01-01-d90');
    expect(stageKey(7, '2027-01-01', { kind: 'expired' })).toBe('cert-7-2027-01-01-expired');
  });

  it('reads the usual ways of writing a date in an import', () => {
    expect(['2025/1/10', '2025.01.10', '2025年1月10日', '2025-01-10'].map(normaliseDate)).toEqual(Array(4).fill('2025-01-10'));
    expect(normaliseDate('10/01/2025')).toBe('10/01/2025');
  });
});
