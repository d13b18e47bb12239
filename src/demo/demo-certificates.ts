import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../access/auth-user';
import { CertificatesService } from '../certificates/certificates.service';
import { addDays, addYears } from '../common/dates';

/** Holder (with their login, or none), the login of someone in their department, number suffix, issue date relative to today. */
const ENTRIES: { login?: string; name: string; department: string; no: string; issued: (today: string) => string; suspended?: string }[] = [
  { login: 'mbg', name: '郑民', department: 'mbg', no: '0012', issued: (t) => addYears(t, -3) },
  { login: 'fgg', name: '陈立法', department: 'fgg', no: '0007', issued: (t) => addYears(t, -2) },
  { login: 'spg', name: '冯审', department: 'spg', no: '0009', issued: (t) => addDays(addYears(t, -5), 60) },
  { login: 'fgg-staff', name: '赵敏', department: 'fgg', no: '0031', issued: (t) => addYears(t, -1) },
  { name: '王磊', department: 'mbg', no: '0015', issued: (t) => addDays(addYears(t, -5), -10) },
  { login: 'aqg', name: '刘安全', department: 'aqg', no: '0021', issued: (t) => addYears(t, -4), suspended: '年度执法考核不合格，暂扣待复训' },
];

/**
 * The demo's 执法证台账: six officers — valid, one expiring within 90 days, one expired, one
 * suspended — entered by 政策法规股. Returns two certificates valid all year, for the enforcement
 * steps the demo completes.
 */
@Injectable()
export class DemoCertificates {
  constructor(private readonly certificates: CertificatesService) {}

  async seed(today: string, people: Map<string, AuthUser>): Promise<number[]> {
    const keeper = people.get('fgg')!;
    const ids: number[] = [];
    for (const e of ENTRIES) {
      const created = await this.certificates.create(keeper, {
        holderName: e.name,
        holderUserId: e.login ? people.get(e.login)!.id : null,
        departmentId: people.get(e.department)!.departmentId!,
        certificateNo: `示执${e.issued(today).slice(0, 4)}${e.no}`,
        category: e.department === 'spg' ? '教育行政许可监管' : '教育行政执法',
        issuedOn: e.issued(today),
      });
      if (e.suspended) await this.certificates.changeStatus(keeper, created.id, { status: 'suspended', reason: e.suspended });
      ids.push(created.id);
    }
    return ids.slice(0, 2);
  }
}
