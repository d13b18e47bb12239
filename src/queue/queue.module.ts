import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { JobHandlers } from './job-handler';
import { JobQueue } from './job-queue';
import { JobWorker } from './job-worker';

/** Owns BullMQ: the queue, the worker, the job schedulers and the `@JobHandler` registry. */
@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [JobHandlers, JobQueue, JobWorker],
  exports: [JobQueue],
})
export class QueueModule {}
