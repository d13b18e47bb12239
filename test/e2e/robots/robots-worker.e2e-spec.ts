import { randomBytes } from 'node:crypto';
import { MailJobs } from '../../../src/mail/mail.jobs';
import { OutboxMessage } from '../../../src/mail/outbox-message.entity';
import { OutboxService } from '../../../src/mail/outbox.service';
import { DATABASES } from '../support/databases';
import { must } from '../support/engine-fixtures';
import { bootReplica, reminderEnv } from '../support/reminder-fixtures';
import { eventually } from '../support/smtp-sink';
import { bootTestApp, type TestApp } from '../support/test-app';
import { WebhookReceiver } from '../support/webhook-receiver';
import { WorkerProcess } from '../support/worker-process';

/**
 * Issue 14 — a robot's messages across a receiver outage and a worker restart in the middle of
 * their retry chains: the chains live in the outbox rows, so the new worker carries them on and
 * each message is accepted exactly once. PostgreSQL when available, else SQLite.
 */
const db = DATABASES.includes('postgres') ? 'postgres' : 'sqlite';
const TOKEN = 'restart-ding-token-4e2b';
const SECRET = 'SECrestart0123456789abcdef';
const N = 5;

describe(`chat robots: a worker restart mid-chain (${db})`, () => {
  jest.setTimeout(240_000);
  let receiver: WebhookReceiver;
  let api: TestApp;
  let worker: WorkerProcess | undefined;
  let replica: TestApp | undefined;
  let env: Record<string, string>;

  beforeAll(async () => {
    receiver = await WebhookReceiver.start();
    receiver.expectDingtalk(TOKEN, SECRET);
    const robotEnv = { ROBOT_SECRET_KEY: randomBytes(32).toString('hex'), ROBOT_ALLOWED_HOSTS: receiver.host };
    // Retries 1 s, 2 s, 4 s … apart: the worker is killed between attempts, not during one.
    env = reminderEnv(undefined, { ...robotEnv, MAIL_RETRY_BASE_MS: '1000', MAIL_STALE_CLAIM_MS: '3000', QUEUE_SWEEP_INTERVAL_MS: '500' });
    api = await bootTestApp({ db, env: { ...env, PROCESS_ROLE: 'api' } });
    worker = await WorkerProcess.start(api.config, robotEnv);
  }, 240_000);
  afterAll(async () => {
    await worker?.stop();
    await replica?.close();
    await api?.close();
    await receiver?.close();
  });

  it('messages failing at the receiver when the worker is killed are delivered once each by the next worker', async () => {
    const robot = must(
      await api
        .as(api.adminToken)
        .post('/robots')
        .send({ kind: 'dingtalk', name: '局督办群', webhook: receiver.dingtalkWebhook(TOKEN), secret: SECRET }),
      201,
      'robot',
    );
    receiver.down = '500';
    const ids = await api.app.get(OutboxService).enqueue(
      Array.from({ length: N }, (_, i) => ({
        idempotencyKey: `restart-${i}`,
        kind: 'escalation' as const,
        recipientId: null,
        toAddress: '钉钉群机器人：局督办群',
        subject: `【法治督办】测试 ${i}`,
        text: `### 测试消息 restart-${i}`,
        html: '',
        channel: 'dingtalk' as const,
        robotId: robot.id,
      })),
    );
    await api.app.get(MailJobs).enqueueSends(ids);
    const postsOf = (i: number) => receiver.posts.filter((p) => (p.body.markdown.text ?? '').endsWith(`restart-${i}`));
    await receiver.waitFor(() => Array.from({ length: N }, (_, i) => postsOf(i).length).every((n) => n >= 2), 30_000, 'two failed attempts of each');
    await worker!.kill9();
    const rows = () => api.dataSource.getRepository(OutboxMessage).findBy({ robotId: robot.id });
    expect((await rows()).map((r) => r.status).filter((s) => s === 'sent')).toEqual([]);
    replica = await bootReplica(api, env);
    receiver.down = null;
    await eventually(async () => (await rows()).every((r) => r.status === 'sent') || null, 150_000, 'every message sent');
    for (let i = 0; i < N; i++) expect(postsOf(i).filter((p) => p.accepted)).toHaveLength(1);
    for (const r of await rows()) expect(r.attempts).toBeGreaterThanOrEqual(3);
    expect(receiver.problems).toEqual([]);
  });
});
