import { must } from './engine-fixtures';
import type { TestApp } from './test-app';

const made = new WeakMap<TestApp, Promise<number[]>>();

/**
 * Two certificates valid for years (registered once per app), for completing the enforcement
 * steps that need two certified officers (调查取证, 实施检查).
 */
export function twoCertifiedOfficers(t: TestApp, departmentId: number): Promise<number[]> {
  let ids = made.get(t);
  if (!ids) {
    const admin = t.as(t.adminToken);
    ids = Promise.all(
      ['甲', '乙'].map(async (n) => {
        const body = {
          holderName: `执法员${n}`,
          departmentId,
          certificateNo: `FIXTURE-${n}`,
          category: '教育行政执法',
          issuedOn: '2020-01-01',
          expiresOn: '2035-12-31',
        };
        return must<{ id: number }>(await admin.post('/certificates').send(body), 201, `certificate ${n}`).id;
      }),
    );
    made.set(t, ids);
  }
  return ids;
}
