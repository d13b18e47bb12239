import * as ical from 'node-ical';
import { DATABASES } from '../support/databases';
import { listAll, must, type TaskSummary } from '../support/engine-fixtures';
import { CHINESE, expectError } from '../support/expectations';
import { adviserTasks, createReminderBureau, petitionTask, PUBLIC_BASE_URL, reminderEnv, type ReminderBureau } from '../support/reminder-fixtures';
import { bootTestApp, type AuthedClient, type TestApp } from '../support/test-app';

/**
 * Issue 14, point 2 — private ICS feeds. 局办公室 has three petitions (信访), 政策法规股 a
 * legal-adviser review (two tasks); 李副局长 supervises 政策法规股 and 安全管理股. Each feed is
 * fetched without login through its token URL and parsed back with node-ical.
 */
describe.each(DATABASES)('calendar feed (ICS) (%s)', (db) => {
  let t: TestApp;
  let b: ReminderBureau;
  let petitions: TaskSummary[];
  let adviser: TaskSummary[];

  beforeAll(async () => {
    t = await bootTestApp({ db, env: reminderEnv() });
    b = await createReminderBureau(t);
    petitions = [
      await petitionTask(t, b, '信访〔2026〕11号', '2026-05-12', '2026-05-27'),
      await petitionTask(t, b, '信访〔2026〕12号', '2026-05-26', '2026-06-10'),
      await petitionTask(t, b, '信访〔2026〕13号', '2026-09-27', '2026-10-12'),
    ];
    adviser = await adviserTasks(t, b, '法审〔2026〕21号', '2026-06-04', ['2026-06-15', '2026-06-17']);
  });
  afterAll(async () => {
    await t?.close();
  });

  const issue = async (client: AuthedClient): Promise<{ url: string; path: string }> => {
    const body = must<{ url: string; createdAt: string }>(await client.post('/me/calendar-feed'), 201, 'issue feed');
    expect(body.url.startsWith(`${PUBLIC_BASE_URL}/feeds/calendar/`)).toBe(true);
    return { url: body.url, path: body.url.slice(PUBLIC_BASE_URL.length) };
  };
  const fetchIcs = async (path: string) => {
    const res = await t.http
      .get(path)
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
    return { res, raw: res.body as Buffer };
  };
  const eventsOf = (raw: Buffer) =>
    Object.values(ical.sync.parseICS(raw.toString('utf8')))
      .filter((c): c is ical.VEvent => c?.type === 'VEVENT')
      .sort((x, y) => x.uid.localeCompare(y.uid));
  /** The all-day date as written (node-ical gives a Date at midnight UTC here). */
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const expectedEvents = (tasks: TaskSummary[]) =>
    tasks
      .map((x) => ({ uid: `task-${x.id}@fazhi-duban`, date: x.dueOn, summary: x.title, url: `${PUBLIC_BASE_URL}/#/tasks/${x.id}` }))
      .sort((x, y) => x.uid.localeCompare(y.uid));

  it("lists the department's open tasks as all-day events: count, dates, UIDs, Chinese titles, links; RFC 5545 framing", async () => {
    const staff = await b.as(b.staff.office);
    expect(must(await staff.get('/me/calendar-feed'), 200, 'status')).toEqual({ active: false, createdAt: null, lastFetchedAt: null });
    const { path } = await issue(staff);
    const { res, raw } = await fetchIcs(path);

    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['cache-control']).toBe('private, max-age=300');
    // A calendar polling an unchanged feed gets 304 without the body.
    expect((await t.http.get(path).set('If-None-Match', res.headers.etag)).status).toBe(304);
    const text = raw.toString('utf8');
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain('X-WR-TIMEZONE:Asia/Shanghai\r\n');
    expect(text).toContain('X-WR-CALNAME:法治督办 · 局办公室\r\n');
    // CRLF only; every physical line at most 75 octets, each a whole UTF-8 sequence; long lines folded.
    const lines = text.split('\r\n');
    expect(lines.every((l) => !l.includes('\n') && !l.includes('\r'))).toBe(true);
    let offset = 0;
    for (const line of lines) {
      const bytes = raw.subarray(offset, offset + Buffer.byteLength(line));
      expect(bytes.length).toBeLessThanOrEqual(75);
      expect(bytes.toString('utf8')).toBe(line);
      offset += bytes.length + 2;
    }
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);

    const office = (await listAll(t.as(t.adminToken), { departmentId: b.dept.office })).filter((x) => x.status !== 'done' && x.dueOn);
    expect(office).toHaveLength(petitions.length);
    const events = eventsOf(raw);
    expect(events.map((e) => ({ uid: e.uid, date: day(e.start), summary: e.summary, url: e.url }))).toEqual(expectedEvents(office));
    for (const e of events) {
      expect(e.start.dateOnly).toBe(true);
      expect(day(e.end!)).toBe(new Date(e.start.getTime() + 86_400_000).toISOString().slice(0, 10));
      expect(e.summary).toMatch(CHINESE);
      expect(e.description).toContain('状态：待办');
      expect(e.description).toContain(`办理：${e.url}`);
    }

    const status = must(await staff.get('/me/calendar-feed'), 200, 'status');
    expect(status).toEqual({ active: true, createdAt: expect.any(String), lastFetchedAt: expect.any(String) });
  });

  it("another user's token shows their own department only; a leader's shows the departments they supervise", async () => {
    const legal = eventsOf((await fetchIcs((await issue(await b.as(b.head.legal))).path)).raw);
    expect(legal.map((e) => e.uid).sort()).toEqual(adviser.map((x) => `task-${x.id}@fazhi-duban`).sort());
    const leader = eventsOf((await fetchIcs((await issue(await b.as(b.leader))).path)).raw);
    // 李副局长 supervises 政策法规股 and 安全管理股 (which has no task), not 局办公室.
    expect(leader.map((e) => e.uid).sort()).toEqual(legal.map((e) => e.uid).sort());
    expect(leader.every((e) => String(e.summary).endsWith('（政策法规股）'))).toBe(true);
  });

  it('SEQUENCE grows when a due date changes; the UID stays', async () => {
    const staff = await b.as(b.staff.office);
    const { path } = await issue(staff);
    const target = petitions[1];
    const before = eventsOf((await fetchIcs(path)).raw).find((e) => e.uid === `task-${target.id}@fazhi-duban`)!;
    must(
      await staff.patch(`/plans/${target.planId}/anchors`).send({ anchors: { receivedOn: '2026-05-27' }, reason: '收件日期登记有误' }),
      200,
      'correct receipt date',
    );
    const after = eventsOf((await fetchIcs(path)).raw).find((e) => e.uid === `task-${target.id}@fazhi-duban`)!;
    expect(day(before.start)).toBe('2026-06-10');
    expect(day(after.start)).toBe('2026-06-11');
    expect(Number(after.sequence)).toBeGreaterThan(Number(before.sequence));
  });

  it('a regenerated token replaces the old one and a revoked one answers 404', async () => {
    const staff = await b.as(b.staff.safety);
    const first = await issue(staff);
    expect((await fetchIcs(first.path)).res.status).toBe(200);
    const second = await issue(staff);
    expect(second.path).not.toBe(first.path);
    expectError(await t.http.get(first.path), 404);
    expect((await fetchIcs(second.path)).res.status).toBe(200);

    expect((await staff.delete('/me/calendar-feed')).status).toBe(204);
    expectError(await t.http.get(second.path), 404);
    expect(must(await staff.get('/me/calendar-feed'), 200, 'status')).toEqual({ active: false, createdAt: null, lastFetchedAt: null });
  });

  it('unknown tokens and malformed names answer 404; an admin has no task calendar (422)', async () => {
    expectError(await t.http.get(`/feeds/calendar/${'A'.repeat(43)}.ics`), 404);
    expectError(await t.http.get('/feeds/calendar/not-a-token'), 404);
    expectError(await t.as(t.adminToken).post('/me/calendar-feed'), 422);
    expectError(await t.http.get('/me/calendar-feed'), 401);
  });
});
