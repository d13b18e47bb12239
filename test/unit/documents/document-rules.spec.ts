import { effectiveStatus, expiryOf, filingDueOf, looksProvisional, validityYears } from '../../../src/documents/document-rules';
import { importDate } from '../../../src/documents/documents-import.service';

describe('normative document rules', () => {
  it('runs validity from 施行日期: the day before the anniversary is the last valid day', () => {
    expect(expiryOf('2026-03-01', 5)).toBe('2031-02-28');
    expect(expiryOf('2026-01-01', 5)).toBe('2030-12-31');
    expect(expiryOf('2025-04-02', 2)).toBe('2027-04-01');
  });

  it('ends a document effective on a leap day, or the day after, on 02-28', () => {
    expect(expiryOf('2024-02-29', 5)).toBe('2029-02-28');
    expect(expiryOf('2024-03-01', 5)).toBe('2029-02-28');
    expect(expiryOf('2024-02-29', 2)).toBe('2026-02-28');
    expect(expiryOf('2023-03-01', 5)).toBe('2028-02-29');
  });

  it('takes 2 years for 暂行/试行 documents and 5 otherwise, from the settings', () => {
    const settings = { normativeDocValidityYears: 5, provisionalDocValidityYears: 2 };
    expect(validityYears(looksProvisional('校外培训机构管理暂行办法'), settings)).toBe(2);
    expect(validityYears(looksProvisional('学籍管理试行办法'), settings)).toBe(2);
    expect(validityYears(looksProvisional('关于规范中小学校收费管理的通知'), settings)).toBe(5);
  });

  it('derives 已失效 only for an entry in force past its last valid day', () => {
    expect(effectiveStatus('in_force', '2026-09-29', '2026-09-29')).toBe('in_force');
    expect(effectiveStatus('in_force', '2026-09-28', '2026-09-29')).toBe('expired');
    expect(effectiveStatus('repealed', '2026-09-28', '2026-09-29')).toBe('repealed');
  });

  it('counts the 备案 deadline in calendar days from publication', () => {
    expect(filingDueOf('2026-02-20', 30)).toBe('2026-03-22');
  });

  it('reads the date forms people type into the import sheet', () => {
    expect(importDate('2024/3/1')).toBe('2024-03-01');
    expect(importDate('2024年3月1日')).toBe('2024-03-01');
    expect(importDate('Fri Mar 01 2024 08:00:00 GMT+0800 (China Standard Time)')).toBe('2024-03-01');
    expect(importDate('下月')).toBe('下月');
  });
});
