import { QueryFailedError } from 'typeorm';
import { clientErrorOfQuery } from '../../src/common/database-errors';
import { DATABASES } from './support/databases';
import { catalogueTemplate, must, templateId } from './support/engine-fixtures';
import { expectError, expectFieldError, expectStatus } from './support/expectations';
import { createOrg, type Org } from './support/fixtures';
import { bootTestApp, type TestApp } from './support/test-app';

/**
 * Issue 10 — inputs that used to answer 500 or stall the server: each case here is one of the
 * causes the fuzz run found, answered now with a 4xx in the common error shape.
 */
const EVENT_TEMPLATE = 'enforcement-case';

/** `[[[ … ]]]` nested `levels` deep: a few kilobytes that overflowed the stack. */
const nested = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

describe.each(DATABASES)('input hardening (%s)', (db) => {
  let t: TestApp;
  let org: Org;
  let eventTemplateId: number;

  beforeAll(async () => {
    t = await bootTestApp({ db });
    org = await createOrg(t);
    eventTemplateId = await templateId(t, EVENT_TEMPLATE);
  });
  afterAll(async () => t?.close());

  const admin = () => t.as(t.adminToken);

  describe('JSON bodies', () => {
    it('a body nested 3,000 levels deep is refused with 400, even on the public login route', async () => {
      const body = `{"login":"admin","password":${nested(3000)}}`;
      const res = await t.http.post('/auth/login').set('Content-Type', 'application/json').send(body);
      expect(expectError(res, 400).fields?.[0].message).toMatch(/嵌套过深/);
    });

    it('a lone surrogate in a string is refused naming the field', async () => {
      const body = `{"login":"lone-user","name":"孤立","email":"a\\ud800@example.gov.cn","role":"staff","departmentId":${org.departments.A}}`;
      const res = await admin().post('/users').set('Content-Type', 'application/json').send(body);
      expectFieldError(res, 'email', /Unicode/);
    });

    it('a lone surrogate in a field name is refused too, while a surrogate pair (emoji) is accepted', async () => {
      const res = await admin().patch('/bureau').set('Content-Type', 'application/json').send('{"settings":{"x\\udc00":1}}');
      expectError(res, 400);
      expectStatus(await admin().patch(`/departments/${org.departments.B}`).send({ name: '政策法规股 😀' }), 200);
    });

    it('an object with more keys than any route takes is refused before validation', async () => {
      const anchors = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, '2026-01-01']));
      const res = await admin().post('/plans/event').send({ templateId: eventTemplateId, reference: 'wide-1', title: '宽对象', anchors });
      expectFieldError(res, 'anchors', /字段过多/);
    });
  });

  describe('anchor dates', () => {
    it('100,000 unknown anchor keys (a 990 KB body, under the size limit) are refused with a small answer', async () => {
      const anchors = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [String(i), 0]));
      const res = await admin().post('/plans/event').send({ templateId: eventTemplateId, reference: 'wide-2', title: '宽对象', anchors });
      expectError(res, 400);
      expect(JSON.stringify(res.body).length).toBeLessThan(2000);
    });

    it('more anchor keys than a template may declare are refused by the DTO', async () => {
      const anchors = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`a${i}`, '2026-01-01']));
      const res = await admin().post('/plans/event').send({ templateId: eventTemplateId, reference: 'wide-3', title: '宽对象', anchors });
      expectFieldError(res, 'anchors', /最多 20 个字段/);
    });

    it('unknown anchor keys are each named, with the keys the template has', async () => {
      const known = catalogueTemplate(EVENT_TEMPLATE).anchors!.map((a) => a.key);
      const anchors = { ...Object.fromEntries(known.map((k) => [k, '2026-09-01'])), foo: '2026-09-01', bar: '2026-09-02' };
      const res = await admin().post('/plans/event').send({ templateId: eventTemplateId, reference: 'unknown-keys', title: '未知日期', anchors });
      expectFieldError(res, 'anchors.foo', new RegExp(known[0]));
      expectFieldError(res, 'anchors.bar', /不是本模板的事件日期/);
    });
  });

  describe('query strings', () => {
    it.each(['/users', '/plans', '/audit-events', '/outbox', '/tasks'])('GET %s?offset=5 → 400 naming offset', async (path) => {
      expectFieldError(await admin().get(`${path}?offset=5`), 'offset', /不允许的查询参数/);
    });

    it('an undeclared parameter on a route with named query parameters → 400 naming it', async () => {
      expectFieldError(await admin().get('/templates?kind=event&foo=1'), 'foo');
      expectStatus(await admin().get('/templates?kind=event'), 200);
    });

    it.each(['1e20', '100001', '99999999999999999999'])('GET /users?page=%s → 400 naming page', async (page) => {
      expectFieldError(await admin().get(`/users?page=${page}`), 'page');
    });

    it('a query id beyond the 32-bit range → 400 naming it', async () => {
      expectFieldError(await admin().get('/audit-events?userId=1e20'), 'userId', /超出允许的范围/);
    });
  });

  describe('numbers beyond the integer columns', () => {
    it('a body id of 1e20 → 400 naming it (was "datatype mismatch")', async () => {
      const res = await admin().post('/plans/event').send({ templateId: 1e20, reference: 'big', title: '大数', anchors: {} });
      expectFieldError(res, 'templateId', /超出允许的范围/);
    });

    it('a nested number beyond the range → 400 naming its path', async () => {
      const res = await admin()
        .put(`/users/${org.users.leader.id}/supervised-departments`)
        .send({ departmentIds: [org.departments.A, 2 ** 40] });
      expectFieldError(res, 'departmentIds.1', /超出允许的范围/);
    });
  });

  describe('null where a field may not be null', () => {
    it.each([
      ['PATCH /users/:id', 'title'],
      ['PATCH /users/:id', 'email'],
      ['PATCH /departments/:id', 'name'],
      ['PATCH /departments/:id', 'active'],
      ['PUT /reminder-policy', 'runAt'],
      ['PUT /reminder-policy', 'daysBefore'],
    ])('%s with %s: null → 400 naming the field', async (route, field) => {
      const path = route
        .slice(route.indexOf(' ') + 1)
        .replace('/users/:id', `/users/${org.users.staffA.id}`)
        .replace('/departments/:id', `/departments/${org.departments.A}`);
      const method = route.startsWith('PATCH') ? 'patch' : 'put';
      expectFieldError(
        await admin()
          .request(method, path)
          .send({ [field]: null }),
        field,
        /不能为 null/,
      );
    });

    it('PATCH /templates/:id/items/:itemId with schedule: null → 400 naming schedule', async () => {
      const template = must(await admin().get(`/templates/${eventTemplateId}`), 200, 'template');
      const itemId = template.items[0].id as number;
      expectFieldError(await admin().patch(`/templates/${eventTemplateId}/items/${itemId}`).send({ schedule: null }), 'schedule', /不能为 null/);
      expectFieldError(await admin().patch(`/templates/${eventTemplateId}/items/${itemId}`).send({ description: null }), 'description', /不能为 null/);
    });

    it('a field documented as nullable still takes null (a department without parent)', async () => {
      const res = await admin().patch(`/departments/${org.departments.school}`).send({ parentId: null });
      expectStatus(res, 200);
      expect(res.body.parentId).toBeNull();
    });
  });

  describe('database errors', () => {
    /** The error the database raises for `sql`, as the filter maps it. */
    const mapped = async (sql: string, params: unknown[]) => {
      const err: unknown = await t.dataSource.query(sql, params).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(QueryFailedError);
      return clientErrorOfQuery(err as QueryFailedError);
    };
    const insert =
      db === 'postgres'
        ? 'INSERT INTO departments (code, name, kind, parent_id) VALUES ($1, $2, $3, $4)'
        : 'INSERT INTO departments (code, name, kind, parent_id) VALUES (?, ?, ?, ?)';

    it('unique, foreign-key and not-null violations are recognised by the driver code', async () => {
      expect(await mapped(insert, ['office-a', '重复', 'office', null])).toEqual({ status: 409, message: expect.stringMatching(/已存在/) });
      expect(await mapped(insert, ['orphan', '孤儿', 'office', 987654])).toEqual({ status: 409, message: expect.stringMatching(/引用/) });
      expect(await mapped(insert, ['no-name', null, 'office', null])).toEqual({ status: 400, message: expect.stringMatching(/必填/) });
    });
  });

  describe('content types', () => {
    it('a form-encoded login (a cross-site form post) → 415 in the common shape', async () => {
      const res = await t.http.post('/auth/login').type('form').send('login=admin&password=admin-pass-123');
      expectError(res, 415);
    });

    it.each([
      ['text/plain', '{"login":"admin","password":"x"}'],
      ['application/xml', '<login/>'],
    ])('a %s body on a JSON route → 415', async (type, body) => {
      expectError(await admin().post('/departments').set('Content-Type', type).send(body), 415);
    });

    it('a multipart body on a JSON route → 415 (multipart belongs to evidence uploads only)', async () => {
      const res = await admin().post('/departments').field('code', 'form-dept').field('name', '表单股').field('kind', 'office');
      expect(expectError(res, 415).message).toMatch(/application\/json/);
    });
  });
});
