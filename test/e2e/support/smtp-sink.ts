import { type ParsedMail, simpleParser } from 'mailparser';
import { createServer } from 'node:net';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';

/** One message the sink accepted, raw and parsed (mailparser decodes the encoded-word subjects). */
export interface ReceivedMail {
  /** Envelope recipients (RCPT TO). */
  to: string[];
  from: string;
  raw: Buffer;
  parsed: ParsedMail;
  subject: string;
  text: string;
  html: string;
  /** The X-Fazhi-Message header (the outbox idempotency key). */
  key: string;
  receivedAt: number;
}

export interface SinkOptions {
  /** Port to listen on (0 or omitted: any free port). */
  port?: number;
  /**
   * Called for each DATA transaction before it is accepted; return an SMTP error to refuse it
   * (e.g. `smtpError(451, '…')`), or null to accept. `attempt` counts DATA commands from 1;
   * `key` is the message's X-Fazhi-Message header.
   */
  refuse?: (attempt: number, message: { key: string; to: string[]; session: SMTPServerSession }) => Error | null;
  /** Milliseconds to hold each message before answering (to catch a send in flight). */
  delayMs?: number;
}

/** An Error carrying the SMTP reply code smtp-server answers with. */
export function smtpError(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code });
}

/** A free loopback port (listen on 0, read it, close). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/**
 * A real SMTP server on loopback (smtp-server, STARTTLS disabled as its built-in certificate has
 * expired, no authentication) that keeps what arrives, parsed with mailparser.
 */
export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  /** DATA transactions seen, accepted or refused. */
  dataAttempts = 0;
  refused = 0;
  private server?: SMTPServer;
  private parsing = new Set<Promise<void>>();
  port = 0;

  /** DATA transactions started (the message fully received) but not yet answered. */
  inFlight = 0;

  constructor(readonly options: SinkOptions = {}) {}

  static async start(options: SinkOptions = {}): Promise<SmtpSink> {
    const sink = new SmtpSink(options);
    await sink.listen(options.port ?? 0);
    return sink;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async listen(port: number): Promise<void> {
    this.server = new SMTPServer({
      disabledCommands: ['STARTTLS'],
      authOptional: true,
      logger: false,
      hideSTARTTLS: true,
      size: 10 * 1024 * 1024,
      closeTimeout: 200,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', async () => {
          this.dataAttempts += 1;
          const raw = Buffer.concat(chunks);
          const to = session.envelope.rcptTo.map((r) => r.address);
          const key = /^X-Fazhi-Message:\s*(.+?)\r?$/im.exec(raw.toString('latin1'))?.[1] ?? '';
          this.inFlight += 1;
          if (this.options.delayMs) await sleep(this.options.delayMs);
          this.inFlight -= 1;
          const refusal = this.options.refuse?.(this.dataAttempts, { key, to, session }) ?? null;
          if (refusal) {
            this.refused += 1;
            callback(refusal);
            return;
          }
          const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
          const job = simpleParser(raw).then((parsed) => {
            this.received.push({
              to,
              from,
              raw,
              parsed,
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : '',
              key: String(parsed.headers.get('x-fazhi-message') ?? ''),
              receivedAt: Date.now(),
            });
          });
          this.parsing.add(job);
          void job.finally(() => this.parsing.delete(job));
          callback(null, 'Queued');
        });
      },
    });
    this.server.on('error', () => undefined);
    await new Promise<void>((resolve, reject) => {
      const onError = (err: Error) => reject(err);
      this.server!.server.once('error', onError);
      this.server!.listen(port, '127.0.0.1', () => {
        this.server!.server.off('error', onError);
        this.port = (this.server!.server.address() as { port: number }).port;
        resolve();
      });
    });
  }

  /** Messages addressed (envelope) to `address`. */
  to(address: string): ReceivedMail[] {
    return this.received.filter((m) => m.to.includes(address));
  }

  /** Polls until `predicate` holds (or throws after `timeoutMs` with what arrived). */
  async waitFor(predicate: (mails: ReceivedMail[]) => boolean, timeoutMs = 15_000, what = 'mail'): Promise<ReceivedMail[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await Promise.all([...this.parsing]);
      if (predicate(this.received)) return this.received;
      if (Date.now() > deadline) {
        throw new Error(
          `timed out after ${timeoutMs} ms waiting for ${what}; received ${this.received.length}: ${JSON.stringify(this.received.map((m) => [m.to, m.subject]))}`,
        );
      }
      await sleep(50);
    }
  }

  /** Waits until at least `n` messages arrived. */
  waitForCount(n: number, timeoutMs = 15_000): Promise<ReceivedMail[]> {
    return this.waitFor((m) => m.length >= n, timeoutMs, `${n} message(s)`);
  }

  /** Lets in-flight parsing finish and waits `ms` more, so that a late duplicate would show. */
  async settle(ms = 1_000): Promise<ReceivedMail[]> {
    await sleep(ms);
    await Promise.all([...this.parsing]);
    return this.received;
  }

  clear(): void {
    this.received.length = 0;
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls an async condition until it returns a truthy value, or throws after `timeoutMs`. */
export async function eventually<T>(probe: () => Promise<T | null | undefined | false>, timeoutMs = 15_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
    await sleep(100);
  }
}
