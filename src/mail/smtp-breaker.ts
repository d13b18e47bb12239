import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { MailTransport } from './mail-transport';

/** An SMTP error that says the server is unreachable (no reply, or 421 "service not available"). */
export function isOutage(err: unknown): boolean {
  const code = (err as { responseCode?: number } | null)?.responseCode;
  return code === undefined || code === 421;
}

/**
 * Circuit breaker over the SMTP server, per worker process: after SMTP_BREAKER_THRESHOLD
 * consecutive connection failures it opens and sends are not attempted; a probe (SMTP verify)
 * every SMTP_PROBE_INTERVAL_MS closes it again and tells the listeners (who re-send what the
 * outage failed).
 */
@Injectable()
export class SmtpBreaker implements OnApplicationShutdown {
  private readonly logger = new Logger('SmtpBreaker');
  private failures = 0;
  private probe?: NodeJS.Timeout;
  private readonly closedListeners: (() => Promise<unknown>)[] = [];

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly transport: MailTransport,
  ) {}

  get open(): boolean {
    return this.failures >= this.config.SMTP_BREAKER_THRESHOLD;
  }

  /** An SMTP server is configured and not known to be down. */
  get canSend(): boolean {
    return this.transport.configured && !this.open;
  }

  onClosed(listener: () => Promise<unknown>): void {
    this.closedListeners.push(listener);
  }

  /** The server answered (accepting or refusing a message): it is there. */
  recordReachable(): void {
    if (!this.open) this.failures = 0;
  }

  recordOutage(): void {
    this.failures += 1;
    if (this.failures === this.config.SMTP_BREAKER_THRESHOLD) {
      this.logger.warn(`SMTP server unreachable ${this.failures} times in a row: sends paused, probing every ${this.config.SMTP_PROBE_INTERVAL_MS} ms`);
      this.scheduleProbe();
    }
  }

  private scheduleProbe(): void {
    this.probe = setTimeout(() => void this.runProbe(), this.config.SMTP_PROBE_INTERVAL_MS);
    this.probe.unref();
  }

  private async runProbe(): Promise<void> {
    if (!(await this.transport.verify())) return this.scheduleProbe();
    this.failures = 0;
    this.logger.log('SMTP server answers again: sends resumed');
    for (const listener of this.closedListeners) {
      await listener().catch((err: Error) => this.logger.warn(`After the SMTP outage: ${err.message}`));
    }
  }

  onApplicationShutdown(): void {
    clearTimeout(this.probe);
  }
}
