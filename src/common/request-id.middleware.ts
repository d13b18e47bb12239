import type { NextFunction, Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { requestContext } from './request-context';

const VALID_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Gives each request an id (or keeps a sane incoming X-Request-Id) for logs, errors and audit.
 * Mounted before the body parsers so that even a malformed body's error carries it.
 */
export function requestIdMiddleware(req: Request, res: Response, next: NextFunction): void {
  const incoming = req.header('x-request-id');
  const requestId = incoming && VALID_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader('X-Request-Id', requestId);
  requestContext.run({ requestId }, next);
}
