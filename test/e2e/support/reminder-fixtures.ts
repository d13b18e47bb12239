import { Clock } from '../../../src/common/clock';
import { OutboxMessage } from '../../../src/mail/outbox-message.entity';
import { MailJobs } from '../../../src/mail/mail.jobs';
import { OutboxService } from '../../../src/mail/outbox.service';
import { JobQueue } from '../../../src/queue/job-queue';
import { ReminderRun } from '../../../src/reminders/reminder-run.entity';
import { RemindersService } from '../../../src/reminders/reminders.service';
import { Task } from '../../../src/tasks/task.entity';
import { createBureau, createEventPlan, leadTask, must, type Bureau, type TaskSummary } from './engine-fixtures';
import { createUser, type TestUser } from './fixtures';
import { eventually, type ReceivedMail, type SmtpSink } from './smtp-sink';
import { bootTestApp, type BootOptions, type TestApp } from './test-app';

export const PUBLIC_BASE_URL = 'https://fazhi.example.gov.cn';

/** Settings every reminder e2e app uses: quick retries and SMTP probes, a known link base. */
export function reminderEnv(smtpUrl?: string, extra: Record<string, string> = {}): Record<string, string> {
  return { MAIL_RETRY_BASE_MS: '200', SMTP_PROBE_INTERVAL_MS: '500', PUBLIC_BASE_URL, ...(smtpUrl ? { SMTP_URL: smtpUrl } : {}), ...extra };
}

/** An instant at `hhmm` Asia/Shanghai on `date`. */
export const shanghai = (date: string, hhmm = '10:00') => new Date(`${date}T${hhmm}:00+08:00`);

/**
 * Pins the app's clock. Before 08:30 the sweep never starts a run on its own, so fixtures are
 * built on a clock pinned early in the day and a run happens only when a test starts it.
 */
export function pinClock(t: TestApp, date: string, hhmm = '10:00'): void {
  t.app.get(Clock).pin(shanghai(date, hhmm));
}

/** Boots an app for reminder tests and pins its clock at once (07:00 on `date`: no run can start). */
export async function bootReminderApp(date: string, options: BootOptions = {}): Promise<TestApp> {
  const t = await bootTestApp(options);
  pinClock(t, date, '07:00');
  return t;
}

/**
 * A second instance of the same installation (another replica): the same database and Redis
 * prefix, hence the same queue, token secret and data folder.
 */
export async function bootReplica(first: TestApp, env: Record<string, string> = {}): Promise<TestApp> {
  return bootTestApp({
    env: {
      DATA_DIR: first.config.dataDir,
      DATABASE_URL: first.config.DATABASE_URL,
      QUEUE_PREFIX: first.config.QUEUE_PREFIX,
      ...env,
    },
  });
}

export interface ReminderBureau extends Bureau {
  /** 王副局长, supervising 局办公室 (the engine bureau's leader 李副局长 supervises 政策法规股 and 安全管理股). */
  officeLeader: TestUser;
  /** 赵局长, the bureau head. */
  bureauHead: TestUser;
}

/** The engine bureau plus a leader supervising 局办公室 and a bureau head (局长). */
export async function createReminderBureau(t: TestApp): Promise<ReminderBureau> {
  const b = await createBureau(t);
  const officeLeader = await createUser(t, { login: 'leader-wang', name: '王副局长', role: 'leader', title: '副局长' });
  must(await b.admin.put(`/users/${officeLeader.id}/supervised-departments`).send({ departmentIds: [b.dept.office] }), 200, 'office supervision');
  const bureauHead = await createUser(t, { login: 'chief-zhao', name: '赵局长', role: 'leader', title: '局长', isBureauHead: true });
  return { ...b, officeLeader, bureauHead };
}

export const emailOf = (u: TestUser) => `${u.login}@example.gov.cn`;

/**
 * A petition (信访) registered by 局办公室: its one task 书面告知 is due 15 calendar days after
 * receipt (moved to the next working day), so `receivedOn` picks the due date.
 */
export async function petitionTask(t: TestApp, b: Bureau, reference: string, receivedOn: string, expectDueOn: string): Promise<TaskSummary> {
  const { planId } = await createEventPlan(await b.as(b.staff.office), t, 'petition', reference, { receivedOn });
  const task = await leadTask(t, planId, 'petition', 'written-notice');
  if (task.dueOn !== expectDueOn) throw new Error(`petition ${reference} received ${receivedOn}: expected due ${expectDueOn}, got ${task.dueOn}`);
  return task;
}

/**
 * A legal-adviser review (法律顾问审查) of 政策法规股: 书面意见 due 7 working days after the
 * request, 意见登记 2 working days after that.
 */
export async function adviserTasks(
  t: TestApp,
  b: Bureau,
  reference: string,
  requestedOn: string,
  expectDueOn: [string, string],
): Promise<[TaskSummary, TaskSummary]> {
  const { planId } = await createEventPlan(await b.as(b.head.legal), t, 'legal-adviser-review', reference, { requestedOn });
  const opinion = await leadTask(t, planId, 'legal-adviser-review', 'adviser-opinion');
  const record = await leadTask(t, planId, 'legal-adviser-review', 'record-opinion');
  if (opinion.dueOn !== expectDueOn[0] || record.dueOn !== expectDueOn[1]) {
    throw new Error(`review ${reference} requested ${requestedOn}: expected ${expectDueOn}, got ${[opinion.dueOn, record.dueOn]}`);
  }
  return [opinion, record];
}

/** Sets a task's assignee directly (the API route PATCH /tasks/:id/assignee is tested in the engine specs). */
export async function assign(t: TestApp, taskId: number, userId: number): Promise<void> {
  await t.dataSource.getRepository(Task).update({ id: taskId }, { assigneeId: userId });
}

export async function outboxRows(t: TestApp): Promise<OutboxMessage[]> {
  return t.dataSource.getRepository(OutboxMessage).find({ order: { id: 'ASC' } });
}

export async function runRow(t: TestApp, date: string): Promise<ReminderRun | null> {
  return t.dataSource.getRepository(ReminderRun).findOneBy({ runDate: date });
}

/** Waits for the day's run to be recorded as finished. */
export function runFinished(t: TestApp, date: string, timeoutMs = 15_000): Promise<ReminderRun> {
  return eventually(
    async () => {
      const run = await runRow(t, date);
      return run?.finishedAt ? run : null;
    },
    timeoutMs,
    `the reminder run of ${date}`,
  );
}

/** The daily run as the worker does it (decide, write the outbox, enqueue the sends), awaited. */
export async function runAndEnqueue(t: TestApp): Promise<number[]> {
  const result = await t.app.get(RemindersService).runDaily();
  await t.app.get(MailJobs).enqueueSends(result.messageIds);
  return result.messageIds;
}

/**
 * `n` outbox messages keyed `<tag>-<i>` (no task behind them: for delivery faults), handed to the
 * queue as a run does unless `queue` is false. Returns their ids.
 */
export async function writeTestMessages(t: TestApp, tag: string, n: number, queue = true): Promise<number[]> {
  const ids = await t.app.get(OutboxService).enqueue(
    Array.from({ length: n }, (_, i) => ({
      idempotencyKey: `${tag}-${i}`,
      kind: 'digest' as const,
      recipientId: null,
      toAddress: `user${i}@example.gov.cn`,
      subject: `【法治督办】测试 ${tag} ${i}`,
      text: '测试',
      html: '<p>测试</p>',
    })),
  );
  if (queue) await t.app.get(MailJobs).enqueueSends(ids);
  return ids;
}

/**
 * Waits until the queue has nothing waiting or running: what a job started (a sweep's catch-up
 * run, a run's sends) is enqueued before that job completes, so an empty queue means settled.
 * Scheduled repeats (the sweep's next turn) sit in `delayed` and do not count.
 */
export function queueSettled(t: TestApp, timeoutMs = 15_000): Promise<true> {
  const queue = t.app.get(JobQueue).bullQueue;
  return eventually(
    async () => {
      const counts = await queue.getJobCounts('waiting', 'active', 'prioritized');
      return Object.values(counts).every((n) => n === 0);
    },
    timeoutMs,
    'the queue to settle',
  );
}

/** The send jobs (single or batch) still to run for one message (none once it is failed for good). */
export async function pendingSendJobs(t: TestApp, messageId: number): Promise<number> {
  const jobs = await t.app.get(JobQueue).bullQueue.getJobs(['waiting', 'active', 'delayed', 'prioritized']);
  return jobs.filter((j) => {
    const data = j?.data as { messageId?: number; messages?: { id: number }[] } | undefined;
    return (j?.name === 'send-message' && data?.messageId === messageId) || (j?.name === 'send-messages' && data?.messages?.some((m) => m.id === messageId));
  }).length;
}

/**
 * Everything handed to the queue has run and every message the sink accepted is parsed: a
 * duplicate send would have arrived by now (sends are jobs; none is left waiting or running).
 */
export async function settled(t: TestApp, sink: SmtpSink): Promise<ReceivedMail[]> {
  await queueSettled(t);
  return sink.settle(0);
}
