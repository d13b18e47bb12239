import { AsyncLocalStorage } from 'node:async_hooks';

/** Who is acting and under which request id: read by the audit trail and the logger. */
export interface RequestContext {
  requestId: string;
  userId?: number;
  /** Set for system actors (jobs, seeding) so audit events say who changed data. */
  actor?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export const requestContext = {
  run<T>(ctx: RequestContext, fn: () => T): T {
    return storage.run(ctx, fn);
  },
  get(): RequestContext | undefined {
    return storage.getStore();
  },
  /** Marks the current request as acting for a user once authentication has identified them. */
  setUser(userId: number): void {
    const ctx = storage.getStore();
    if (ctx) ctx.userId = userId;
  },
};
