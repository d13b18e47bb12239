import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { DEFAULT_JOB_OPTIONS, JOB_NAMES, JobContext, JobHandlerOptions, JobName, JobPayloads, JobStatus } from './jobs';

export type JobHandlerFn<N extends JobName> = (payload: JobPayloads[N], context: JobContext) => Promise<JobStatus>;

const JOB_HANDLER = Symbol('job-handler');

interface Declared {
  name: JobName;
  options: JobHandlerOptions;
}

/**
 * Marks a provider method as the handler of a job name. The method's signature is checked against
 * the name's payload type; it is an ordinary service method, callable without a queue.
 */
export function JobHandler<N extends JobName>(name: N, options: JobHandlerOptions = {}) {
  return <F extends JobHandlerFn<N>>(target: object, key: string | symbol, descriptor: TypedPropertyDescriptor<F>): void => {
    Reflect.defineMetadata(JOB_HANDLER, { name, options } satisfies Declared, descriptor.value!);
  };
}

export class JobHandlerError extends Error {}

interface Registered {
  run: JobHandlerFn<JobName>;
  options: JobHandlerOptions;
  where: string;
}

/** Finds the `@JobHandler` methods at boot; refuses to start unless each job name has exactly one. */
@Injectable()
export class JobHandlers implements OnModuleInit {
  private readonly handlers = new Map<JobName, Registered>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  onModuleInit(): void {
    const found: (Registered & { name: JobName })[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) continue;
      for (const method of this.scanner.getAllMethodNames(Object.getPrototypeOf(instance) as object)) {
        const declared = Reflect.getMetadata(JOB_HANDLER, instance[method] as object) as Declared | undefined;
        if (!declared) continue;
        const fn = (instance[method] as JobHandlerFn<JobName>).bind(instance);
        found.push({ name: declared.name, options: declared.options, run: fn, where: `${instance.constructor.name}.${method}` });
      }
    }
    this.register(found, Object.keys(JOB_NAMES) as JobName[]);
  }

  private register(found: (Registered & { name: JobName })[], names: JobName[]): void {
    const problems: string[] = [];
    for (const name of names) {
      const mine = found.filter((h) => h.name === name);
      if (mine.length === 0) problems.push(`job "${name}" has no handler`);
      if (mine.length > 1) problems.push(`job "${name}" has ${mine.length} handlers: ${mine.map((h) => h.where).join(', ')}`);
    }
    for (const h of found) if (!names.includes(h.name)) problems.push(`${h.where} handles unknown job "${h.name}"`);
    if (problems.length) throw new JobHandlerError(`Job handlers do not match the job names: ${problems.join('; ')}`);
    for (const h of found) this.handlers.set(h.name, h);
  }

  options(name: JobName): JobHandlerOptions {
    return { ...DEFAULT_JOB_OPTIONS, ...this.handlers.get(name)?.options };
  }

  run<N extends JobName>(name: N, payload: JobPayloads[N], context: JobContext): Promise<JobStatus> {
    const handler = this.handlers.get(name);
    if (!handler) throw new JobHandlerError(`No handler for job ${name}`);
    return handler.run(payload, context);
  }
}
