import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { bearerToken, TokenVerifier } from '../auth/token-verifier';
import { ReminderQueue } from './reminder-queue';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/** The BullMQ dashboard, for admins only (token in the Authorization header or the UI's cookie). */
export function mountQueueDashboard(app: NestExpressApplication): void {
  const adapter = new ExpressAdapter();
  adapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({ queues: [new BullMQAdapter(app.get(ReminderQueue).bullQueue)], serverAdapter: adapter });
  const tokens = app.get(TokenVerifier);
  const adminOnly = (req: Request, res: Response, next: NextFunction) => {
    tokens
      .authenticate(bearerToken(req))
      .then((user) => (user.role === 'admin' ? next() : res.status(403).json({ statusCode: 403, error: 'Forbidden', message: '只有管理员可以查看任务队列' })))
      .catch(() => res.status(401).json({ statusCode: 401, error: 'Unauthorized', message: '请先以管理员身份登录' }));
  };
  app.use(QUEUE_DASHBOARD_PATH, adminOnly, adapter.getRouter());
}
