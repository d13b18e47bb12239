import { ConsoleLogger, LogLevel } from '@nestjs/common';
import { requestContext } from './request-context';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** One JSON object per line, carrying the request id of the request being served. */
export class JsonLogger extends ConsoleLogger {
  constructor(level: LogLevel) {
    super({ json: true, logLevels: LEVELS.slice(0, LEVELS.indexOf(level) + 1) });
  }

  protected getJsonLogObject(message: unknown, options: Parameters<ConsoleLogger['getJsonLogObject']>[1]) {
    const entry = super.getJsonLogObject(message, options);
    const ctx = requestContext.get();
    return ctx ? { ...entry, requestId: ctx.requestId, userId: ctx.userId } : entry;
  }
}
