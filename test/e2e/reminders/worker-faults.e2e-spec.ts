import { DataSource } from 'typeorm';
import { OutboxMessage } from '../../../src/mail/outbox-message.entity';
import { DATABASES } from '../support/databases';
import { bootReplica, reminderEnv, writeTestMessages } from '../support/reminder-fixtures';
import { eventually, SmtpSink } from '../support/smtp-sink';
import { bootTestApp, type TestApp } from '../support/test-app';
import { WorkerProcess } from '../support/worker-process';

/**
 * Issue 10 — separate API and worker processes: a worker whose database connections are dropped
 * under it keeps running and finishes the work; a worker killed with -9 in the middle of sending is
 * replaced and the mail settles within the stale-claim timeout, with at most one duplicate per
 * message that was in flight. PostgreSQL when available (pg_terminate_backend), else SQLite.
 */
const db = DATABASES.includes('postgres') ? 'postgres' : 'sqlite';
const figure = (line: string) => process.stdout.write(`[figure] ${line}\n`);

const FAULT_ENV = { MAIL_STALE_CLAIM_MS: '3000', QUEUE_SWEEP_INTERVAL_MS: '500', MAIL_RETRY_BASE_MS: '200', MAIL_SEND_ATTEMPTS: '8' };

describe(`reminders: worker processes under faults (${db})`, () => {
  jest.setTimeout(240_000);
  let sink: SmtpSink;
  let api: TestApp;
  let worker: WorkerProcess | undefined;
  let replica: TestApp | undefined;

  beforeAll(async () => {
    // Each message is held 1 s by the server, so that sends are in flight when a fault strikes.
    sink = await SmtpSink.start({ delayMs: 1_000 });
    api = await bootTestApp({ db, env: reminderEnv(sink.url, { ...FAULT_ENV, PROCESS_ROLE: 'api' }) });
    worker = await WorkerProcess.start(api.config);
  }, 240_000);
  afterAll(async () => {
    await worker?.stop();
    await replica?.close();
    await api?.close();
    await sink?.close();
  });

  const received = (tag: string) => sink.received.filter((m) => m.key.startsWith(`${tag}-`));
  const allSent = (tag: string, n: number, timeoutMs: number) =>
    eventually(
      async () => {
        const rows = (await api.dataSource.getRepository(OutboxMessage).find()).filter((r) => r.idempotencyKey.startsWith(`${tag}-`));
        return rows.length === n && rows.every((r) => r.status === 'sent');
      },
      timeoutMs,
      `${n} messages of ${tag} sent`,
    );

  if (db === 'postgres') {
    it('database connections dropped (pg_terminate_backend) under the API and the worker: nothing exits, every message is sent once', async () => {
      const tag = 'pg-drop';
      const n = 30;
      const name = new URL(api.config.DATABASE_URL).pathname.slice(1);
      const admin = new DataSource({ type: 'postgres', url: api.config.DATABASE_URL, extra: { max: 1 } });
      await admin.initialize();
      const dropAll = async () =>
        (await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name])).length as number;
      let dropped = 0;
      try {
        await writeTestMessages(api, tag, n);
        await sink.waitFor(() => received(tag).length >= 3, 30_000, 'the first messages');
        dropped += await dropAll();
        await sink.waitFor(() => received(tag).length >= 12, 30_000, 'more messages');
        dropped += await dropAll();
      } finally {
        await admin.destroy();
      }
      const started = Date.now();
      await allSent(tag, n, 60_000);
      figure(`${dropped} PostgreSQL connections dropped twice during a ${n}-message run: all sent ${Date.now() - started} ms after the second drop`);
      await sink.waitFor(() => received(tag).length >= n, 10_000, 'every message');
      expect(new Set(received(tag).map((m) => m.key)).size).toBe(n);
      expect(received(tag)).toHaveLength(n);
      expect(worker!.alive).toBe(true);
      expect((await api.http.get('/health')).status).toBe(200);
    });
  }

  it('a worker killed with -9 while sending: a new worker settles the mail within the stale-claim timeout, at most one duplicate per message in flight', async () => {
    const tag = 'kill9';
    const n = 30;
    await writeTestMessages(api, tag, n);
    await eventually(async () => sink.inFlight >= 2 || null, 30_000, 'sends in flight');
    const inFlight = sink.inFlight;
    await worker!.kill9();
    const killedAt = Date.now();
    replica = await bootReplica(api, reminderEnv(sink.url, FAULT_ENV));
    // A send job the killed worker held stays active in BullMQ until its lock expires and the
    // stalled-job check hands it back (up to two 30 s intervals): wait past that on a busy machine.
    await allSent(tag, n, 150_000);
    const settledMs = Date.now() - killedAt;
    await sink.waitFor(() => new Set(received(tag).map((m) => m.key)).size >= n, 10_000, 'every message');
    const counts = new Map<string, number>();
    for (const m of received(tag)) counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
    const duplicates = [...counts.values()].filter((c) => c > 1).length;
    figure(
      `kill -9 with ${inFlight} sends in flight: ${n} messages settled ${settledMs} ms after the kill (MAIL_STALE_CLAIM_MS=${api.config.MAIL_STALE_CLAIM_MS}, QUEUE_SWEEP_INTERVAL_MS=${api.config.QUEUE_SWEEP_INTERVAL_MS}), ${duplicates} duplicates, 0 lost`,
    );
    expect(counts.size).toBe(n);
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(2);
    expect(duplicates).toBeLessThanOrEqual(inFlight);
  });
});
