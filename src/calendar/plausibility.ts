/**
 * Whether a year's arrangement looks like a published State Council notice rather than a thin or
 * half-typed one (only 01-01, weekends only …). A thin year would be accepted as "no holidays"
 * and every deadline over Spring Festival would be computed a week early.
 */
import { getSolarDateFromLunar, getSolarTermDate } from 'chinese-days';
import { DomainError } from '../common/domain-error';
import type { YearArrangement } from './working-day-calendar';

/** The statutory festivals (法定节假日) and the date each falls on in `year`. */
export function statutoryFestivals(year: number): { name: string; date: string }[] {
  const lunar = (monthDay: string) => getSolarDateFromLunar(`${year}-${monthDay}`).date;
  return [
    { name: '元旦', date: `${year}-01-01` },
    { name: '春节', date: lunar('01-01') },
    { name: '清明节', date: getSolarTermDate(year, 4, 'pure_brightness') },
    { name: '劳动节', date: `${year}-05-01` },
    { name: '端午节', date: lunar('05-05') },
    { name: '中秋节', date: lunar('08-15') },
    { name: '国庆节', date: `${year}-10-01` },
  ];
}

/** 422: the arrangement is well-formed but cannot be a whole year's notice. */
export class ImplausibleArrangementError extends DomainError {
  constructor(message: string) {
    super(422, message);
  }
}

/**
 * Every statutory festival's own day must be off (the notice always gives the festival day
 * itself); returns a Chinese message naming the missing ones, or null. Run after
 * findArrangementProblem, which checks the dates and that make-up days are weekends.
 */
export function findImplausibility(a: YearArrangement): string | null {
  const daysOff = new Set(a.daysOff);
  const missing = statutoryFestivals(a.year).filter((f) => !daysOff.has(f.date));
  if (!missing.length) return null;
  const list = missing.map((f) => `${f.name}（${f.date}）`).join('、');
  return `${a.year}年的放假安排不完整，缺少以下法定节日的放假日期：${list}。请按国务院办公厅当年的放假通知载入全年安排。`;
}
