import { Injectable, OnModuleInit } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { DomainEvents } from '../common/domain-events';
import { MailJobs } from '../mail/mail.jobs';
import { JobHandler } from '../queue/job-handler';
import { JobQueue } from '../queue/job-queue';
import type { JobPayloads, JobStatus } from '../queue/jobs';
import { RemindersService } from './reminders.service';

/** Urges older than this without a notice are queued again by the sweep. */
const URGE_GRACE_MS = 60_000;

/**
 * The reminder jobs: a job scheduler starts the daily run (one schedule however many workers); the
 * run enqueues its messages in batch send jobs; the sweep catches up what an outage left behind.
 */
@Injectable()
export class ReminderJobs implements OnModuleInit {
  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly reminders: RemindersService,
    private readonly mail: MailJobs,
    private readonly queue: JobQueue,
    private readonly events: DomainEvents,
  ) {}

  onModuleInit(): void {
    this.events.on('urge.created', async ({ urgeId }) => this.queue.add('notify-urge', { urgeId }, { jobId: `urge-${urgeId}` }));
    this.queue.defineScheduler({
      id: 'daily-run',
      job: 'daily-run',
      repeat: async () => {
        const [hour, minute] = (await this.reminders.policy()).runAt.split(':').map(Number);
        return { pattern: `${minute} ${hour} * * *`, tz: this.config.TIME_ZONE };
      },
    });
    this.queue.defineScheduler({ id: 'sweep', job: 'sweep', repeat: () => Promise.resolve({ every: this.config.QUEUE_SWEEP_INTERVAL_MS }) });
  }

  @JobHandler('daily-run')
  async dailyRun({ date }: JobPayloads['daily-run']): Promise<JobStatus> {
    // Before the run: a year without holidays is exactly when the run itself sends nothing. Only the
    // scheduled job (or an admin's run-now) sends it, not a catch-up (`date` set): catch-ups also
    // fire whenever a process starts, and a missed day's notice is repeated the next day anyway.
    if (!date) await this.mail.enqueueSends(await this.reminders.calendarNotice());
    const result = await this.reminders.runDaily(date);
    await this.mail.enqueueSends(result.messageIds);
    return result.status;
  }

  @JobHandler('notify-urge')
  async notifyUrge({ urgeId }: JobPayloads['notify-urge']): Promise<JobStatus> {
    await this.mail.enqueueSends(await this.reminders.notifyUrge(urgeId));
    return 'DONE';
  }

  /**
   * Catch-up: job schedulers Redis lost, today's missed run, urges never notified, mail whose job
   * was lost or whose worker died.
   */
  @JobHandler('sweep')
  async sweep(): Promise<JobStatus> {
    await this.queue.restoreMissingSchedulers();
    const today = await this.reminders.runIsDue();
    if (today) await this.queue.add('daily-run', { date: today }, { jobId: `catch-up-${today}` });
    // No job id here: a failed notify job stays in Redis under its id and would block the re-add.
    for (const urgeId of await this.reminders.unnotifiedUrges(URGE_GRACE_MS)) await this.queue.add('notify-urge', { urgeId });
    await this.mail.sweep();
    return 'DONE';
  }

  /** After an admin changed the run time; the schedulers live in Redis, so any process may do it. */
  reschedule(): Promise<void> {
    return this.queue.installSchedulers('daily-run');
  }
}
