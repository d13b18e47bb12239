import { DATABASES } from './support/databases';
import { expectError, expectFieldError, expectStatus } from './support/expectations';
import { createOrg, type Org, type PersonName } from './support/fixtures';
import { bootTestApp, type AuthedClient, type HttpMethod, type TestApp } from './support/test-app';

describe.each(DATABASES)('organisation (%s)', (db) => {
  let t: TestApp;
  let org: Org;
  let admin: AuthedClient;

  beforeAll(async () => {
    t = await bootTestApp({ db });
    org = await createOrg(t);
    admin = t.as(t.adminToken);
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('departments', () => {
    it('admin creates, reads, updates and deactivates a department', async () => {
      const created = await admin.post('/departments').send({ code: 'safety', name: '安全管理股', kind: 'office' });
      expectStatus(created, 201);
      expect(created.body).toEqual(
        expect.objectContaining({ id: expect.any(Number), code: 'safety', name: '安全管理股', kind: 'office', parentId: null, active: true }),
      );
      const id = created.body.id as number;

      const read = await admin.get(`/departments/${id}`);
      expectStatus(read, 200);
      expect(read.body).toEqual(expect.objectContaining({ id, code: 'safety', name: '安全管理股' }));

      const updated = await admin.patch(`/departments/${id}`).send({ name: '安全稳定股', code: 'safety-2' });
      expectStatus(updated, 200);
      expect(updated.body).toEqual(expect.objectContaining({ id, code: 'safety-2', name: '安全稳定股', active: true }));

      expectStatus(await admin.patch(`/departments/${id}`).send({ active: false }), 200);
      const after = await admin.get(`/departments/${id}`);
      expect(after.body).toEqual(expect.objectContaining({ id, code: 'safety-2', name: '安全稳定股', active: false }));
      const list = await admin.get('/departments');
      expectStatus(list, 200);
      expect(list.body).toContainEqual(expect.objectContaining({ id, active: false }));
    });

    it('keeps a school under its parent, and refuses a department as its own parent or ancestor', async () => {
      const school = await admin.post('/departments').send({ code: 'primary-2', name: '第二小学', kind: 'school', parentId: org.departments.A });
      expectStatus(school, 201);
      expect(school.body.parentId).toBe(org.departments.A);
      expectError(await admin.patch(`/departments/${school.body.id}`).send({ parentId: school.body.id }), 400);
      // A → school → A would be a cycle.
      expectError(await admin.patch(`/departments/${org.departments.A}`).send({ parentId: school.body.id }), 400);
      expectError(await admin.post('/departments').send({ code: 'orphan', name: '无上级', kind: 'school', parentId: 999_999 }), 404);
    });

    it('refuses a duplicate code with 409, on create and on rename', async () => {
      const dup = await admin.post('/departments').send({ code: 'office-a', name: '重复', kind: 'office' });
      expect(expectError(dup, 409).message).toContain('office-a');
      const rename = await admin.patch(`/departments/${org.departments.B}`).send({ code: 'office-a' });
      expectError(rename, 409);
      expect((await admin.get(`/departments/${org.departments.B}`)).body.code).toBe('office-b');
    });

    it('answers 404 for an unknown department', async () => {
      expectError(await admin.get('/departments/999999'), 404);
      expectError(await admin.patch('/departments/999999').send({ name: '不存在' }), 404);
    });

    it('answers 4xx, never 500, for an id beyond the integer range', async () => {
      for (const res of [await admin.get('/departments/99999999999'), await admin.patch('/departments/99999999999').send({ name: '很大' })]) {
        expect([400, 404]).toContain(res.status);
        expectError(res, res.status);
      }
    });
  });

  describe('department roles (职责分工)', () => {
    it('maps a role code to a department, moves it, and removes it', async () => {
      expectStatus(await admin.put('/department-roles/legal').send({ departmentId: org.departments.B }), 200);
      expect((await admin.get('/department-roles')).body).toContainEqual({ roleCode: 'legal', departmentId: org.departments.B });

      const moved = await admin.put('/department-roles/legal').send({ departmentId: org.departments.A });
      expectStatus(moved, 200);
      const roles = (await admin.get('/department-roles')).body as { roleCode: string; departmentId: number }[];
      expect(roles.filter((r) => r.roleCode === 'legal')).toEqual([{ roleCode: 'legal', departmentId: org.departments.A }]);

      expectStatus(await admin.delete('/department-roles/legal'), 204);
      expect(((await admin.get('/department-roles')).body as { roleCode: string }[]).map((r) => r.roleCode)).not.toContain('legal');
      expectError(await admin.delete('/department-roles/legal'), 404);
    });

    it('refuses an unknown department (404) and a malformed role code (400 naming code)', async () => {
      expectError(await admin.put('/department-roles/office').send({ departmentId: 999_999 }), 404);
      expectFieldError(await admin.put('/department-roles/Not_Valid!').send({ departmentId: org.departments.A }), 'code');
      expectFieldError(await admin.delete('/department-roles/UPPER'), 'code');
    });
  });

  describe('users', () => {
    it('admin creates a user with a password, who can then log in', async () => {
      const res = await admin.post('/users').send({
        login: 'zhangsan',
        name: '张三',
        email: 'zhangsan@example.gov.cn',
        role: 'staff',
        departmentId: org.departments.A,
        password: 'zhangsan-pass-1',
      });
      expectStatus(res, 201);
      expect(res.body).toEqual({ userId: expect.any(Number) });
      const token = await t.login('zhangsan', 'zhangsan-pass-1');
      const me = await t.as(token).get('/users/me');
      expect(me.body).toEqual(
        expect.objectContaining({
          id: res.body.userId,
          login: 'zhangsan',
          name: '张三',
          role: 'staff',
          roleName: '工作人员',
          departmentId: org.departments.A,
          active: true,
        }),
      );
      expect(JSON.stringify(me.body)).not.toMatch(/password|argon2/i);
    });

    it('generates an initial password when none is given, shown once, that logs in', async () => {
      const res = await admin.post('/users').send({ login: 'lisi', name: '李四', email: 'lisi@example.gov.cn', role: 'adviser' });
      expectStatus(res, 201);
      expect(res.body.initialPassword).toEqual(expect.any(String));
      expect(res.body.initialPassword.length).toBeGreaterThanOrEqual(8);
      await t.login('lisi', res.body.initialPassword);
      const shown = await admin.get(`/users/${res.body.userId}`);
      expect(JSON.stringify(shown.body)).not.toContain(res.body.initialPassword);
    });

    it('refuses a duplicate login (409) and a head or staff without a department (400)', async () => {
      expectError(
        await admin.post('/users').send({ login: 'heada', name: '重复', email: 'dup@example.gov.cn', role: 'staff', departmentId: org.departments.A }),
        409,
      );
      expectError(await admin.post('/users').send({ login: 'nodept', name: '无部门', email: 'nodept@example.gov.cn', role: 'head' }), 400);
      expectError(await admin.patch(`/users/${org.users.staffA.id}`).send({ departmentId: null }), 400);
      expectError(await admin.patch(`/users/${org.users.staffA.id}`).send({ login: 'headb' }), 409);
      expectError(await admin.post('/users').send({ login: 'baddept', name: '错部门', email: 'bd@example.gov.cn', role: 'staff', departmentId: 999_999 }), 400);
    });

    it('admin updates a user', async () => {
      const res = await admin.patch(`/users/${org.users.staffB.id}`).send({ name: '王五', title: '科员', departmentId: org.departments.A });
      expectStatus(res, 200);
      expect(res.body).toEqual(expect.objectContaining({ id: org.users.staffB.id, name: '王五', title: '科员', departmentId: org.departments.A }));
      expectStatus(await admin.patch(`/users/${org.users.staffB.id}`).send({ departmentId: org.departments.B }), 200);
      expect((await admin.get(`/users/${org.users.staffB.id}`)).body.departmentId).toBe(org.departments.B);
    });

    it('admin disables a user: no login, no session; enabling lets them back in', async () => {
      const user = org.users.adviser;
      const token = await t.login(user.login, user.password);
      const res = await admin.patch(`/users/${user.id}`).send({ active: false });
      expectStatus(res, 200);
      expect(res.body.active).toBe(false);
      expectError(await t.as(token).get('/users/me'), 401);
      expectError(await t.http.post('/auth/login').send({ login: user.login, password: user.password }), 401);
      expectStatus(await admin.patch(`/users/${user.id}`).send({ active: true }), 200);
      await t.login(user.login, user.password);
    });

    it('admin resets a password: the temporary one logs in, the old one and old sessions do not', async () => {
      const user = org.users.staffA;
      const old = await t.login(user.login, user.password);
      const res = await admin.post(`/users/${user.id}/reset-password`);
      expectStatus(res, 200);
      expect(res.body).toEqual({ temporaryPassword: expect.any(String) });
      expectError(await t.http.post('/auth/login').send({ login: user.login, password: user.password }), 401);
      expectError(await t.as(old).get('/users/me'), 401);
      const fresh = await t.login(user.login, res.body.temporaryPassword);
      expectStatus(await t.as(fresh).get('/users/me'), 200);
      // Give the account its known password back for the tests that follow.
      expectStatus(await admin.patch(`/users/${user.id}`).send({ password: user.password }), 200);
    });

    it('answers 404 for an unknown user on every route', async () => {
      expectError(await admin.get('/users/999999'), 404);
      expectError(await admin.patch('/users/999999').send({ name: '无' }), 404);
      expectError(await admin.post('/users/999999/reset-password'), 404);
      expectError(await admin.put('/users/999999/supervised-departments').send({ departmentIds: [] }), 404);
    });

    it('answers 4xx, never 500, for an id beyond the integer range', async () => {
      for (const res of [
        await admin.get('/users/99999999999'),
        await admin.patch('/users/99999999999').send({ name: '很大' }),
        await admin.post('/users').send({ login: 'bigdept', name: '大', email: 'big@example.gov.cn', role: 'staff', departmentId: 99_999_999_999 }),
      ]) {
        expect([400, 404]).toContain(res.status);
        expectError(res, res.status);
      }
    });
  });

  describe('leader supervision (分管)', () => {
    const supervised = async () => (await admin.get(`/users/${org.users.leader.id}`)).body.supervisedDepartmentIds as number[];

    it('replaces the departments a leader supervises', async () => {
      const both = await admin.put(`/users/${org.users.leader.id}/supervised-departments`).send({ departmentIds: [org.departments.B, org.departments.A] });
      expectStatus(both, 200);
      expect([...both.body.supervisedDepartmentIds].sort()).toEqual([org.departments.A, org.departments.B].sort());
      expect((await supervised()).sort()).toEqual([org.departments.A, org.departments.B].sort());

      expectStatus(await admin.put(`/users/${org.users.leader.id}/supervised-departments`).send({ departmentIds: [org.departments.B] }), 200);
      expect(await supervised()).toEqual([org.departments.B]);

      expectStatus(await admin.put(`/users/${org.users.leader.id}/supervised-departments`).send({ departmentIds: [] }), 200);
      expect(await supervised()).toEqual([]);

      expectStatus(await admin.put(`/users/${org.users.leader.id}/supervised-departments`).send({ departmentIds: [org.departments.A] }), 200);
      expect(await supervised()).toEqual([org.departments.A]);
    });

    it('refuses supervision for a non-leader and unknown departments (400), leaving it unchanged', async () => {
      expectError(await admin.put(`/users/${org.users.headA.id}/supervised-departments`).send({ departmentIds: [org.departments.A] }), 400);
      expectError(await admin.put(`/users/${org.users.leader.id}/supervised-departments`).send({ departmentIds: [org.departments.B, 999_999] }), 400);
      expectFieldError(
        await admin.put(`/users/${org.users.leader.id}/supervised-departments`).send({ departmentIds: [org.departments.B, org.departments.B] }),
        'departmentIds',
      );
      expect(await supervised()).toEqual([org.departments.A]);
    });
  });

  describe('only admins write the organisation', () => {
    interface WriteRoute {
      name: string;
      method: HttpMethod;
      path: () => string;
      body?: () => object;
    }
    const WRITES: WriteRoute[] = [
      { name: 'create department', method: 'post', path: () => '/departments', body: () => ({ code: 'sneaky', name: '越权股', kind: 'office' }) },
      { name: 'update department', method: 'patch', path: () => `/departments/${org.departments.A}`, body: () => ({ name: '越权改名' }) },
      { name: 'deactivate department', method: 'patch', path: () => `/departments/${org.departments.B}`, body: () => ({ active: false }) },
      { name: 'assign role', method: 'put', path: () => '/department-roles/sneaky', body: () => ({ departmentId: org.departments.A }) },
      { name: 'unassign role', method: 'delete', path: () => '/department-roles/office' },
      { name: 'create user', method: 'post', path: () => '/users', body: () => ({ login: 'sneaky', name: '越权', email: 's@example.gov.cn', role: 'admin' }) },
      { name: 'update user', method: 'patch', path: () => `/users/${org.users.staffA.id}`, body: () => ({ role: 'admin' }) },
      { name: 'disable user', method: 'patch', path: () => `/users/${org.users.headB.id}`, body: () => ({ active: false }) },
      { name: 'reset password', method: 'post', path: () => `/users/${org.users.admin.id}/reset-password` },
      {
        name: 'set supervision',
        method: 'put',
        path: () => `/users/${org.users.leader.id}/supervised-departments`,
        body: () => ({ departmentIds: [org.departments.B] }),
      },
    ];
    const NON_ADMINS: PersonName[] = ['leader', 'headA', 'staffA', 'headB', 'staffB', 'adviser'];
    const CASES = WRITES.flatMap((route) => NON_ADMINS.map((person) => ({ person, route })));

    beforeAll(async () => {
      expectStatus(await admin.put('/department-roles/office').send({ departmentId: org.departments.A }), 200);
    });

    it.each(CASES.map((c) => [c.person, c.route.name, c]))('%s: %s → 403', async (_person, _name, { person, route }) => {
      const client = await org.as(person);
      const req = client.request(route.method, route.path());
      const res = route.body ? await req.send(route.body()) : await req;
      expect(expectError(res, 403).message).toMatch(/无权|权限/);
    });

    it('changed nothing', async () => {
      const departments = (await admin.get('/departments')).body as { code: string; name: string; active: boolean }[];
      expect(departments.map((d) => d.code)).not.toContain('sneaky');
      expect(departments.find((d) => d.code === 'office-a')?.name).toBe('综合股');
      expect(departments.find((d) => d.code === 'office-b')?.active).toBe(true);
      const roles = (await admin.get('/department-roles')).body as { roleCode: string; departmentId: number }[];
      expect(roles).toContainEqual({ roleCode: 'office', departmentId: org.departments.A });
      expect(roles.map((r) => r.roleCode)).not.toContain('sneaky');
      const users = (await admin.get('/users?pageSize=200')).body.items as { login: string; role: string; active: boolean }[];
      expect(users.map((u) => u.login)).not.toContain('sneaky');
      expect(users.find((u) => u.login === 'staffa')?.role).toBe('staff');
      expect(users.find((u) => u.login === 'headb')?.active).toBe(true);
      expect(await t.login('admin', org.users.admin.password)).toEqual(expect.any(String));
      expect((await admin.get(`/users/${org.users.leader.id}`)).body.supervisedDepartmentIds).toEqual([org.departments.A]);
    });
  });
});
