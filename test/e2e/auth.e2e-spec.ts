import { JwtService } from '@nestjs/jwt';
import { User } from '../../src/org/user.entity';
import { DATABASES } from './support/databases';
import { expectError, expectStatus } from './support/expectations';
import { createUser, type TestUser } from './support/fixtures';
import { ADMIN_LOGIN, ADMIN_PASSWORD, bootTestApp, type TestApp } from './support/test-app';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Waits until just after a second boundary, so the next few steps share one JWT `iat` second. */
const startOfNextSecond = () => sleep(1000 - (Date.now() % 1000) + 5);

function decode(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
}
function encode(part: object): string {
  return Buffer.from(JSON.stringify(part)).toString('base64url');
}

describe.each(DATABASES)('authentication (%s)', (db) => {
  let t: TestApp;
  let n = 0;
  /** A fresh account per test, so lock counters never leak between tests. */
  const freshUser = () => createUser(t, { login: `user${++n}`, role: 'adviser' });

  beforeAll(async () => {
    t = await bootTestApp({ db });
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

  describe('throttling', () => {
    async function fail(user: TestUser, times: number): Promise<number[]> {
      const statuses: number[] = [];
      for (let i = 0; i < times; i++) {
        statuses.push((await t.http.post('/auth/login').send({ login: user.login, password: 'wrong-password' })).status);
      }
      return statuses;
    }

    it('locks the account after LOGIN_MAX_FAILURES failures, even for the right password (429)', async () => {
      const user = await freshUser();
      const max = t.config.LOGIN_MAX_FAILURES;
      expect(await fail(user, max)).toEqual(Array(max).fill(401));
      const locked = await t.http.post('/auth/login').send({ login: user.login, password: user.password });
      const body = expectError(locked, 429);
      expect(body.message).toContain(`${t.config.LOGIN_LOCK_MINUTES} 分钟`);
      expect(locked.body.token).toBeUndefined();
      expectError(await t.http.post('/auth/login').send({ login: user.login, password: 'wrong-password' }), 429);
    });

    it('unlocks once the lock has run out', async () => {
      const user = await freshUser();
      await fail(user, t.config.LOGIN_MAX_FAILURES);
      expectError(await t.http.post('/auth/login').send({ login: user.login, password: user.password }), 429);
      // Move the lock into the past instead of waiting LOGIN_LOCK_MINUTES.
      await t.dataSource.getRepository(User).update({ id: user.id }, { lockedUntil: new Date(Date.now() - 1000) });
      expectStatus(await t.http.post('/auth/login').send({ login: user.login, password: user.password }), 200);
    });

    it('resets the failure count on a successful login', async () => {
      const user = await freshUser();
      const max = t.config.LOGIN_MAX_FAILURES;
      expect(await fail(user, max - 1)).toEqual(Array(max - 1).fill(401));
      expectStatus(await t.http.post('/auth/login').send({ login: user.login, password: user.password }), 200);
      expect(await fail(user, max - 1)).toEqual(Array(max - 1).fill(401));
      expectStatus(await t.http.post('/auth/login').send({ login: user.login, password: user.password }), 200);
    });

    it('counts failures per account: another account is not locked', async () => {
      const victim = await freshUser();
      const other = await freshUser();
      await fail(victim, t.config.LOGIN_MAX_FAILURES);
      expectStatus(await t.http.post('/auth/login').send({ login: other.login, password: other.password }), 200);
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

    it('can log in again when re-enabled, but the token from before stays refused', async () => {
      const user = await freshUser();
      await startOfNextSecond();
      const old = await t.login(user.login, user.password);
      expectStatus(await t.as(t.adminToken).patch(`/users/${user.id}`).send({ active: false }), 200);
      expectStatus(await t.as(t.adminToken).patch(`/users/${user.id}`).send({ active: true }), 200);
      const fresh = await t.login(user.login, user.password);
      // All within one second: a seconds-only comparison would let the old token back in.
      expect(decode(fresh).iat).toBe(decode(old).iat);
      expectStatus(await t.as(fresh).get('/users/me'), 200);
      expectError(await t.as(old).get('/users/me'), 401);
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
      const other = await t.login(user.login, user.password); // an earlier session
      await startOfNextSecond();
      const current = await t.login(user.login, user.password);
      const sameSecond = await t.login(user.login, user.password);
      expectStatus(await t.as(current).post('/auth/password').send({ currentPassword: user.password, newPassword: 'brand-new-pass-1' }), 204);
      const next = await t.login(user.login, 'brand-new-pass-1');
      // Within one second of each other: a seconds-only comparison cannot tell these apart.
      expect(decode(next).iat).toBe(decode(sameSecond).iat);

      for (const old of [other, current, sameSecond]) expectError(await t.as(old).get('/users/me'), 401);
      expectStatus(await t.as(next).get('/users/me'), 200);
      expectError(await t.http.post('/auth/login').send({ login: user.login, password: user.password }), 401);
    });
  });
});

describe('throttling by client address', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('refuses an address that keeps failing across many accounts, even for a correct login', async () => {
    // Password spraying: one wrong attempt each on many (unknown) accounts never locks an account.
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) {
      statuses.push((await t.http.post('/auth/login').send({ login: `spray-${i}`, password: 'Password1' })).status);
    }
    expect(statuses).toEqual(Array(30).fill(401));
    const res = await t.http.post('/auth/login').send({ login: ADMIN_LOGIN, password: ADMIN_PASSWORD });
    expectError(res, 429);
  });
});
