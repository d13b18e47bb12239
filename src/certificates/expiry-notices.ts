import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Between, Repository } from 'typeorm';
import { BureauService } from '../bureau/bureau.service';
import { CalendarService } from '../calendar/calendar.service';
import { Clock } from '../common/clock';
import { addDays, daysBetween } from '../common/dates';
import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import type { NewMessage } from '../mail/outbox.service';
import { OutboxService } from '../mail/outbox.service';
import { NotificationsService } from '../notifications/notifications.service';
import { OrgDirectory, type Recipient } from '../org/org-directory.service';
import { EnforcementCertificate } from './certificate.entity';
import { dueStage, EXPIRED_NOTICE_WINDOW_DAYS, stageKey, type ExpiryStage } from './expiry-schedule';

/** How far back a notice day may move to the last working day before it (the longest holiday run, with margin). */
const HOLIDAY_SLACK_DAYS = 20;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * 执法证到期提醒: each day, for every valid certificate whose notice day (90 and 30 days ahead by
 * default, settings) has come, or that has just expired, a notification and an e-mail to the
 * holder department's heads and 政策法规股's heads. Keyed per certificate, expiry and stage, so a
 * re-run (or a catch-up after a missed day) sends nothing twice.
 */
@Injectable()
export class ExpiryNotices {
  private readonly logger = new Logger('CertificateExpiry');

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    @InjectRepository(EnforcementCertificate) private readonly certificates: Repository<EnforcementCertificate>,
    private readonly bureau: BureauService,
    private readonly calendar: CalendarService,
    private readonly org: OrgDirectory,
    private readonly outbox: OutboxService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  /** Writes the day's notices; returns the certificates announced and the outbox messages waiting to be sent. */
  async run(date?: string): Promise<{ certificates: number; messageIds: number[] }> {
    const today = date ?? this.clock.today();
    const settings = await this.bureau.settings();
    const leads = [settings.certificateNoticeDaysFirst ?? 90, settings.certificateNoticeDaysSecond ?? 30];
    const horizon = addDays(today, Math.max(...leads) + HOLIDAY_SLACK_DAYS);
    const candidates = await this.certificates.find({
      where: { status: 'valid', expiresOn: Between(addDays(today, -EXPIRED_NOTICE_WINDOW_DAYS), horizon) },
      order: { id: 'ASC' },
    });
    const calendar = await this.calendar.calendar();
    const legalHeads = await this.legalHeads();
    let announced = 0;
    const messageIds: number[] = [];
    for (const certificate of candidates) {
      const stage = dueStage(certificate.expiresOn, today, leads, calendar);
      if (!stage) continue;
      const heads = await this.org.members(certificate.departmentId, ['head']);
      const recipients = [...new Map([...heads, ...legalHeads].map((r) => [r.id, r])).values()];
      if (!recipients.length) continue;
      messageIds.push(...(await this.announce(certificate, stage, today, recipients)));
      announced += 1;
    }
    if (announced) this.logger.log(`${today}: expiry notices for ${announced} certificate(s)`);
    return { certificates: announced, messageIds };
  }

  private async announce(c: EnforcementCertificate, stage: ExpiryStage, today: string, recipients: Recipient[]): Promise<number[]> {
    const key = stageKey(c.id, c.expiresOn, stage);
    const text = noticeText(c, stage, daysBetween(today, c.expiresOn));
    const subject =
      stage.kind === 'expired' ? `【执法证已过期】${c.holderName}（${c.certificateNo}）` : `【执法证到期提醒】${c.holderName}（${c.certificateNo}）`;
    const link = `${this.config.PUBLIC_BASE_URL}/#/registers/certificates/${c.id}`;
    const messages: NewMessage[] = recipients.map((r) => ({
      idempotencyKey: `${key}-${r.id}`,
      kind: 'expiry',
      recipientId: r.id,
      toAddress: r.email,
      subject,
      text: `${r.name}：您好！\n\n${text}\n\n查看：${link}\n`,
      html: `<p>${escapeHtml(r.name)}：您好！</p><p>${escapeHtml(text)}</p><p><a href="${escapeHtml(link)}">查看执法证</a></p>`,
    }));
    const pending = await this.outbox.enqueue(messages);
    const mailIds = await this.outbox.idsOfKeys(messages.map((m) => m.idempotencyKey));
    await this.notifications.notify(
      recipients.map((r) => ({
        recipientId: r.id,
        kind: 'expiry' as const,
        taskId: null,
        taskTitle: `执法证 ${c.certificateNo}`,
        text,
        sourceKey: key,
        outboxMessageId: mailIds.get(`${key}-${r.id}`) ?? null,
      })),
    );
    return pending;
  }

  /** Heads of 政策法规股 (the department playing `legal`), who keep the register. */
  private async legalHeads(): Promise<Recipient[]> {
    const legal = (await this.org.roleAssignments()).byRole.get('legal');
    return legal === undefined ? [] : this.org.members(legal, ['head']);
  }
}

/** 持证人、证号、到期日、剩余天数, in one sentence. */
export function noticeText(
  c: Pick<EnforcementCertificate, 'holderName' | 'certificateNo' | 'category' | 'expiresOn'>,
  stage: ExpiryStage,
  daysLeft: number,
): string {
  const who = `${c.holderName}（执法证号 ${c.certificateNo}，${c.category}）`;
  if (stage.kind === 'expired') return `${who}的执法证已于 ${c.expiresOn} 到期，过期证件不得从事执法活动，请办理换证或注销。`;
  return `${who}的执法证将于 ${c.expiresOn} 到期，剩余 ${daysLeft} 天，请及时组织换证。`;
}
