import { DATABASES } from './support/databases';
import { expectError, expectFieldError, expectStatus } from './support/expectations';
import { createOrg, createUser, type Org, type PersonName } from './support/fixtures';
import { bootTestApp, type AuthedClient, type TestApp } from './support/test-app';

interface AuditEventView {
  id: number;
  at: string;
  userId: number | null;
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  requestId: string | null;
}

/** Waits until the clock has moved past `instant`, so that what follows happens strictly later. */
const after = async (instant: Date) => {
  while (Date.now() <= instant.getTime()) await new Promise((resolve) => setImmediate(resolve));
};

describe.each(DATABASES)('audit trail (%s)', (db) => {
  let t: TestApp;
  let org: Org;
  let admin: AuthedClient;

  async function events(query: Record<string, string | number>): Promise<AuditEventView[]> {
    const qs = new URLSearchParams(Object.entries({ pageSize: 200, ...query }).map(([k, v]): [string, string] => [k, String(v)]));
    const res = await admin.get(`/audit-events?${qs}`);
    expectStatus(res, 200);
    return res.body.items;
  }

  beforeAll(async () => {
    t = await bootTestApp({ db });
    org = await createOrg(t);
    admin = t.as(t.adminToken);
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('every change writes an event', () => {
    it('creating a department: who, what, after, and the request id', async () => {
      const res = await admin.post('/departments').set('X-Request-Id', 'audit-create-dept').send({ code: 'audit-1', name: '审计股', kind: 'office' });
      expectStatus(res, 201);
      const found = await events({ entity: 'departments', entityId: String(res.body.id) });
      expect(found).toEqual([
        expect.objectContaining({
          userId: org.users.admin.id,
          actor: 'user',
          action: 'create',
          entity: 'departments',
          entityId: String(res.body.id),
          before: null,
          after: expect.objectContaining({ id: res.body.id, code: 'audit-1', name: '审计股', kind: 'office', active: true }),
          requestId: 'audit-create-dept',
        }),
      ]);
      expect(new Date(found[0].at).getTime()).toBeGreaterThan(Date.now() - 60_000);
    });

    it('updating a department: before and after of the changed fields, with a generated request id', async () => {
      const id = org.departments.B;
      const res = await admin.patch(`/departments/${id}`).send({ name: '法规股' });
      expectStatus(res, 200);
      const [last] = await events({ entity: 'departments', entityId: String(id) });
      expect(last).toEqual(
        expect.objectContaining({
          userId: org.users.admin.id,
          action: 'update',
          before: { name: '政策法规股' },
          after: { name: '法规股' },
          requestId: res.headers['x-request-id'],
        }),
      );
      expect(res.headers['x-request-id']).toEqual(expect.any(String));
    });

    it('creating and updating a user: never the password or its hash', async () => {
      const user = await createUser(t, { login: 'audited', role: 'staff', departmentId: org.departments.A, password: 'audited-pass-1' });
      const upd = await admin.patch(`/users/${user.id}`).set('X-Request-Id', 'audit-update-user').send({ title: '股长', password: 'audited-pass-2' });
      expectStatus(upd, 200);
      expectStatus(await admin.post(`/users/${user.id}/reset-password`), 200);

      const trail = await events({ entity: 'users', entityId: String(user.id) });
      const create = trail.find((e) => e.action === 'create');
      expect(create).toEqual(
        expect.objectContaining({
          userId: org.users.admin.id,
          after: expect.objectContaining({ login: 'audited', role: 'staff', departmentId: org.departments.A }),
        }),
      );
      const update = trail.find((e) => e.requestId === 'audit-update-user');
      expect(update).toEqual(expect.objectContaining({ action: 'update', userId: org.users.admin.id }));
      expect(update!.before).toEqual(expect.objectContaining({ title: '' }));
      expect(update!.after).toEqual(expect.objectContaining({ title: '股长', tokensValidAfter: expect.any(String) }));
      expect(trail.length).toBeGreaterThanOrEqual(3);

      for (const e of trail) {
        const text = JSON.stringify(e);
        expect(text).not.toMatch(/\$argon2|passwordHash|password_hash/);
        expect(text).not.toContain('audited-pass');
      }
    });

    it('changing one’s own password is attributed to oneself, without the hash', async () => {
      const user = org.users.headB;
      const client = t.as(await t.login(user.login, user.password));
      expectStatus(
        await client.post('/auth/password').set('X-Request-Id', 'audit-own-password').send({ currentPassword: user.password, newPassword: 'headb-pass-456' }),
        204,
      );
      const [event] = (await events({ entity: 'users', entityId: String(user.id) })).filter((e) => e.requestId === 'audit-own-password');
      expect(event).toEqual(expect.objectContaining({ userId: user.id, actor: 'user', action: 'update' }));
      expect(JSON.stringify(event)).not.toMatch(/\$argon2|passwordHash|headb-pass/);
      user.password = 'headb-pass-456';
    });

    it('role mapping and supervision changes are recorded too', async () => {
      expectStatus(await admin.put('/department-roles/safety').send({ departmentId: org.departments.A }), 200);
      expectStatus(await admin.delete('/department-roles/safety'), 204);
      const roleTrail = await events({ entity: 'department_roles', entityId: 'safety' });
      expect(roleTrail.map((e) => e.action)).toEqual(['delete', 'create']);
      expect(roleTrail[0].before).toEqual(expect.objectContaining({ roleCode: 'safety', departmentId: org.departments.A }));

      const leader = org.users.leader.id;
      expectStatus(await admin.put(`/users/${leader}/supervised-departments`).send({ departmentIds: [org.departments.B] }), 200);
      const added = await events({ entity: 'leader_supervisions', entityId: `${leader}:${org.departments.B}` });
      expect(added).toEqual([expect.objectContaining({ action: 'create', userId: org.users.admin.id })]);
      const removed = await events({ entity: 'leader_supervisions', entityId: `${leader}:${org.departments.A}` });
      expect(removed.map((e) => e.action)).toEqual(['delete', 'create']);
      expectStatus(await admin.put(`/users/${leader}/supervised-departments`).send({ departmentIds: [org.departments.A] }), 200);
    });

    it('a refused or invalid request writes nothing', async () => {
      const before = (await admin.get('/audit-events?pageSize=1')).body.total as number;
      const headA = await org.as('headA');
      expectError(await headA.post('/departments').send({ code: 'nope', name: '无权', kind: 'office' }), 403);
      expectError(await admin.post('/departments').send({ code: 'bad code!', name: '错', kind: 'office' }), 400);
      expectError(await admin.post('/departments').send({ code: 'office-a', name: '重复', kind: 'office' }), 409);
      expect((await admin.get('/audit-events?pageSize=1')).body.total).toBe(before);
    });
  });

  describe('querying', () => {
    it('by record: entity and entityId', async () => {
      const trail = await events({ entity: 'users', entityId: String(org.users.staffA.id) });
      expect(trail.length).toBeGreaterThan(0);
      for (const e of trail) expect(e).toEqual(expect.objectContaining({ entity: 'users', entityId: String(org.users.staffA.id) }));
      expect(await events({ entity: 'users', entityId: '999999' })).toEqual([]);
    });

    it('by user', async () => {
      const second = await createUser(t, { login: 'admin2', role: 'admin', password: 'admin2-pass-1' });
      const other = t.as(await t.login(second.login, second.password));
      const dept = await other.post('/departments').send({ code: 'by-admin2', name: '第二管理员建', kind: 'office' });
      expectStatus(dept, 201);

      const mine = await events({ userId: second.id });
      expect(mine.length).toBeGreaterThan(0);
      for (const e of mine) expect(e.userId).toBe(second.id);
      expect(mine).toContainEqual(expect.objectContaining({ entity: 'departments', entityId: String(dept.body.id), action: 'create' }));

      const firstAdmin = await events({ userId: org.users.admin.id });
      expect(firstAdmin.length).toBeGreaterThan(0);
      expect(firstAdmin.some((e) => e.entityId === String(dept.body.id) && e.entity === 'departments')).toBe(false);
    });

    it('by time range: from inclusive, to exclusive', async () => {
      const from = new Date();
      await after(from);
      const res = await admin.post('/departments').send({ code: 'in-range', name: '时间段', kind: 'school' });
      expectStatus(res, 201);
      const created = new Date();
      await after(created);
      const to = new Date();
      const id = String(res.body.id);

      const inside = await events({ from: from.toISOString(), to: to.toISOString() });
      expect(inside).toContainEqual(expect.objectContaining({ entity: 'departments', entityId: id, action: 'create' }));
      for (const e of inside) {
        expect(new Date(e.at).getTime()).toBeGreaterThanOrEqual(from.getTime());
        expect(new Date(e.at).getTime()).toBeLessThan(to.getTime());
      }
      expect(await events({ entity: 'departments', entityId: id, from: to.toISOString() })).toEqual([]);
      expect(await events({ entity: 'departments', entityId: id, to: from.toISOString() })).toEqual([]);
    });

    it('pages newest first', async () => {
      const page1 = await admin.get('/audit-events?pageSize=2');
      const page2 = await admin.get(`/audit-events?pageSize=2&cursor=${page1.body.nextCursor}`);
      expect(page1.body).toEqual(expect.objectContaining({ page: 1, pageSize: 2, total: expect.any(Number), nextCursor: expect.any(String) }));
      expect(page2.body.total).toBeNull();
      expect((await admin.get('/audit-events?pageSize=2&page=2')).body.items).toEqual(page2.body.items);
      const ids = [...page1.body.items, ...page2.body.items].map((e: AuditEventView) => e.id);
      expect(ids).toEqual([...ids].sort((a, b) => b - a));
      expect(new Set(ids).size).toBe(4);
    });

    it('refuses bad query values with 400 naming the parameter', async () => {
      expectFieldError(await admin.get('/audit-events?from=yesterday'), 'from');
      expectFieldError(await admin.get('/audit-events?userId=abc'), 'userId');
      expectFieldError(await admin.get('/audit-events?pageSize=1000'), 'pageSize');
      expectFieldError(await admin.get('/audit-events?colour=red'), 'colour');
    });

    const READERS: [PersonName, number][] = [
      ['admin', 200],
      ['leader', 200],
      ['headA', 403],
      ['staffA', 403],
      ['headB', 403],
      ['staffB', 403],
      ['adviser', 403],
    ];
    it.each(READERS)('%s reading the trail → %i', async (person, status) => {
      const res = await (await org.as(person)).get('/audit-events');
      if (status === 200) expectStatus(res, 200);
      else expectError(res, status);
    });
  });

  describe('the trail cannot be changed', () => {
    const NO_ROUTES: ['post' | 'put' | 'patch' | 'delete', string][] = [
      ['post', '/audit-events'],
      ['put', '/audit-events'],
      ['patch', '/audit-events'],
      ['delete', '/audit-events'],
      ['put', '/audit-events/1'],
      ['patch', '/audit-events/1'],
      ['delete', '/audit-events/1'],
    ];
    it.each(NO_ROUTES)('%s %s has no route (404/405, never 2xx)', async (method, path) => {
      const res = await admin.request(method, path).send({ action: 'tampered' });
      expect([404, 405]).toContain(res.status);
      expectError(res, res.status);
      const first = await events({ entity: 'users', entityId: '1' });
      expect(first.every((e) => e.action !== 'tampered')).toBe(true);
    });

    it('the database refuses UPDATE and DELETE on audit_events', async () => {
      const [event] = await events({ entity: 'departments', entityId: String(org.departments.A) });
      const total = (await admin.get('/audit-events?pageSize=1')).body.total as number;

      await expect(t.dataSource.query(`UPDATE audit_events SET action = 'tampered' WHERE id = ${event.id}`)).rejects.toThrow(/append-only/);
      await expect(t.dataSource.query(`UPDATE audit_events SET user_id = NULL`)).rejects.toThrow(/append-only/);
      await expect(t.dataSource.query(`DELETE FROM audit_events WHERE id = ${event.id}`)).rejects.toThrow(/append-only/);
      await expect(t.dataSource.query('DELETE FROM audit_events')).rejects.toThrow(/append-only/);
      if (db === 'postgres') await expect(t.dataSource.query('TRUNCATE audit_events')).rejects.toThrow(/append-only/);

      const [again] = await events({ entity: 'departments', entityId: String(org.departments.A) });
      expect(again).toEqual(event);
      expect((await admin.get('/audit-events?pageSize=1')).body.total).toBe(total);
    });
  });
});
