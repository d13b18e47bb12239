import type { UserRole } from '../../../src/access/auth-user';
import { ADMIN_LOGIN, ADMIN_PASSWORD, type AuthedClient, type TestApp } from './test-app';

/** Throws with the response body unless the status is the expected one (fixtures must not fail silently). */
function expectStatus(res: { status: number; body: unknown }, status: number, what: string): void {
  if (res.status !== status) throw new Error(`${what}: expected ${status}, got ${res.status} ${JSON.stringify(res.body)}`);
}

export interface DepartmentInput {
  code: string;
  name: string;
  kind: 'office' | 'school';
  parentId?: number | null;
}

/** Creates a department as admin and returns its id. */
export async function createDepartment(t: TestApp, input: DepartmentInput): Promise<number> {
  const res = await t.as(t.adminToken).post('/departments').send(input);
  expectStatus(res, 201, `create department ${input.code}`);
  return res.body.id as number;
}

export interface UserInput {
  login: string;
  name?: string;
  email?: string;
  role: UserRole;
  departmentId?: number | null;
  title?: string;
  isBureauHead?: boolean;
  password?: string;
}

export interface TestUser {
  id: number;
  login: string;
  password: string;
  role: UserRole;
  departmentId: number | null;
}

/** Creates a user as admin with a known password (`<login>-pass-123` unless given). */
export async function createUser(t: TestApp, input: UserInput): Promise<TestUser> {
  const password = input.password ?? `${input.login}-pass-123`;
  const body = {
    name: input.login,
    email: `${input.login}@example.gov.cn`,
    ...input,
    password,
  };
  const res = await t.as(t.adminToken).post('/users').send(body);
  expectStatus(res, 201, `create user ${input.login}`);
  return { id: res.body.userId as number, login: input.login, password, role: input.role, departmentId: input.departmentId ?? null };
}

/** The people of the standard scenario, by the name tests use for them. */
export type PersonName = 'admin' | 'leader' | 'headA' | 'staffA' | 'headB' | 'staffB' | 'adviser';
export const PEOPLE: PersonName[] = ['admin', 'leader', 'headA', 'staffA', 'headB', 'staffB', 'adviser'];

export interface Org {
  departments: { A: number; B: number; school: number };
  users: Record<PersonName, TestUser>;
  /** A token for the person (logged in once, then cached). */
  token(person: PersonName): Promise<string>;
  /** Requests as the person. */
  as(person: PersonName): Promise<AuthedClient>;
}

/**
 * The standard small bureau: two offices A and B and a school; a leader supervising A; a head and
 * a staff member in each office; a legal adviser without a department; and the first admin.
 * Logins are the person names in lower case (`heada`, `staffb` …), passwords `<login>-pass-123`.
 */
export async function createOrg(t: TestApp, prefix = ''): Promise<Org> {
  const code = (c: string) => `${prefix}${c}`;
  const A = await createDepartment(t, { code: code('office-a'), name: `${prefix}综合股`, kind: 'office' });
  const B = await createDepartment(t, { code: code('office-b'), name: `${prefix}政策法规股`, kind: 'office' });
  const school = await createDepartment(t, { code: code('school-1'), name: `${prefix}第一中学`, kind: 'school' });
  const user = (login: string, role: UserRole, departmentId: number | null, title = '') =>
    createUser(t, { login: code(login), name: login, role, departmentId, title });
  const users: Record<PersonName, TestUser> = {
    admin: { id: 1, login: ADMIN_LOGIN, password: ADMIN_PASSWORD, role: 'admin', departmentId: null },
    leader: await user('leader', 'leader', null, '副局长'),
    headA: await user('heada', 'head', A, '股长'),
    staffA: await user('staffa', 'staff', A),
    headB: await user('headb', 'head', B, '股长'),
    staffB: await user('staffb', 'staff', B),
    adviser: await user('adviser', 'adviser', null),
  };
  const me = await t.as(t.adminToken).get('/users/me');
  expectStatus(me, 200, 'admin /users/me');
  users.admin.id = me.body.id as number;
  const supervision = await t
    .as(t.adminToken)
    .put(`/users/${users.leader.id}/supervised-departments`)
    .send({ departmentIds: [A] });
  expectStatus(supervision, 200, 'leader supervision');

  const tokens = new Map<PersonName, string>([['admin', t.adminToken]]);
  const token = async (person: PersonName) => {
    let value = tokens.get(person);
    if (!value) {
      value = await t.login(users[person].login, users[person].password);
      tokens.set(person, value);
    }
    return value;
  };
  return { departments: { A, B, school }, users, token, as: async (person) => t.as(await token(person)) };
}
