import { expectStatus } from './support/expectations';
import { createOrg, type Org, type PersonName } from './support/fixtures';
import { bootTestApp, type HttpMethod, type TestApp } from './support/test-app';

/**
 * Who may read and write what: each role × own/other department × read/write.
 *
 * One row per request; `expect` gives the status for every person of the standard org
 * (fixtures.createOrg): offices A and B, a leader supervising A, a head and a staff member in
 * each office, an adviser without a department. "own"/"other" is the department the request
 * touches, seen from the person (for headA/staffA office A is own, for headB/staffB it is other;
 * leaders, admins and the adviser have no own department and read per their role).
 *
 * Later features add rows here (tasks of A/B, evidence, plans …); keep one row per route × department.
 */
type Dept = 'A' | 'B' | null;
interface Row {
  route: string;
  access: 'read' | 'write';
  /** The department whose data the request touches (null: bureau-wide). */
  dept: Dept;
  method: HttpMethod;
  path: (o: Org, person: PersonName) => string;
  body?: (o: Org, person: PersonName) => object;
  expect: Record<PersonName, number>;
  /** Extra check on a 2xx answer (e.g. the list holds only the own department). */
  check?: (body: any, o: Org, person: PersonName) => void;
}

const ALL = (status: number): Record<PersonName, number> => ({
  admin: status,
  leader: status,
  headA: status,
  staffA: status,
  headB: status,
  staffB: status,
  adviser: status,
});
const ADMIN_ONLY = (ok: number): Record<PersonName, number> => ({ ...ALL(403), admin: ok });
let seq = 0;

const MATRIX: Row[] = [
  // ── people ───────────────────────────────────────────────────────────────────────────────
  {
    route: 'GET /users?departmentId=A',
    access: 'read',
    dept: 'A',
    method: 'get',
    path: (o) => `/users?departmentId=${o.departments.A}`,
    expect: { admin: 200, leader: 200, headA: 200, staffA: 200, headB: 403, staffB: 403, adviser: 403 },
    check: (body, o) => {
      expect(body.items.length).toBeGreaterThan(0);
      expect(new Set(body.items.map((u: { departmentId: number }) => u.departmentId))).toEqual(new Set([o.departments.A]));
    },
  },
  {
    route: 'GET /users?departmentId=B',
    access: 'read',
    dept: 'B',
    method: 'get',
    path: (o) => `/users?departmentId=${o.departments.B}`,
    expect: { admin: 200, leader: 200, headA: 403, staffA: 403, headB: 200, staffB: 200, adviser: 403 },
  },
  {
    route: 'GET /users (no filter)',
    access: 'read',
    dept: null,
    method: 'get',
    path: () => '/users?pageSize=200',
    expect: ALL(200),
    check: (body, o, person) => {
      const depts = new Set(body.items.map((u: { departmentId: number | null }) => u.departmentId));
      const own = o.users[person].departmentId;
      if (person === 'admin' || person === 'leader') expect(depts).toEqual(new Set([null, o.departments.A, o.departments.B]));
      else if (own !== null)
        expect(depts).toEqual(new Set([own])); // heads and staff: own department only
      else expect(body.items).toEqual([]); // the adviser belongs to no department
    },
  },
  {
    route: 'GET /users/:id (staff of A)',
    access: 'read',
    dept: 'A',
    method: 'get',
    path: (o) => `/users/${o.users.staffA.id}`,
    // Another department's person is answered as not found (404), not as forbidden.
    expect: { admin: 200, leader: 200, headA: 200, staffA: 200, headB: 404, staffB: 404, adviser: 404 },
  },
  {
    route: 'GET /users/:id (staff of B)',
    access: 'read',
    dept: 'B',
    method: 'get',
    path: (o) => `/users/${o.users.staffB.id}`,
    expect: { admin: 200, leader: 200, headA: 404, staffA: 404, headB: 200, staffB: 200, adviser: 404 },
  },
  {
    route: 'GET /users/me',
    access: 'read',
    dept: null,
    method: 'get',
    path: () => '/users/me',
    expect: ALL(200),
    check: (body, o, person) => expect(body.id).toBe(o.users[person].id),
  },
  {
    route: 'PATCH /users/:id (staff of A)',
    access: 'write',
    dept: 'A',
    method: 'patch',
    path: (o) => `/users/${o.users.staffA.id}`,
    body: () => ({ title: '科员' }),
    expect: ADMIN_ONLY(200),
  },
  {
    route: 'PATCH /users/:id (staff of B)',
    access: 'write',
    dept: 'B',
    method: 'patch',
    path: (o) => `/users/${o.users.staffB.id}`,
    body: () => ({ title: '科员' }),
    expect: ADMIN_ONLY(200),
  },
  {
    route: 'PATCH /users/:id (oneself)',
    access: 'write',
    dept: null,
    method: 'patch',
    path: (o, person) => `/users/${o.users[person].id}`,
    body: (o, person) => ({ title: person === 'admin' ? '' : '局长', isBureauHead: false }),
    expect: ADMIN_ONLY(200), // nobody but an admin edits an account, not even their own
  },
  // ── departments and roles ─────────────────────────────────────────────────────────────────
  { route: 'GET /departments', access: 'read', dept: null, method: 'get', path: () => '/departments', expect: ALL(200) },
  { route: 'GET /departments/:id (B)', access: 'read', dept: 'B', method: 'get', path: (o) => `/departments/${o.departments.B}`, expect: ALL(200) },
  { route: 'GET /department-roles', access: 'read', dept: null, method: 'get', path: () => '/department-roles', expect: ALL(200) },
  {
    route: 'POST /departments',
    access: 'write',
    dept: null,
    method: 'post',
    path: () => '/departments',
    body: (_o, person) => ({ code: `new-${person}-${++seq}`, name: '新股室', kind: 'office' }),
    expect: ADMIN_ONLY(201),
  },
  {
    route: 'PATCH /departments/:id (A)',
    access: 'write',
    dept: 'A',
    method: 'patch',
    path: (o) => `/departments/${o.departments.A}`,
    body: () => ({ name: '综合股' }),
    expect: ADMIN_ONLY(200),
  },
  {
    route: 'PUT /department-roles/:code (B)',
    access: 'write',
    dept: 'B',
    method: 'put',
    path: () => '/department-roles/legal',
    body: (o) => ({ departmentId: o.departments.B }),
    expect: ADMIN_ONLY(200),
  },
  // ── bureau settings ──────────────────────────────────────────────────────────────────────
  { route: 'GET /bureau', access: 'read', dept: null, method: 'get', path: () => '/bureau', expect: ALL(200) },
  {
    route: 'PATCH /bureau',
    access: 'write',
    dept: null,
    method: 'patch',
    path: () => '/bureau',
    body: () => ({ name: '某某县教育科技局' }),
    expect: ADMIN_ONLY(200),
  },
  // ── audit trail ──────────────────────────────────────────────────────────────────────────
  {
    route: 'GET /audit-events',
    access: 'read',
    dept: null,
    method: 'get',
    path: () => '/audit-events',
    expect: { ...ALL(403), admin: 200, leader: 200 },
  },
];

const PEOPLE: PersonName[] = ['admin', 'leader', 'headA', 'staffA', 'headB', 'staffB', 'adviser'];
const OWN: Record<PersonName, Dept> = { admin: null, leader: null, headA: 'A', staffA: 'A', headB: 'B', staffB: 'B', adviser: null };

function relation(person: PersonName, dept: Dept): string {
  if (dept === null) return 'bureau-wide';
  if (person === 'leader') return dept === 'A' ? 'supervised department' : 'unsupervised department'; // the leader supervises A
  if (OWN[person] === null) return `department ${dept}`;
  return OWN[person] === dept ? 'own department' : 'other department';
}

const CASES = MATRIX.flatMap((row) =>
  PEOPLE.map((person) => [`${person} · ${relation(person, row.dept)} · ${row.access} · ${row.route} → ${row.expect[person]}`, row, person] as const),
);

describe('scoping matrix (role × own/other department × read/write)', () => {
  let t: TestApp;
  let org: Org;
  beforeAll(async () => {
    t = await bootTestApp();
    org = await createOrg(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('covers every person for every row', () => {
    for (const row of MATRIX) expect(Object.keys(row.expect).sort()).toEqual([...PEOPLE].sort());
  });

  it.each(CASES)('%s', async (label, row, person) => {
    const client = await org.as(person);
    const req = client.request(row.method, row.path(org, person));
    const res = row.body ? await req.send(row.body(org, person)) : await req;
    expectStatus(res, row.expect[person], label);
    if (row.check && res.status < 300) row.check(res.body, org, person);
  });
});
