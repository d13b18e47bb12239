import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { bearerToken, TokenVerifier } from '../auth/token-verifier';
import type { ErrorBody } from '../common/http-error.filter';
import { requestContext } from '../common/request-context';
import { JobQueue } from './job-queue';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/** Plain Express middleware sits outside Nest's filter: it answers the API's error body itself. */
function refuse(res: Response, statusCode: 401 | 403, message: string): void {
  const body: ErrorBody = { statusCode, error: statusCode === 401 ? 'Unauthorized' : 'Forbidden', message, requestId: requestContext.get()?.requestId };
  res.status(statusCode).json(body);
}

/** The BullMQ dashboard, for admins only (token in the Authorization header or the UI's cookie). */
export function mountQueueDashboard(app: NestExpressApplication): void {
  const adapter = new ExpressAdapter();
  adapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({ queues: [new BullMQAdapter(app.get(JobQueue).bullQueue)], serverAdapter: adapter });
  const tokens = app.get(TokenVerifier);
  const adminOnly = (req: Request, res: Response, next: NextFunction) => {
    tokens
      .authenticate(bearerToken(req))
      .then((user) => (user.role === 'admin' ? next() : refuse(res, 403, '只有管理员可以查看任务队列')))
      .catch(() => refuse(res, 401, '请先以管理员身份登录'));
  };
  app.use(QUEUE_DASHBOARD_PATH, adminOnly, adapter.getRouter());
}
