import { Injectable, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { JobHandler, JobHandlerError, JobHandlers } from '../../../src/queue/job-handler';
import type { JobPayloads } from '../../../src/queue/jobs';

/** Handlers for every job name but `sweep`, as a feature module would declare them. */
@Injectable()
class MostJobs {
  readonly seen: unknown[] = [];

  @JobHandler('daily-run')
  async dailyRun(payload: JobPayloads['daily-run']) {
    this.seen.push(payload);
    return 'DONE' as const;
  }

  @JobHandler('send-message', { attempts: 6 })
  async send() {
    return 'SENT' as const;
  }

  @JobHandler('send-messages')
  async sendMany() {
    return 'DONE' as const;
  }

  @JobHandler('record-sent')
  async record() {
    return 'DONE' as const;
  }

  @JobHandler('notify-urge')
  async urge() {
    return 'DONE' as const;
  }

  @JobHandler('build-binder')
  async binder() {
    return 'DONE' as const;
  }

  @JobHandler('certificate-expiry')
  async certificates() {
    return 'DONE' as const;
  }
}

@Injectable()
class Sweeper {
  @JobHandler('sweep')
  async sweep() {
    return 'DONE' as const;
  }
}

@Injectable()
class SecondSweeper {
  @JobHandler('sweep')
  async sweepToo() {
    return 'DONE' as const;
  }
}

async function boot(...providers: (new () => object)[]) {
  @Module({ imports: [DiscoveryModule], providers: [JobHandlers, ...providers] })
  class Host {}
  const moduleRef = await Test.createTestingModule({ imports: [Host] }).compile();
  await moduleRef.init();
  return moduleRef;
}

describe('JobHandlers: the boot check', () => {
  it('finds one handler per job name and runs it with the payload, without a queue', async () => {
    const app = await boot(MostJobs, Sweeper);
    const handlers = app.get(JobHandlers);
    expect(await handlers.run('daily-run', { date: '2026-06-10' }, { id: '1', attempt: 1 })).toBe('DONE');
    expect(app.get(MostJobs).seen).toEqual([{ date: '2026-06-10' }]);
    expect(handlers.options('send-message')).toEqual(expect.objectContaining({ attempts: 6 }));
    expect(handlers.options('sweep')).toEqual(expect.objectContaining({ attempts: 3 }));
    await app.close();
  });

  it('refuses to start when a job name has no handler', async () => {
    await expect(boot(MostJobs)).rejects.toThrow(new JobHandlerError('Job handlers do not match the job names: job "sweep" has no handler'));
  });

  it('refuses to start when a job name has two handlers, naming both', async () => {
    await expect(boot(MostJobs, Sweeper, SecondSweeper)).rejects.toThrow(/job "sweep" has 2 handlers: Sweeper\.sweep, SecondSweeper\.sweepToo/);
  });
});
