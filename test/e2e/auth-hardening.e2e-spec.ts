import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { expectError, expectFieldError, expectStatus } from './support/expectations';
import { createUser } from './support/fixtures';
import { ADMIN_LOGIN, bootTestApp, type TestApp } from './support/test-app';

const cookieOf = (token: string) => `fazhi_token=${encodeURIComponent(token)}`;

describe('auth hardening', () => {
  let t: TestApp;
  let n = 0;
  const freshUser = () => createUser(t, { login: `hardening${++n}`, role: 'adviser' });
  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('session cookie and CSRF', () => {
    it('authenticates a plain GET by the cookie (links: evidence downloads, queue dashboard pages)', async () => {
      const me = await t.http.get('/users/me').set('Cookie', cookieOf(t.adminToken));
      expectStatus(me, 200);
      expect(me.body.login).toBe(ADMIN_LOGIN);
    });

    it('refuses writes that carry only the cookie, as a cross-site form would, and changes nothing', async () => {
      const user = await freshUser();
      expectError(await t.http.patch(`/users/${user.id}`).set('Cookie', cookieOf(t.adminToken)).send({ active: false }), 401);
      const own = cookieOf(await t.login(user.login, user.password));
      expectError(await t.http.post('/auth/password').set('Cookie', own).send({ currentPassword: user.password, newPassword: 'Attacker-Chosen-9' }), 401);
      expectStatus(await t.http.post('/auth/login').send({ login: user.login, password: user.password }), 200);
      // The same write with the Authorization header goes through.
      expectStatus(await t.as(t.adminToken).patch(`/users/${user.id}`).send({ title: '顾问' }), 200);
    });
  });

  describe('password policy', () => {
    it.each([
      ['a very common password', '11111111', /常见/],
      ['a Chinese-typical one', 'woaini1314', /常见/],
      ['a listed one in other letter case', 'QWERTY123', /常见/],
      ['one character repeated', 'zzzzzzzzzz', /常见/],
      ['a too short one', 'Ab3$xy', /8/],
    ])('refuses %s on a password change, naming the field', async (_label, newPassword, message) => {
      const user = await freshUser();
      const client = t.as(await t.login(user.login, user.password));
      expectFieldError(await client.post('/auth/password').send({ currentPassword: user.password, newPassword }), 'newPassword', message);
      expectStatus(await t.http.post('/auth/login').send({ login: user.login, password: user.password }), 200);
    });

    it('refuses the login itself as the password, whatever its case', async () => {
      const user = await createUser(t, { login: 'Zhangsan-2026', role: 'adviser' });
      const client = t.as(await t.login(user.login, user.password));
      expectFieldError(await client.post('/auth/password').send({ currentPassword: user.password, newPassword: 'zhangsan-2026' }), 'newPassword', /登录名/);
    });

    it('accepts an uncommon password', async () => {
      const user = await freshUser();
      const client = t.as(await t.login(user.login, user.password));
      expectStatus(await client.post('/auth/password').send({ currentPassword: user.password, newPassword: 'Lantern-River-47' }), 204);
      expectStatus(await t.http.post('/auth/login').send({ login: user.login, password: 'Lantern-River-47' }), 200);
    });
  });

  describe('passwords that must be changed', () => {
    it('after an admin reset: only /users/me and the change are open (403 PASSWORD_CHANGE_REQUIRED), then everything is', async () => {
      const user = await freshUser();
      const temporary = (await t.as(t.adminToken).post(`/users/${user.id}/reset-password`)).body.temporaryPassword as string;
      const login = await t.http.post('/auth/login').send({ login: user.login, password: temporary });
      expectStatus(login, 200);
      expect(login.body.mustChangePassword).toBe(true);
      const client = t.as(login.body.token);
      expectStatus(await client.get('/users/me'), 200);
      for (const res of [await client.get('/tasks'), await client.get('/departments'), await client.post('/departments').send({})]) {
        const body = expectError(res, 403);
        expect(body.error).toBe('PASSWORD_CHANGE_REQUIRED');
        expect(body.message).toMatch(/修改.*密码/);
      }
      expectFieldError(await client.post('/auth/password').send({ currentPassword: temporary, newPassword: temporary }), 'newPassword', /不能与当前密码相同/);

      expectStatus(await client.post('/auth/password').send({ currentPassword: temporary, newPassword: 'Chosen-By-Me-31' }), 204);
      const again = await t.http.post('/auth/login').send({ login: user.login, password: 'Chosen-By-Me-31' });
      expect(again.body.mustChangePassword).toBe(false);
      expectStatus(await t.as(again.body.token).get('/tasks'), 200);
    });

    it("an admin password given by ADMIN_PASSWORD is the operator's choice and need not be changed", async () => {
      const res = await t.http.post('/auth/login').send({ login: ADMIN_LOGIN, password: t.config.ADMIN_PASSWORD });
      expect(res.body.mustChangePassword).toBe(false);
      expectStatus(await t.as(res.body.token).get('/users'), 200);
    });
  });

  describe('HTTP headers', () => {
    it('marks API answers, successes and errors, Cache-Control: no-store', async () => {
      expect((await t.as(t.adminToken).get('/users/me')).headers['cache-control']).toBe('no-store');
      expect((await t.http.get('/users/me')).headers['cache-control']).toBe('no-store');
      expect((await t.http.post('/auth/login').send({ login: 'x', password: 'y' })).headers['cache-control']).toBe('no-store');
    });

    it('keeps a well-formed X-Request-Id and replaces anything else with its own', async () => {
      expect((await t.http.get('/health/live').set('X-Request-Id', 'lb-7f3a.01_x')).headers['x-request-id']).toBe('lb-7f3a.01_x');
      for (const bad of ['<script>alert(1)</script>', 'a'.repeat(65), 'id with spaces', 'x;drop']) {
        const res = await t.http.get('/users/me').set('X-Request-Id', bad);
        expect(res.headers['x-request-id']).not.toBe(bad);
        expect(res.body.requestId).toMatch(/^[A-Za-z0-9._-]{1,64}$/);
      }
    });

    it('tells the login page whether this is a demo installation', async () => {
      expect((await t.http.get('/auth/options')).body).toEqual({ demo: false, passwordMinLength: 8 });
    });
  });
});

describe('first admin with a generated password', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp({ generatedAdminPassword: true });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('must change it at first login', async () => {
    const password = readFileSync(join(t.config.dataDir, 'admin-password.txt'), 'utf8').trim();
    const login = await t.http.post('/auth/login').send({ login: ADMIN_LOGIN, password });
    expectStatus(login, 200);
    expect(login.body.mustChangePassword).toBe(true);
    expect(expectError(await t.as(login.body.token).get('/users'), 403).error).toBe('PASSWORD_CHANGE_REQUIRED');
    expectStatus(await t.as(login.body.token).post('/auth/password').send({ currentPassword: password, newPassword: 'County-Admin-2027!' }), 204);
    expectStatus(await t.as(await t.login(ADMIN_LOGIN, 'County-Admin-2027!')).get('/users'), 200);
  });
});

describe('request log', () => {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp({ env: { LOG_LEVEL: 'log' }, logStream: sink });
  });
  afterAll(async () => {
    await t?.close();
  });

  /** The line is written when the response has finished: wait for it with a deadline. */
  async function lineFor(requestId: string): Promise<Record<string, unknown>> {
    for (const deadline = Date.now() + 5_000; Date.now() < deadline; await new Promise((r) => setImmediate(r))) {
      const hit = lines.find((l) => l.requestId === requestId && l.msg === 'request');
      if (hit) return hit;
    }
    throw new Error(`no request line for ${requestId}`);
  }

  it('writes one JSON line per request: method, route pattern, status, duration, user id, request id', async () => {
    const me = (await t.as(t.adminToken).get('/users/me')).body as { id: number };
    await t.as(t.adminToken).get(`/users/${me.id}`).set('X-Request-Id', 'log-check-1');
    expect(await lineFor('log-check-1')).toEqual(
      expect.objectContaining({ level: 'info', method: 'GET', route: '/users/:id', status: 200, durationMs: expect.any(Number), userId: me.id }),
    );
    await t.http.get('/users/me').set('X-Request-Id', 'log-check-2');
    expect(await lineFor('log-check-2')).toEqual(expect.objectContaining({ level: 'warn', status: 401, route: '/users/me' }));
    expect(lines.filter((l) => l.requestId === 'log-check-1' && l.msg === 'request')).toHaveLength(1);
    // Never the headers: they carry the bearer token and the cookie.
    expect(JSON.stringify(lines)).not.toContain(t.adminToken);
    expect(Object.keys(await lineFor('log-check-1')).sort()).toEqual([
      'durationMs',
      'level',
      'method',
      'msg',
      'requestId',
      'route',
      'status',
      'time',
      'userId',
    ]);
  });
});
