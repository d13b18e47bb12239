import { DATABASES } from './support/databases';
import { expectError, expectFieldError, expectStatus } from './support/expectations';
import { createOrg, type Org } from './support/fixtures';
import { bootTestApp, type HttpMethod, type TestApp } from './support/test-app';

/**
 * Bad input on every write route answers 4xx in the one error shape, never 500.
 * One row per route; later features add theirs.
 */
interface WriteRoute {
  route: string;
  method: HttpMethod;
  /** The path, with `id` in place of the record id when the route has one. */
  path: (o: Org, id?: string) => string;
  /** Whether the path carries a numeric record id (non-numeric → 400, unknown → 404). */
  hasId?: boolean;
  /** A valid body; absent for routes that take none. */
  body?: (o: Org) => Record<string, unknown>;
  /** [field, wrong value, expected message] — each must be refused naming the field. */
  wrong?: [string, unknown, RegExp?][];
  /** Fields a `{}` body must be told are missing. */
  required?: string[];
  /** Public routes are called without a token. */
  public?: boolean;
}

const NOT_TEXT = /必须是文本/;
const NOT_INT = /必须是整数/;
const NOT_BOOL = /true 或 false/;

const ROUTES: WriteRoute[] = [
  {
    route: 'POST /auth/login',
    method: 'post',
    path: () => '/auth/login',
    public: true,
    body: () => ({ login: 'admin', password: 'wrong-password' }),
    wrong: [
      ['login', 123, NOT_TEXT],
      ['password', ['a'], NOT_TEXT],
      ['login', '', /长度不能少于 1/],
    ],
    required: ['login', 'password'],
  },
  {
    route: 'POST /auth/password',
    method: 'post',
    path: () => '/auth/password',
    body: () => ({ currentPassword: 'not-the-password', newPassword: 'a-new-password' }),
    wrong: [
      ['newPassword', 'short', /长度不能少于 8/],
      ['currentPassword', 42, NOT_TEXT],
    ],
    required: ['currentPassword', 'newPassword'],
  },
  {
    route: 'POST /departments',
    method: 'post',
    path: () => '/departments',
    body: () => ({ code: 'valid-code', name: '有效股', kind: 'office' }),
    wrong: [
      ['name', 123, NOT_TEXT],
      ['kind', 'factory', /取值必须是以下之一：office, school/],
      ['code', 'has space', /只能包含字母/],
      ['parentId', '1', NOT_INT],
      ['name', 'x'.repeat(101), /长度不能超过 100/],
    ],
    required: ['code', 'name', 'kind'],
  },
  {
    route: 'PATCH /departments/:id',
    method: 'patch',
    path: (o, id = String(o.departments.A)) => `/departments/${id}`,
    hasId: true,
    body: () => ({ name: '综合股' }),
    wrong: [
      ['active', 'yes', NOT_BOOL],
      ['name', '', /长度不能少于 1/],
      ['parentId', 1.5, NOT_INT],
    ],
  },
  {
    route: 'PUT /department-roles/:code',
    method: 'put',
    path: () => '/department-roles/legal',
    body: (o) => ({ departmentId: o.departments.A }),
    wrong: [
      ['departmentId', 'A', NOT_INT],
      ['departmentId', 1.5, NOT_INT],
      ['departmentId', null, NOT_INT],
    ],
    required: ['departmentId'],
  },
  {
    route: 'POST /users',
    method: 'post',
    path: () => '/users',
    body: (o) => ({ login: 'valid-user', name: '有效', email: 'valid@example.gov.cn', role: 'staff', departmentId: o.departments.A }),
    wrong: [
      ['email', 'not-an-email', /电子邮箱/],
      ['role', 'boss', /取值必须是以下之一：admin, leader, head, staff, adviser/],
      ['isBureauHead', 'yes', NOT_BOOL],
      ['password', 'short', /长度不能少于 8/],
      ['login', 'has space', /只能包含字母/],
      ['departmentId', 'A', NOT_INT],
    ],
    required: ['login', 'name', 'email', 'role'],
  },
  {
    route: 'PATCH /users/:id',
    method: 'patch',
    path: (o, id = String(o.users.staffA.id)) => `/users/${id}`,
    hasId: true,
    body: () => ({ title: '科员' }),
    wrong: [
      ['active', 1, NOT_BOOL],
      ['departmentId', 'A', NOT_INT],
      ['title', 'x'.repeat(41), /长度不能超过 40/],
    ],
  },
  {
    route: 'POST /users/:id/reset-password',
    method: 'post',
    path: (o, id = String(o.users.staffB.id)) => `/users/${id}/reset-password`,
    hasId: true,
    // takes no body (any body is ignored)
  },
  {
    route: 'PUT /users/:id/supervised-departments',
    method: 'put',
    path: (o, id = String(o.users.leader.id)) => `/users/${id}/supervised-departments`,
    hasId: true,
    body: (o) => ({ departmentIds: [o.departments.A] }),
    wrong: [
      ['departmentIds', 'A', /必须是数组/],
      ['departmentIds', [1.5], NOT_INT],
      ['departmentIds', [1, 1], /重复/],
    ],
    required: ['departmentIds'],
  },
  {
    route: 'PATCH /bureau',
    method: 'patch',
    path: () => '/bureau',
    body: () => ({ name: '某某县教育科技局' }),
    wrong: [
      ['name', 5, NOT_TEXT],
      ['settings', 'many', /必须是对象/],
      ['name', '', /长度不能少于 1/],
    ],
  },
];

describe.each(DATABASES)('input validation (%s)', (db) => {
  let t: TestApp;
  let org: Org;

  beforeAll(async () => {
    t = await bootTestApp({ db });
    org = await createOrg(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  const send = (route: WriteRoute, path = route.path(org)) => {
    const req = t.http[route.method](path);
    return route.public ? req : req.set('Authorization', `Bearer ${t.adminToken}`);
  };

  const withBody = ROUTES.filter((r) => r.body);

  describe('unknown fields → 400 naming the field', () => {
    it.each(withBody.map((r) => [r.route, r]))('%s', async (_label, route) => {
      const res = await send(route).send({ ...route.body!(org), surplusField: 1 });
      expectFieldError(res, 'surplusField', /^不允许的字段$/);
      expect(res.body.message).toMatch(/^输入有误：/);
    });
  });

  describe('wrong types and values → 400 naming the field', () => {
    const cases = withBody.flatMap((r) =>
      (r.wrong ?? []).map(([field, value, message]) => [`${r.route} ${field}=${JSON.stringify(value).slice(0, 20)}`, r, field, value, message] as const),
    );
    it.each(cases)('%s', async (_label, route, field, value, message) => {
      const res = await send(route).send({ ...route.body!(org), [field]: value });
      expectFieldError(res, field, message);
    });
  });

  describe('missing required fields → 400 naming each', () => {
    it.each(ROUTES.filter((r) => r.required).map((r) => [r.route, r]))('%s', async (_label, route) => {
      const res = await send(route).send({});
      for (const field of route.required!) expectFieldError(res, field, /^必须填写$/);
    });
  });

  describe('malformed JSON → 400, not 500', () => {
    it.each(withBody.map((r) => [r.route, r]))('%s', async (_label, route) => {
      for (const raw of ['{"name": ', "{'single': 'quotes'}", 'null']) {
        const res = await send(route).set('Content-Type', 'application/json').send(raw);
        expect(expectError(res, 400).message).toBe('请求体不是有效的 JSON');
      }
    });

    it.each(withBody.map((r) => [r.route, r]))('%s with JSON that is not an object', async (_label, route) => {
      for (const raw of ['[1, 2]', '"just text"', '42']) {
        const res = await send(route).set('Content-Type', 'application/json').send(raw);
        expectError(res, 400);
      }
    });
  });

  describe('oversized body → 413', () => {
    it.each(ROUTES.map((r) => [r.route, r]))('%s', async (_label, route) => {
      expect(t.config.BODY_LIMIT).toBe('1mb');
      const res = await send(route).send({ name: 'x'.repeat(1024 * 1024 + 1) });
      expect(expectError(res, 413).message).toBe('请求内容过大');
    });

    it('a body just under the limit is parsed (and then judged on its content)', async () => {
      const res = await send(ROUTES.find((r) => r.route === 'POST /departments')!).send({ code: 'big', kind: 'office', name: 'x'.repeat(1000 * 1000) });
      expectFieldError(res, 'name', /长度不能超过 100/);
    });
  });

  describe('ids in the path', () => {
    const withId = ROUTES.filter((r) => r.hasId);
    const READS: WriteRoute[] = [
      { route: 'GET /departments/:id', method: 'get', path: (o, id = String(o.departments.A)) => `/departments/${id}`, hasId: true },
      { route: 'GET /users/:id', method: 'get', path: (o, id = String(o.users.staffA.id)) => `/users/${id}`, hasId: true },
    ];
    const all = [...withId, ...READS];

    it.each(all.flatMap((r) => ['abc', '1.5', '1;drop', '0x10'].map((id) => [r.route, id, r] as const)))('%s with id "%s" → 400', async (_label, id, route) => {
      const req = send(route, route.path(org, encodeURIComponent(id)));
      const res = route.body ? await req.send(route.body(org)) : await req;
      expectError(res, 400);
    });

    it.each(all.map((r) => [r.route, r] as const))('%s with an unknown id → 404', async (_label, route) => {
      const req = send(route, route.path(org, '987654'));
      const res = route.body ? await req.send(route.body(org)) : await req;
      expectError(res, 404);
    });

    it.each(all.map((r) => [r.route, r] as const))('%s with an id beyond the integer range → 4xx', async (_label, route) => {
      const req = send(route, route.path(org, '99999999999'));
      const res = route.body ? await req.send(route.body(org)) : await req;
      expect([400, 404]).toContain(res.status);
      expectError(res, res.status);
    });

    it('an unknown department in a body answers 404 (role mapping) or 400 (users, supervision)', async () => {
      expectError(await send(ROUTES[4]).send({ departmentId: 987654 }), 404);
      expectError(await send(ROUTES[5]).send({ ...ROUTES[5].body!(org), departmentId: 987654 }), 400);
      expectError(await send(ROUTES[8]).send({ departmentIds: [987654] }), 400);
    });

    it('a malformed role code in the path answers 400 naming code', async () => {
      for (const code of ['Legal', 'has_underscore', '-leading', 'x'.repeat(41)]) {
        expectFieldError(await t.as(t.adminToken).put(`/department-roles/${code}`).send({ departmentId: org.departments.A }), 'code');
      }
      expectError(await t.as(t.adminToken).delete('/department-roles/not-assigned'), 404);
    });
  });

  describe('nested fields and query strings', () => {
    it('bureau settings: unknown keys and bad values are named with their path', async () => {
      const bureau = await t.as(t.adminToken).get('/bureau');
      expectStatus(bureau, 200);
      const key = bureau.body.settings[0].key as string;
      const res = await t
        .as(t.adminToken)
        .patch('/bureau')
        .send({ settings: { [key]: -1, noSuchSetting: 3 } });
      expectFieldError(res, `settings.${key}`, /0–10000 的整数/);
      expectFieldError(res, 'settings.noSuchSetting', /不是已知的参数/);
      expectFieldError(
        await t
          .as(t.adminToken)
          .patch('/bureau')
          .send({ settings: { [key]: '15' } }),
        `settings.${key}`,
      );
    });

    it.each([
      ['/users?role=boss', 'role'],
      ['/users?departmentId=abc', 'departmentId'],
      ['/users?page=0', 'page'],
      ['/users?pageSize=201', 'pageSize'],
      ['/users?unknown=1', 'unknown'],
      ['/audit-events?to=not-a-date', 'to'],
    ])('GET %s → 400 naming %s', async (path, field) => {
      expectFieldError(await t.as(t.adminToken).get(path), field);
    });
  });

  it('left the data alone: no record was created or changed by any refused request', async () => {
    const admin = t.as(t.adminToken);
    const departments = (await admin.get('/departments')).body as { code: string; name: string }[];
    expect(departments.map((d) => d.code).sort()).toEqual(['office-a', 'office-b', 'school-1']);
    const users = (await admin.get('/users?pageSize=200')).body.items as { login: string }[];
    expect(users.map((u) => u.login)).not.toContain('valid-user');
    await t.login('admin', org.users.admin.password);
  });
});
