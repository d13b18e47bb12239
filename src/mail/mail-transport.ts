import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import type { ClaimedMessage } from './outbox-repository';

/** Connections of the SMTP pool: the sends one process has on the wire at once. */
export const SMTP_POOL_CONNECTIONS = 5;

export type DeliveryResult = { delivered: true; messageId: string } | { delivered: false; reason: string };

/** nodemailer over SMTP when SMTP_URL is set; otherwise messages stay in the outbox (and as .eml). */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private transporter: Transporter | null = null;

  constructor(@InjectConfig() private readonly config: AppConfig) {}

  get configured(): boolean {
    return Boolean(this.config.SMTP_URL);
  }

  async deliver(message: ClaimedMessage): Promise<DeliveryResult> {
    const mail = {
      from: this.config.MAIL_FROM,
      to: message.toAddress,
      subject: message.subject,
      text: message.text,
      html: message.html,
      headers: { 'X-Fazhi-Message': message.idempotencyKey },
    };
    if (!this.configured) {
      await this.keepAsEml(message, mail);
      return { delivered: false, reason: '未配置 SMTP 服务器（SMTP_URL），邮件保留在发件箱中' };
    }
    const info = await this.transport().sendMail(mail);
    return { delivered: true, messageId: String(info.messageId) };
  }

  /** Whether the SMTP server answers and accepts our session (the breaker's probe). */
  async verify(): Promise<boolean> {
    try {
      return await this.transport().verify();
    } catch {
      return false;
    }
  }

  onApplicationShutdown(): void {
    this.transporter?.close();
  }

  private transport(): Transporter {
    // A small pool: one run sends hundreds of digests; reconnecting for each would dominate.
    // (Pool options go in the options object with the url: createTransport(url, x) takes x as
    // message defaults, and would open one connection per message.)
    // Bounded timeouts: a server that never answers must not hold the worker slots for long.
    this.transporter ??= nodemailer.createTransport({
      url: this.config.SMTP_URL!,
      pool: true,
      maxConnections: SMTP_POOL_CONNECTIONS,
      maxMessages: 500,
      connectionTimeout: this.config.SMTP_CONNECT_TIMEOUT_MS,
      greetingTimeout: this.config.SMTP_CONNECT_TIMEOUT_MS,
      socketTimeout: this.config.SMTP_SOCKET_TIMEOUT_MS,
    });
    return this.transporter;
  }

  private async keepAsEml(message: ClaimedMessage, mail: Parameters<Transporter['sendMail']>[0]): Promise<void> {
    const dir = join(this.config.dataDir, 'mail');
    await mkdir(dir, { recursive: true });
    const raw = await nodemailer.createTransport({ streamTransport: true, buffer: true }).sendMail(mail);
    await writeFile(join(dir, `${message.id}.eml`), raw.message as Buffer);
    this.logger.debug(`No SMTP configured: message ${message.id} kept in the outbox and data/mail/`);
  }
}
