import type { JobsOptions } from 'bullmq';

/**
 * Queue and job names are part of the data in Redis: renaming one orphans the jobs waiting under
 * the old name, so a rename needs a migration plan (drain the queue first).
 */
export const REMINDERS_QUEUE = 'reminders';

/**
 * Every job of the queue and its payload. Adding a job is one entry here and one method marked
 * `@JobHandler('<name>')`; the worker refuses to start while a name has no handler or two.
 */
export interface JobPayloads {
  /** The day's reminder run; `date` pins a catch-up to the day it was queued for. */
  'daily-run': { date?: string };
  /** One delivery attempt of an outbox message: the one made when its row shows `attempts` tries (a retry). */
  'send-message': { messageId: number; attempts?: number };
  /** Delivery attempts of many outbox messages (a run's, the sweep's), each as in `send-message`. */
  'send-messages': { messages: { id: number; attempts: number }[] };
  /** Writes an accepted message's `sent` state when the first write failed (never re-sends). */
  'record-sent': { messageId: number; smtpMessageId: string; sentAt: string };
  /** 催办: writes the notices of one urge to the outbox. */
  'notify-urge': { urgeId: number };
  /** Builds one evidence binder (佐证材料汇编) .zip from its record. */
  'build-binder': { binderId: number };
  /** Catch-up of whatever a Redis or worker outage left behind. */
  sweep: Record<string, never>;
  /** The day's 执法证 expiry notices; `date` pins a run to a day. */
  'certificate-expiry': { date?: string };
}

export type JobName = keyof JobPayloads;

/** The job names as values (a Record over JobName: a name missing here does not compile). */
export const JOB_NAMES: Record<JobName, true> = {
  'daily-run': true,
  'send-message': true,
  'send-messages': true,
  'record-sent': true,
  'notify-urge': true,
  'build-binder': true,
  sweep: true,
  'certificate-expiry': true,
};

/** What a handler did; job results in the dashboard read as these. */
export type JobStatus = 'DONE' | 'SKIPPED' | 'SENT' | 'UNSENT' | 'RETRY_SCHEDULED' | 'FAILED' | 'DEFERRED' | 'SENT_UNRECORDED';

/** What a handler learns about its job besides the payload. */
export interface JobContext {
  id: string;
  /** 1 on the first run, 2 on BullMQ's first retry … */
  attempt: number;
}

/** Retry and retention of a job name, declared with its handler. */
export type JobHandlerOptions = Pick<JobsOptions, 'attempts' | 'backoff' | 'removeOnComplete' | 'removeOnFail'>;

export const DEFAULT_JOB_OPTIONS: JobHandlerOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 5_000 },
  removeOnComplete: { count: 5000, age: 7 * 86_400 },
  removeOnFail: { age: 30 * 86_400 },
};
