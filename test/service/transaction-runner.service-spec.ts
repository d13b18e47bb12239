/**
 * SQLite has one connection for every request: a transaction that yields to the event loop (a
 * plan written in chunks) must not have another request's transaction open inside it.
 */
import { yieldToEventLoop } from '../../src/common/event-loop';
import { TransactionRunner } from '../../src/database/transaction-runner';
import { bootServices, type ServiceApp } from './support/service-app';

describe('TransactionRunner on SQLite', () => {
  let app: ServiceApp;
  let tx: TransactionRunner;

  beforeAll(async () => {
    app = await bootServices([]);
    tx = app.get(TransactionRunner);
  });
  afterAll(() => app?.close());

  it('runs a transaction started while another one yields after that one has committed', async () => {
    const steps: string[] = [];
    const yielding = tx.run(async (m) => {
      steps.push('A begins');
      await m.query('CREATE TABLE probe (v TEXT)');
      await yieldToEventLoop();
      await yieldToEventLoop();
      await m.query("INSERT INTO probe (v) VALUES ('A')");
      steps.push('A ends');
    });
    await yieldToEventLoop();
    const other = tx.run(async (m) => {
      steps.push('B begins');
      // B sees A's committed table and row: it did not run inside A.
      steps.push(`B reads ${(await m.query('SELECT v FROM probe')).length}`);
    });
    await Promise.all([yielding, other]);
    expect(steps).toEqual(['A begins', 'A ends', 'B begins', 'B reads 1']);
  });

  it('lets a transaction opened inside another one join it instead of waiting for it', async () => {
    const inner = await tx.run(() => tx.run(() => Promise.resolve('joined')));
    expect(inner).toBe('joined');
  });

  it('lets the next transaction run after one that failed', async () => {
    await expect(tx.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(tx.run(() => Promise.resolve('next'))).resolves.toBe('next');
  });
});
