import { JwtService } from '@nestjs/jwt';
import { randomBytes } from 'node:crypto';
import { Clock } from '../../src/common/clock';
import { User } from '../../src/org/user.entity';
import { DATABASES } from './support/databases';
import { expectError, expectStatus } from './support/expectations';
import { createUser } from './support/fixtures';
import { ADMIN_LOGIN, ADMIN_PASSWORD, bootTestApp, deleteKeys, type TestApp } from './support/test-app';

function decode(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
}
function encode(part: object): string {
  return Buffer.from(JSON.stringify(part)).toString('base64url');
}

describe.each(DATABASES)('authentication (%s)', (db) => {
  let t: TestApp;
  let n = 0;
  /** When the user's older tokens stopped counting (ms). */
  const tokensValidAfter = async (id: number): Promise<number> => {
    const row = await t.dataSource.getRepository(User).findOneOrFail({ where: { id }, select: { id: true, tokensValidAfter: true } });
    return row.tokensValidAfter!.getTime();
  };
  /** A token as the service signs it, issued at `ms` and claiming that instant's second as `iat`. */
  const tokenIssuedAt = (sub: number, ms: number): Promise<string> =>
    t.app.get(JwtService).signAsync({ sub, iat: Math.floor(ms / 1000), iatMs: ms }, { expiresIn: 3600 });
  /** A fresh account per test, so failure counters never leak between tests. */
  const freshUser = () => createUser(t, { login: `user${++n}`, role: 'adviser' });

  beforeAll(async () => {
    // Every request comes from 127.0.0.1: the per-address delay has its own tests below.
    t = await bootTestApp({ db, env: { LOGIN_ADDRESS_FREE_FAILURES: '1000' } });
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('login', () => {
    it('returns a token that works on GET /users/me, and never the password hash', async () => {
      const res = await t.http.post('/auth/login').send({ login: ADMIN_LOGIN, password: ADMIN_PASSWORD });
      expectStatus(res, 200);
      expect(res.body).toEqual({
        token: expect.any(String),
        expiresAt: expect.any(String),
        mustChangePassword: false,
        user: expect.objectContaining({ login: ADMIN_LOGIN, role: 'admin' }),
      });
      expect(JSON.stringify(res.body)).not.toMatch(/argon2|passwordHash|password_hash/);
      const me = await t.as(res.body.token).get('/users/me');
      expectStatus(me, 200);
      expect(me.body).toEqual(expect.objectContaining({ login: ADMIN_LOGIN, role: 'admin', active: true }));
    });

    it('issues tokens that expire after TOKEN_TTL_MINUTES', async () => {
      const before = Math.floor(Date.now() / 1000);
      const res = await t.http.post('/auth/login').send({ login: ADMIN_LOGIN, password: ADMIN_PASSWORD });
      const claims = decode(res.body.token);
      const ttl = t.config.TOKEN_TTL_MINUTES * 60;
      expect(claims.exp).toBe((claims.iat as number) + ttl);
      expect(claims.iat).toBeGreaterThanOrEqual(before);
      expect(new Date(res.body.expiresAt).getTime()).toBe((claims.exp as number) * 1000);
    });

    it('stores passwords as argon2id hashes', async () => {
      const user = await freshUser();
      const row = await t.dataSource.getRepository(User).findOneOrFail({ where: { id: user.id }, select: { id: true, passwordHash: true } });
      expect(row.passwordHash).toMatch(/^\$argon2id\$/);
      expect(row.passwordHash).not.toContain(user.password);
    });

    it('refuses a wrong password with 401, a Chinese message and the error shape', async () => {
      const res = await t.http.post('/auth/login').send({ login: ADMIN_LOGIN, password: 'wrong-password' });
      const body = expectError(res, 401);
      expect(body.message).toBe('登录名或密码错误');
      expect(body.fields).toBeUndefined();
      expect(res.body.token).toBeUndefined();
    });

    it('answers an unknown login exactly like a wrong password (no account discovery)', async () => {
      const res = await t.http.post('/auth/login').send({ login: 'nobody-here', password: 'whatever-1' });
      expect(expectError(res, 401).message).toBe('登录名或密码错误');
    });
  });

  describe('delay after failed logins', () => {
    const attempt = (login: string, password: string) => t.http.post('/auth/login').send({ login, password });
    async function fail(login: string, times: number): Promise<number[]> {
      const statuses: number[] = [];
      for (let i = 0; i < times; i++) statuses.push((await attempt(login, 'wrong-password')).status);
      return statuses;
    }
    /** Moves the service's clock (which the delays are measured on) forward instead of waiting. */
    const advance = (seconds: number) => clock.pin(new Date(clock.now().getTime() + seconds * 1000));
    let clock: Clock;
    beforeAll(() => {
      clock = t.app.get(Clock);
    });
    afterEach(() => clock.pin(null));

    it('answers the free failures at once, then makes the account wait 1, 2, 4 … s (429 + Retry-After), even for the right password', async () => {
      const user = await freshUser();
      const free = t.config.LOGIN_FREE_FAILURES;
      clock.pin(new Date());
      expect(await fail(user.login, free)).toEqual(Array(free).fill(401));
      const waiting = await attempt(user.login, user.password);
      expect(expectError(waiting, 429).message).toBe('登录尝试过于频繁，请 1 秒后再试');
      expect(waiting.headers['retry-after']).toBe('1');
      expect(waiting.body.token).toBeUndefined();

      advance(1);
      expectError(await attempt(user.login, 'wrong-password'), 401);
      expect((await attempt(user.login, user.password)).headers['retry-after']).toBe('2');
      advance(2);
      expectError(await attempt(user.login, 'wrong-password'), 401);
      expect((await attempt(user.login, user.password)).headers['retry-after']).toBe('4');
    });

    it('lets the right password in once the wait is over, and then forgets the failures', async () => {
      const user = await freshUser();
      const free = t.config.LOGIN_FREE_FAILURES;
      clock.pin(new Date());
      await fail(user.login, free);
      expectError(await attempt(user.login, user.password), 429);
      advance(1);
      expectStatus(await attempt(user.login, user.password), 200);
      expect(await fail(user.login, free)).toEqual(Array(free).fill(401));
    });

    it('answers an unknown login exactly like a delayed real one (status, message, Retry-After)', async () => {
      const user = await freshUser();
      const free = t.config.LOGIN_FREE_FAILURES;
      clock.pin(new Date());
      const answers = [];
      for (const login of [user.login, 'nobody-at-all']) {
        expect(await fail(login, free)).toEqual(Array(free).fill(401));
        const res = await attempt(login, 'whatever-password');
        answers.push({ status: res.status, retryAfter: res.headers['retry-after'], message: res.body.message, error: res.body.error });
      }
      expect(answers[1]).toEqual(answers[0]);
      expect(answers[0]).toEqual(expect.objectContaining({ status: 429, retryAfter: '1' }));
    });

    it("never delays another account: a stranger's failures on one login leave the others alone", async () => {
      const victim = await freshUser();
      const other = await freshUser();
      await fail(victim.login, t.config.LOGIN_FREE_FAILURES);
      expectStatus(await attempt(other.login, other.password), 200);
    });
  });

  describe('disabled users', () => {
    it('cannot log in, and their existing token stops working at once', async () => {
      const user = await freshUser();
      const token = await t.login(user.login, user.password);
      expectStatus(await t.as(token).get('/users/me'), 200);

      expectStatus(await t.as(t.adminToken).patch(`/users/${user.id}`).send({ active: false }), 200);
      expectError(await t.as(token).get('/users/me'), 401);
      const login = await t.http.post('/auth/login').send({ login: user.login, password: user.password });
      expect(expectError(login, 401).message).toMatch(/停用/);
      expect(login.body.token).toBeUndefined();
    });

    it('can log in again when re-enabled, but a token from before stays refused, even one of the same second', async () => {
      const user = await freshUser();
      const old = await t.login(user.login, user.password);
      expectStatus(await t.as(t.adminToken).patch(`/users/${user.id}`).send({ active: false }), 200);
      expectStatus(await t.as(t.adminToken).patch(`/users/${user.id}`).send({ active: true }), 200);
      expectStatus(await t.as(await t.login(user.login, user.password)).get('/users/me'), 200);
      expectError(await t.as(old).get('/users/me'), 401);
      // Tokens issued 1 ms before and after the change, both in its second: only the later one
      // passes (a seconds-only comparison would let the earlier one back in).
      const changedAt = await tokensValidAfter(user.id);
      expectError(await t.as(await tokenIssuedAt(user.id, changedAt - 1)).get('/users/me'), 401);
      expectStatus(await t.as(await tokenIssuedAt(user.id, changedAt + 1)).get('/users/me'), 200);
    });
  });

  describe('tokens', () => {
    let jwt: JwtService;
    let adminId: number;
    beforeAll(async () => {
      jwt = t.app.get(JwtService);
      adminId = (await t.as(t.adminToken).get('/users/me')).body.id;
    });

    it('accepts a token signed with the app key (control for the cases below)', async () => {
      const token = await jwt.signAsync({ sub: adminId, iat: Math.floor(Date.now() / 1000) }, { expiresIn: 60 });
      expectStatus(await t.as(token).get('/users/me'), 200);
    });

    it('refuses an expired token', async () => {
      const iat = Math.floor(Date.now() / 1000) - 3600;
      const token = await jwt.signAsync({ sub: adminId, iat }, { expiresIn: 60 });
      expect(decode(token).exp).toBe(iat + 60);
      const body = expectError(await t.as(token).get('/users/me'), 401);
      expect(body.message).toMatch(/过期|无效/);
    });

    it('refuses a token whose payload was altered', async () => {
      const user = await freshUser();
      const token = await t.login(user.login, user.password);
      const [header, , signature] = token.split('.');
      const forged = [header, encode({ ...decode(token), sub: adminId }), signature].join('.');
      expectError(await t.as(forged).get('/users/me'), 401);
    });

    it('refuses a token signed with another key, and an unsigned one', async () => {
      const otherKey = new JwtService({ secret: 'another-secret-another-secret-another-secret' });
      const foreign = await otherKey.signAsync({ sub: adminId });
      expectError(await t.as(foreign).get('/users/me'), 401);
      const now = Math.floor(Date.now() / 1000);
      const unsigned = `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ sub: adminId, iat: now, exp: now + 600 })}.`;
      expectError(await t.as(unsigned).get('/users/me'), 401);
    });

    it('refuses a token of a user that no longer exists', async () => {
      const token = await jwt.signAsync({ sub: 999_999, iat: Math.floor(Date.now() / 1000) }, { expiresIn: 60 });
      expectError(await t.as(token).get('/users/me'), 401);
    });

    it.each([
      ['no header', undefined],
      ['an empty bearer', 'Bearer '],
      ['another scheme', `Basic ${Buffer.from('admin:admin-pass-123').toString('base64')}`],
      ['garbage', 'Bearer not.a.token'],
    ])('answers 401 on protected routes with %s', async (_label, header) => {
      for (const path of ['/users/me', '/users', '/departments', '/audit-events', '/bureau']) {
        const req = t.http.get(path);
        if (header !== undefined) req.set('Authorization', header);
        const body = expectError(await req, 401);
        expect(body.message).toMatch(/登录/);
      }
    });

    it('lets /health, /health/live and /auth/login through without a token', async () => {
      expect([200, 503]).toContain((await t.http.get('/health')).status);
      expectStatus(await t.http.get('/health/live'), 200);
      expectStatus(await t.http.post('/auth/login').send({ login: ADMIN_LOGIN, password: ADMIN_PASSWORD }), 200);
    });
  });

  describe('password change', () => {
    it('refuses a wrong current password and a too-short new one', async () => {
      const user = await freshUser();
      const client = t.as(await t.login(user.login, user.password));
      expect(expectError(await client.post('/auth/password').send({ currentPassword: 'not-my-password', newPassword: 'brand-new-pass-1' }), 400).message).toBe(
        '当前密码不正确',
      ); // 400, not 401: the session stays valid
      expectError(await client.post('/auth/password').send({ currentPassword: user.password, newPassword: 'short' }), 400);
      expectStatus(await t.http.post('/auth/login').send({ login: user.login, password: user.password }), 200);
    });

    it('needs a token', async () => {
      expectError(await t.http.post('/auth/password').send({ currentPassword: 'x', newPassword: 'brand-new-pass-1' }), 401);
    });

    it('replaces the password and ends older sessions, even ones issued in the same second', async () => {
      const user = await freshUser();
      const earlier = await t.login(user.login, user.password);
      const current = await t.login(user.login, user.password);
      expectStatus(await t.as(current).post('/auth/password').send({ currentPassword: user.password, newPassword: 'brand-new-pass-1' }), 204);
      const next = await t.login(user.login, 'brand-new-pass-1');
      const changedAt = await tokensValidAfter(user.id);
      const sameSecondBefore = await tokenIssuedAt(user.id, changedAt - 1);
      for (const old of [earlier, current, sameSecondBefore]) expectError(await t.as(old).get('/users/me'), 401);
      expectStatus(await t.as(next).get('/users/me'), 200);
      expectError(await t.http.post('/auth/login').send({ login: user.login, password: user.password }), 401);
    });
  });
});

describe('delay by client address (TRUST_PROXY)', () => {
  const spray = async (t: TestApp, forwardedFor: string, count: number): Promise<number[]> => {
    const statuses: number[] = [];
    for (let i = 0; i < count; i++) {
      statuses.push(
        (
          await t.http
            .post('/auth/login')
            .set('X-Forwarded-For', forwardedFor)
            .send({ login: `spray-${i}`, password: 'Password1' })
        ).status,
      );
    }
    return statuses;
  };
  const adminFrom = (t: TestApp, forwardedFor: string) =>
    t.http.post('/auth/login').set('X-Forwarded-For', forwardedFor).send({ login: ADMIN_LOGIN, password: ADMIN_PASSWORD });

  it("behind a trusted proxy (loopback), delays the sprayer's address and only that one", async () => {
    const t = await bootTestApp({ env: { LOGIN_ADDRESS_FREE_FAILURES: '6' } });
    try {
      // Password spraying: one wrong attempt each on many logins never reaches an account's limit.
      expect(await spray(t, '203.0.113.7', 6)).toEqual(Array(6).fill(401));
      const refused = await adminFrom(t, '203.0.113.7');
      expectError(refused, 429);
      expect(refused.headers['retry-after']).toBe('1');
      expectStatus(await adminFrom(t, '198.51.100.20'), 200);
    } finally {
      await t.close();
    }
  });

  it('with TRUST_PROXY=false, ignores X-Forwarded-For: every client counts as the proxy itself', async () => {
    const t = await bootTestApp({ env: { LOGIN_ADDRESS_FREE_FAILURES: '6', TRUST_PROXY: 'false' } });
    try {
      expect(await spray(t, '203.0.113.7', 6)).toEqual(Array(6).fill(401));
      expectError(await adminFrom(t, '198.51.100.20'), 429);
    } finally {
      await t.close();
    }
  });
});

describe('delay shared by API processes', () => {
  it('carries over from one app instance to another on the same Redis prefix', async () => {
    const prefix = `test-shared-${randomBytes(6).toString('hex')}`;
    const [a, b] = await Promise.all([bootTestApp({ env: { QUEUE_PREFIX: prefix } }), bootTestApp({ env: { QUEUE_PREFIX: prefix } })]);
    try {
      const free = a.config.LOGIN_FREE_FAILURES;
      for (let i = 0; i < free; i++) expectError(await a.http.post('/auth/login').send({ login: ADMIN_LOGIN, password: 'wrong-password' }), 401);
      const onB = await b.http.post('/auth/login').send({ login: ADMIN_LOGIN, password: ADMIN_PASSWORD });
      expectError(onB, 429);
      expect(onB.headers['retry-after']).toBe('1');
    } finally {
      await Promise.all([a.close(), b.close()]);
      await deleteKeys(a.config.REDIS_URL, prefix);
    }
  });
});

describe('delay while Redis is down', () => {
  it('keeps serving logins and still delays failures, counted in the process', async () => {
    const t = await bootTestApp({ env: { REDIS_URL: 'redis://127.0.0.1:6399' } });
    try {
      expectStatus(await t.http.post('/auth/login').send({ login: ADMIN_LOGIN, password: ADMIN_PASSWORD }), 200);
      const free = t.config.LOGIN_FREE_FAILURES;
      for (let i = 0; i < free; i++) expectError(await t.http.post('/auth/login').send({ login: ADMIN_LOGIN, password: 'wrong-password' }), 401);
      expectError(await t.http.post('/auth/login').send({ login: ADMIN_LOGIN, password: ADMIN_PASSWORD }), 429);
    } finally {
      await t.close();
    }
  });
});
