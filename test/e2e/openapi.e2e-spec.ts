/**
 * Issue 9 — the API's contract: every operation documents its answer with a schema, every schema
 * reference resolves, no entity is serialised directly, real answers match their schemas, and the
 * web UI's generated types are those of the served document.
 */
import type { OpenAPIObject } from '@nestjs/swagger';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENTITIES } from '../../src/database/entities';
import { previewOpenApiDocument } from '../../src/openapi';
import { DATABASES } from './support/databases';
import { eventually } from './support/smtp-sink';
import { operationFor, refsOf, violations } from './support/openapi-conformance';
import { bootTestApp, type AuthedClient, type HttpMethod, type TestApp } from './support/test-app';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

describe('OpenAPI contract', () => {
  let t: TestApp;
  let doc: OpenAPIObject;
  beforeAll(async () => {
    t = await bootTestApp();
    doc = (await t.http.get('/api/docs/openapi.json').expect(200)).body as OpenAPIObject;
  });
  afterAll(() => t?.close());

  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, item]) =>
      METHODS.filter((m) => item[m]).map((m) => ({
        name: `${m.toUpperCase()} ${path}`,
        responses: item[m]!.responses as Record<string, { content?: object }>,
      })),
    );

  it('every operation documents one success status, with a schema unless it is 204', () => {
    expect(operations().length).toBeGreaterThan(50);
    const lacking = operations().flatMap(({ name, responses }) => {
      const success = Object.keys(responses).filter((s) => /^2\d\d$/.test(s));
      if (success.length !== 1) return [`${name}: success statuses ${JSON.stringify(success)}`];
      const content = responses[success[0]].content as Record<string, { schema?: object }> | undefined;
      if (success[0] === '204') return content ? [`${name}: 204 with a body`] : [];
      return content && Object.values(content).every((c) => c.schema) ? [] : [`${name}: ${success[0]} without a schema`];
    });
    expect(lacking).toEqual([]);
  });

  it('documents the common error body for every operation', () => {
    const missing = operations()
      .filter(
        ({ responses }) =>
          JSON.stringify(responses.default?.content ?? {}) !==
          JSON.stringify({ 'application/json': { schema: { $ref: '#/components/schemas/ErrorBodyView' } } }),
      )
      .map((o) => o.name);
    expect(missing).toEqual([]);
    expect(doc.components?.schemas?.ErrorBodyView).toEqual(
      expect.objectContaining({
        required: ['statusCode', 'error', 'message'],
        properties: expect.objectContaining({ fields: expect.any(Object), requestId: expect.any(Object) }),
      }),
    );
  });

  it('every schema reference resolves', () => {
    const refs = [...new Set(refsOf(doc))];
    expect(refs.length).toBeGreaterThan(40);
    expect(refs.filter((r) => !r.startsWith('#/components/schemas/') || !doc.components?.schemas?.[r.slice('#/components/schemas/'.length)])).toEqual([]);
  });

  it('no entity is a schema: answers are view classes', () => {
    const schemas = Object.keys(doc.components?.schemas ?? {});
    expect(ENTITIES.map((e) => e.name).filter((name) => schemas.includes(name))).toEqual([]);
  });

  it('the generator builds the served document without a database, Redis or port', async () => {
    expect(await previewOpenApiDocument()).toEqual(doc);
  });

  it('the committed web UI types are generated from the served document', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fazhi-openapi-'));
    try {
      writeFileSync(join(dir, 'openapi.json'), JSON.stringify(doc));
      // Throws, with the script's message, when src/web/ui/api-types.ts is stale.
      execFileSync(process.execPath, [require.resolve('ts-node/dist/bin'), '--transpile-only', 'scripts/api-types.ts', '--check', join(dir, 'openapi.json')], {
        cwd: join(__dirname, '..', '..'),
        stdio: 'pipe',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// The database shapes values (counts, booleans, dates): check real answers on each dialect.
describe.each(DATABASES)('OpenAPI contract: real answers (%s)', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootTestApp({ db, env: { DEMO: 'true' } });
  });
  afterAll(() => t?.close());

  it('answers carry exactly the documented fields, types and statuses', async () => {
    const doc = (await t.http.get('/api/docs/openapi.json').expect(200)).body as OpenAPIObject;
    const admin = t.as(t.adminToken);
    const leader = t.as(await t.login('juzhang', 'Demo@2026'));
    const head = t.as(await t.login('aqg', 'Demo@2026'));
    const adviser = t.as(await t.login('guwen', 'Demo@2026'));
    const task = ((await head.get('/tasks?view=overdue&pageSize=1').expect(200)).body as { items: { id: number }[] }).items[0];
    await leader.post(`/tasks/${task.id}/urges`).send({ message: '请尽快办理' }).expect(201);
    // The urge's notification is written to the outbox by a queued job.
    const outbox = await eventually(
      async () => ((await admin.get('/outbox?kind=urge&pageSize=1').expect(200)).body as { items: { id: number }[] }).items[0],
      15_000,
      "the urge's notification in the outbox",
    );
    const requests: [AuthedClient | undefined, HttpMethod, string, object?][] = [
      [undefined, 'get', '/health'],
      [undefined, 'get', '/health/live'],
      [admin, 'get', '/bureau'],
      [admin, 'get', '/calendar/years'],
      [admin, 'get', '/calendar/health'],
      [admin, 'get', '/calendar/working-days?from=2026-09-30&n=1'],
      [admin, 'get', '/work-points'],
      [admin, 'get', '/templates'],
      [admin, 'get', '/templates/1'],
      [admin, 'get', '/departments'],
      [admin, 'get', '/departments/1'],
      [admin, 'get', '/department-roles'],
      [admin, 'get', '/users'],
      [head, 'get', '/users/me'],
      [admin, 'get', '/plans'],
      [admin, 'get', '/plans/1'],
      [admin, 'get', '/plans/1/steps'],
      [head, 'get', '/plans/registrable'],
      [head, 'get', '/adviser/advisers'],
      [adviser, 'get', '/adviser/requests'],
      [head, 'get', '/tasks'],
      [head, 'get', '/tasks/counts'],
      [head, 'get', `/tasks/${task.id}`],
      [admin, 'get', '/tasks/review-queue'],
      [leader, 'get', '/oversight/overdue'],
      [leader, 'get', '/oversight/summary'],
      [admin, 'get', '/outbox'],
      [leader, 'get', '/outbox/mine'],
      [admin, 'get', `/outbox/${outbox.id}`],
      [admin, 'get', '/reminder-policy'],
      [admin, 'get', '/reminder-runs'],
      [admin, 'get', '/audit-events'],
      [head, 'post', `/tasks/${task.id}/activities`, { occurredOn: '2026-03-02', title: '专题学习会' }],
      [admin, 'post', '/reminder-runs'],
      [head, 'post', '/me/calendar-feed'],
      [head, 'get', '/me/calendar-feed'],
      [head, 'delete', '/me/calendar-feed'],
      [head, 'post', '/auth/password', { currentPassword: 'Demo@2026', newPassword: 'Demo@2026-new' }],
    ];
    const problems: string[] = [];
    for (const [client, method, path, body] of requests) {
      const req = client ? client.request(method, path) : t.http[method](path);
      const res = await (body ? req.send(body) : req);
      const { template, responses } = operationFor(doc, method, path.split('?')[0]);
      const documented = responses[String(res.status)];
      if (!documented || !/^2/.test(String(res.status))) {
        problems.push(`${method.toUpperCase()} ${path}: answered ${res.status}, documented ${Object.keys(responses).join(', ')}`);
        continue;
      }
      const schema = documented.content?.['application/json']?.schema;
      if (schema) problems.push(...violations(doc, schema, res.body, `${method.toUpperCase()} ${template}`));
      else if (res.text) problems.push(`${method.toUpperCase()} ${path}: body without a documented schema`);
    }
    expect(problems).toEqual([]);
  });
});
