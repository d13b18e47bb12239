import { expectError, expectStatus } from './support/expectations';
import { OwnRedis } from './support/own-redis';
import { bootTestApp, type TestApp } from './support/test-app';

describe('health, docs and HTTP hygiene', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('GET /health answers 200 with the database and Redis up', async () => {
    const res = await t.http.get('/health');
    expectStatus(res, 200);
    expect(res.body).toEqual(
      expect.objectContaining({
        status: 'ok',
        info: { database: expect.objectContaining({ status: 'up' }), redis: expect.objectContaining({ status: 'up' }) },
      }),
    );
  });

  it('GET /health/live answers 200', async () => {
    const res = await t.http.get('/health/live');
    expectStatus(res, 200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('serves the API documentation without a token', async () => {
    const page = await t.http.get('/api/docs');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    const doc = await t.http.get('/api/docs/openapi.json');
    expectStatus(doc, 200);
    expect(doc.body.info.title).toBe('法治督办 API');
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/auth/login',
        '/auth/password',
        '/users',
        '/users/{id}',
        '/departments',
        '/department-roles/{code}',
        '/audit-events',
        '/bureau',
        '/health',
      ]),
    );
    expect(doc.body.components.securitySchemes).toEqual(expect.objectContaining({ bearer: expect.objectContaining({ scheme: 'bearer' }) }));
  });

  it('sends security headers and hides the framework', async () => {
    for (const res of [await t.http.get('/health/live'), await t.as(t.adminToken).get('/users/me'), await t.http.get('/no-such-route')]) {
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('sends no CORS headers by default, not even to a preflight', async () => {
    const origin = 'https://elsewhere.example.com';
    const simple = await t.as(t.adminToken).get('/users/me').set('Origin', origin);
    expectStatus(simple, 200);
    expect(simple.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await t.http.options('/users/me').set('Origin', origin).set('Access-Control-Request-Method', 'GET');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.headers['access-control-allow-methods']).toBeUndefined();
  });

  it('echoes a sane X-Request-Id and makes one up otherwise', async () => {
    const echoed = await t.http.get('/health/live').set('X-Request-Id', 'client-req.42_a-b');
    expect(echoed.headers['x-request-id']).toBe('client-req.42_a-b');

    const generated = await t.http.get('/health/live');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);

    for (const bad of ['has spaces in it', 'x'.repeat(65), '<script>']) {
      const res = await t.http.get('/health/live').set('X-Request-Id', bad);
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('puts the request id in error bodies, including for bodies that never reached a route', async () => {
    const refused = await t.http.get('/users/me').set('X-Request-Id', 'trace-401');
    expect(expectError(refused, 401).requestId).toBe('trace-401');
    const badJson = await t.as(t.adminToken).post('/departments').set('X-Request-Id', 'trace-400').set('Content-Type', 'application/json').send('{"code":');
    expect(expectError(badJson, 400).requestId).toBe('trace-400');
    const unknownRoute = await t.http.get('/no-such-route').set('X-Request-Id', 'trace-404');
    expect(expectError(unknownRoute, 404).requestId).toBe('trace-404');
  });
});

describe('with CORS_ORIGINS set', () => {
  let t: TestApp;
  const allowed = 'https://duban.example.gov.cn';
  beforeAll(async () => {
    t = await bootTestApp({ env: { CORS_ORIGINS: `${allowed}, https://other.example.gov.cn` } });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('allows exactly the listed origins', async () => {
    const ok = await t.http.options('/users/me').set('Origin', allowed).set('Access-Control-Request-Method', 'GET');
    expect(ok.headers['access-control-allow-origin']).toBe(allowed);
    const other = await t.http.options('/users/me').set('Origin', 'https://elsewhere.example.com').set('Access-Control-Request-Method', 'GET');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('with Redis unreachable', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Nothing listens on this port: the API (with its in-process worker) must still boot, serve
    // and shut down (JobWorker bounds BullMQ's close, which never returns without Redis).
    t = await bootTestApp({ env: { REDIS_URL: 'redis://127.0.0.1:6399' } });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('GET /health answers 503 naming Redis, in the error shape', async () => {
    const res = await t.http.get('/health');
    const body = expectError(res, 503);
    expect(body.message).toMatch(/Redis 不可用/);
    expect(body.message).not.toMatch(/database/);
  });

  it('still serves authenticated routes and liveness', async () => {
    expectStatus(await t.as(t.adminToken).get('/users/me'), 200);
    expectStatus(await t.as(t.adminToken).get('/departments'), 200);
    expectStatus(await t.http.get('/health/live'), 200);
  });
});

describe('with a Redis slow to answer (busy for 1.5 s)', () => {
  let redis: OwnRedis;
  let t: TestApp;
  beforeAll(async () => {
    redis = await OwnRedis.start();
    t = await bootTestApp({ env: { REDIS_URL: redis.url, HEALTH_REDIS_TIMEOUT_MS: '4000' } });
  });
  afterAll(async () => {
    await t?.close();
    await redis?.stop();
  });

  it('GET /health waits up to HEALTH_REDIS_TIMEOUT_MS: a slow answer is not an outage', async () => {
    // DEBUG SLEEP blocks the server, as a Redis busy under load does.
    const busy = redis.command((c) => c.call('DEBUG', 'SLEEP', '1.5'));
    const res = await t.http.get('/health');
    await busy;
    expectStatus(res, 200);
    expect(res.body.info.redis).toEqual(expect.objectContaining({ status: 'up', latencyMs: expect.any(Number) }));
  });
});
