import type { LoggerService } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { ServerResponse } from 'node:http';
import { pino, type DestinationStream, type Level, type Logger, type LoggerOptions } from 'pino';
import { pinoHttp } from 'pino-http';
import type { AppConfig } from '../config/app-config';
import { requestContext } from './request-context';

/** Nest's level names → pino's. */
const LEVELS: Record<AppConfig['LOG_LEVEL'], Level> = { error: 'error', warn: 'warn', log: 'info', debug: 'debug', verbose: 'trace' };

/**
 * The process's one logger: JSON lines on stdout. A line written while serving a request carries
 * its request id and user id (from the request context), unless it names them itself.
 */
export function createLogger(level: AppConfig['LOG_LEVEL'], destination?: DestinationStream): Logger {
  const options: LoggerOptions = {
    level: LEVELS[level],
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
    mixin(fields: object) {
      const ctx = requestContext.get();
      return ctx && !('requestId' in fields) ? { requestId: ctx.requestId, userId: ctx.userId } : {};
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** Nest's LoggerService on pino: `context` (the class name) becomes a field. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  /** Nest passes `(message, context)`, and for errors `(message, stack, context)`. */
  private write(level: Level, message: unknown, params: unknown[]): void {
    const strings = params.filter((p): p is string => typeof p === 'string');
    const context = strings.length ? strings[strings.length - 1] : undefined;
    const stack = strings.length > 1 ? strings[0] : undefined;
    const text = message instanceof Error ? message.message : typeof message === 'string' ? message : JSON.stringify(message);
    this.logger[level]({ context, stack: stack ?? (message instanceof Error ? message.stack : undefined) }, text);
  }
}

type LoggedRequest = Request & { user?: { id: number } };

/** One line per finished request: method, route pattern, status, duration, user id, request id. */
function requestLine(req: LoggedRequest, res: ServerResponse, responseTime: number) {
  return {
    requestId: res.getHeader('X-Request-Id'),
    method: req.method,
    route: (req.route as { path?: string } | undefined)?.path ?? req.path,
    status: res.statusCode,
    durationMs: Math.round(responseTime * 10) / 10,
    userId: req.user?.id,
  };
}

/** pino-http, mounted after the request-id middleware so that its lines carry the same id. */
export function requestLogger(logger: Logger): (req: Request, res: Response, next: NextFunction) => void {
  return pinoHttp({
    logger,
    genReqId: (_req, res) => String(res.getHeader('X-Request-Id')),
    // Not the whole request (its headers carry tokens and cookies): only requestLine()'s fields.
    serializers: { req: () => undefined },
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    customSuccessMessage: () => 'request',
    customErrorMessage: () => 'request',
    customSuccessObject: (req, res, fields) => requestLine(req as LoggedRequest, res, (fields as { responseTime: number }).responseTime),
    customErrorObject: (req, res, _err, fields) => requestLine(req as LoggedRequest, res, (fields as { responseTime: number }).responseTime),
  });
}
