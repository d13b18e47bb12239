/**
 * Lets timers and I/O callbacks (other requests, `/health/live`) run before the caller goes on:
 * long work split into chunks awaits this between them so no chunk holds the event loop long.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
