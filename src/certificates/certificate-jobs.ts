import { Injectable, OnModuleInit } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { MailJobs } from '../mail/mail.jobs';
import { JobHandler } from '../queue/job-handler';
import { JobQueue } from '../queue/job-queue';
import type { JobPayloads, JobStatus } from '../queue/jobs';
import { ExpiryNotices } from './expiry-notices';

/** Early in the working day, before the reminders' run; a missed day is caught up by the next (notices are due "on or before"). */
const EXPIRY_RUN_PATTERN = '30 7 * * *';

/** Schedules the daily 执法证 expiry notices (one schedule however many workers) and sends what they wrote. */
@Injectable()
export class CertificateJobs implements OnModuleInit {
  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly notices: ExpiryNotices,
    private readonly mail: MailJobs,
    private readonly queue: JobQueue,
  ) {}

  onModuleInit(): void {
    this.queue.defineScheduler({
      id: 'certificate-expiry',
      job: 'certificate-expiry',
      repeat: () => Promise.resolve({ pattern: EXPIRY_RUN_PATTERN, tz: this.config.TIME_ZONE }),
    });
  }

  @JobHandler('certificate-expiry')
  async expiryRun({ date }: JobPayloads['certificate-expiry']): Promise<JobStatus> {
    const { messageIds } = await this.notices.run(date);
    await this.mail.enqueueSends(messageIds);
    return 'DONE';
  }
}
