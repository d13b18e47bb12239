import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Repository } from 'typeorm';
import { CalendarService } from '../calendar/calendar.service';
import { CalendarYearMissingError } from '../calendar/working-day-calendar';
import { CatalogService } from '../catalog/catalog.service';
import { Clock } from '../common/clock';
import { addDays, yearOf } from '../common/dates';
import { DomainError } from '../common/domain-error';
import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { NewMessage, OutboxService } from '../mail/outbox.service';
import { NotificationsService } from '../notifications/notifications.service';
import { OrgDirectory, Recipient } from '../org/org-directory.service';
import { OversightService } from '../oversight/oversight.service';
import { ActiveRobot, RobotsService } from '../robots/robots.service';
import { TaskStore } from '../tasks/task-store.service';
import { digestNotifications } from './digest-notifications';
import {
  ChatPost,
  renderCalendarNotice,
  renderChatDigest,
  renderChatEscalations,
  renderChatUrge,
  renderDigest,
  renderUrge,
  type WeeklyFigures,
} from './digest-renderer';
import type { UpdatePreferencesDto } from './dto/preferences.dto';
import { DEFAULT_PREFERENCES, NotificationPreference } from './notification-preference.entity';
import { Plan, PlannedTask, ReminderPlanner, type Digest } from './reminder-planner';
import { DEFAULT_POLICY, MANDATORY_EMAIL, ReminderPolicy } from './reminder-policy.entity';
import { ReminderRun } from './reminder-run.entity';

export interface RunResult {
  status: 'DONE' | 'SKIPPED';
  reason?: string;
  /** Outbox messages waiting to be sent (send jobs are enqueued for them). */
  messageIds: number[];
}

export class PreferenceRefused extends DomainError {
  constructor(message: string) {
    super(400, message);
  }
}

type Preferences = Omit<NotificationPreference, 'userId' | 'updatedAt'>;

/** Open tasks read per query by the daily run. */
const OPEN_TASK_CHUNK = 5000;

const chatMessage = (robot: ActiveRobot, idempotencyKey: string, kind: NewMessage['kind'], post: ChatPost): NewMessage => ({
  idempotencyKey,
  kind,
  recipientId: null,
  toAddress: `${robot.kind === 'dingtalk' ? '钉钉' : '企业微信'}群机器人：${robot.name}`,
  subject: post.title,
  text: post.markdown,
  html: '',
  channel: robot.kind,
  robotId: robot.id,
});

/** Decides the day's reminders and the urges' notices, and writes them to the outbox. */
@Injectable()
export class RemindersService {
  private readonly logger = new Logger('Reminders');

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    @InjectRepository(ReminderPolicy) private readonly policies: Repository<ReminderPolicy>,
    @InjectRepository(ReminderRun) private readonly runs: Repository<ReminderRun>,
    @InjectRepository(NotificationPreference) private readonly preferenceRows: Repository<NotificationPreference>,
    private readonly tasks: TaskStore,
    private readonly org: OrgDirectory,
    private readonly catalog: CatalogService,
    private readonly clock: Clock,
    private readonly calendar: CalendarService,
    private readonly outbox: OutboxService,
    private readonly oversight: OversightService,
    private readonly notifications: NotificationsService,
    private readonly robots: RobotsService,
  ) {}

  async policy(): Promise<ReminderPolicy> {
    return (await this.policies.findOneBy({ id: 1 })) ?? Object.assign(new ReminderPolicy(), DEFAULT_POLICY);
  }

  savePolicy(policy: ReminderPolicy): Promise<ReminderPolicy> {
    return this.policies.save(policy);
  }

  /** The latest daily runs, newest first. */
  recentRuns(): Promise<ReminderRun[]> {
    return this.runs.find({ order: { runDate: 'DESC' }, take: 60 });
  }

  /** Today's date when today's run is due and has not finished (the 08:30 run was missed), else null. */
  async runIsDue(): Promise<string | null> {
    const policy = await this.policy();
    const today = this.clock.today();
    if (!policy.enabled || this.clock.timeOfDay() < policy.runAt) return null;
    try {
      if (!(await this.calendar.calendar()).isWorkingDay(today)) return null;
    } catch (err) {
      if (err instanceof CalendarYearMissingError) return null;
      throw err;
    }
    const run = await this.runs.findOneBy({ runDate: today });
    return run?.finishedAt ? null : today;
  }

  /**
   * The daily run: one digest per recipient, written once per day whatever runs it. `forDate`
   * (a catch-up job's day): a job that waited past midnight does not run the next day early.
   */
  async runDaily(forDate?: string): Promise<RunResult> {
    const today = this.clock.today();
    if (forDate && forDate !== today) return { status: 'SKIPPED', reason: `queued for ${forDate}`, messageIds: [] };
    const policy = await this.policy();
    const calendar = await this.calendar.calendar();
    const year = yearOf(today);
    if (!calendar.hasYear(year)) {
      const reason = `未载入${year}年的法定节假日安排，无法判断今天是否工作日，今日提醒未发送`;
      await this.startRun(today, reason);
      return { status: 'SKIPPED', reason, messageIds: [] };
    }
    const planner = new ReminderPlanner(today, await this.org.audience(), policy, calendar);
    if (planner.silent) return { status: 'SKIPPED', reason: policy.enabled ? 'not a working day' : 'reminders disabled', messageIds: [] };
    await this.startRun(today, null);
    await this.readOpenTasks(today, policy, (task) => planner.add(task));
    const plan = planner.plan();
    if (plan.skipped.length) this.logger.warn(`${plan.skipped.length} tasks not reminded: their due dates lie in a year without holiday data`);
    const recipients = await this.org.activeRecipients([...plan.digests.keys()]);
    const preferences = await this.preferencesOf(recipients.map((u) => u.id));
    const messages: NewMessage[] = [];
    const notices: { userId: number; digest: Digest; weekly?: WeeklyFigures; key: string; mailed: Preferences }[] = [];
    for (const user of recipients) {
      const planned = plan.digests.get(user.id)!;
      const weekly = planned.weekly ? await this.oversight.summary(user.id, {}) : undefined;
      const key = `digest-${user.id}-${today}`;
      // What the user switched off stays out of the e-mail, not out of 我的通知 (escalations cannot be switched off).
      const wants = preferences.get(user.id) ?? DEFAULT_PREFERENCES;
      notices.push({ userId: user.id, digest: planned, weekly, key, mailed: wants });
      const emailed = {
        ...planned,
        ...(wants.digestEmail ? {} : { items: [], counts: { overdue: 0, dueToday: 0, dueSoon: 0 } }),
        weekly: planned.weekly && wants.weeklyEmail,
      };
      if (!emailed.items.length && !emailed.escalations.length && !emailed.weekly) continue;
      messages.push({
        idempotencyKey: key,
        kind: 'digest',
        recipientId: user.id,
        toAddress: user.email,
        ...renderDigest(user.name, emailed, this.config.PUBLIC_BASE_URL, emailed.weekly ? weekly : undefined),
      });
    }
    messages.push(...(await this.chatDigests(plan, today)));
    const messageIds = await this.outbox.enqueue(messages);
    // Both writes are idempotent: a run cut short between them is completed by the catch-up run.
    const mailIds = await this.outbox.idsOfKeys(notices.map((n) => n.key));
    await this.notifications.notify(
      notices.flatMap((n) => {
        const mailId = mailIds.get(n.key) ?? null;
        const mail = { items: n.mailed.digestEmail ? mailId : null, escalations: mailId, weekly: n.mailed.weeklyEmail ? mailId : null };
        return digestNotifications(n.userId, today, n.digest, mail, n.weekly);
      }),
    );
    await this.runs.update(
      { runDate: today },
      { finishedAt: this.clock.now(), messages: messages.length, skippedTasks: plan.skipped.length, skipReason: skippedReason(plan) },
    );
    return { status: 'DONE', messageIds };
  }

  /**
   * The day's run row (kept once per day). A run that could not start stays unfinished with its
   * reason, so the sweep catches it up as soon as the year is loaded.
   */
  private async startRun(today: string, skipReason: string | null): Promise<void> {
    await this.runs
      .createQueryBuilder()
      .insert()
      .into(ReminderRun)
      .values({ runDate: today, startedAt: this.clock.now(), finishedAt: null, skipReason })
      .orIgnore()
      .execute();
    if (skipReason) await this.runs.update({ runDate: today, finishedAt: IsNull() }, { skipReason });
  }

  /**
   * While a holiday year the service needs is missing (this year's, or next year's from 11-01):
   * one notice a day to every active admin, keyed per admin and day.
   */
  async calendarNotice(): Promise<number[]> {
    const health = await this.calendar.health();
    if (!health.warning || !health.missingYear) return [];
    const year = health.missingYear;
    const admins = await this.org.activeWithRole('admin');
    return this.outbox.enqueue(
      admins.map((admin) => ({
        idempotencyKey: `calendar-${admin.id}-${health.today}`,
        kind: 'calendar' as const,
        recipientId: admin.id,
        toAddress: admin.email,
        ...renderCalendarNotice(admin.name, year, health.warning!, this.config.PUBLIC_BASE_URL),
      })),
    );
  }

  /** 催办: a notice to every head of the urged department, at once. */
  async notifyUrge(urgeId: number): Promise<number[]> {
    const urge = await this.tasks.findUrge(urgeId);
    if (!urge) return [];
    const [task, leader, heads, departments] = await Promise.all([
      this.tasks.findById(urge.taskId),
      this.org.recipient(urge.leaderId),
      this.recipientsOf(urge.departmentId),
      this.org.departmentNames([urge.departmentId]),
    ]);
    if (!task) throw new Error(`Urge ${urgeId}: task ${urge.taskId} not found`);
    const [preferences, robots] = await Promise.all([this.preferencesOf(heads.map((h) => h.id)), this.robots.active()]);
    const byEmail = heads.filter((h) => (preferences.get(h.id) ?? DEFAULT_PREFERENCES).urgeEmail);
    const messages: NewMessage[] = byEmail.map((head) => ({
      idempotencyKey: `urge-${urge.id}-${head.id}`,
      kind: 'urge' as const,
      recipientId: head.id,
      toAddress: head.email,
      ...renderUrge(
        head.name,
        leader?.name ?? '局领导',
        urge.message,
        { ...task, departmentName: departments.get(urge.departmentId) ?? '' },
        this.config.PUBLIC_BASE_URL,
      ),
    }));
    const post = renderChatUrge(
      leader?.name ?? '局领导',
      urge.message,
      { ...task, departmentName: departments.get(urge.departmentId) ?? '' },
      this.config.PUBLIC_BASE_URL,
    );
    for (const robot of robots.filter((r) => r.departmentId === urge.departmentId)) {
      messages.push(chatMessage(robot, `urge-${urge.id}-robot-${robot.id}`, 'urge', post));
    }
    const ids = await this.outbox.enqueue(messages);
    const mailIds = await this.outbox.idsOfKeys(byEmail.map((head) => `urge-${urge.id}-${head.id}`));
    // Every head hears in 我的通知, also those who switched the urge e-mail off.
    await this.notifications.notify(
      heads.map((head) => ({
        recipientId: head.id,
        kind: 'urge' as const,
        taskId: task.id,
        taskTitle: task.title,
        text: `${leader?.name ?? '局领导'} 催办：${urge.message}`,
        sourceKey: `urge-${urge.id}`,
        outboxMessageId: mailIds.get(`urge-${urge.id}-${head.id}`) ?? null,
      })),
    );
    await this.tasks.markUrgeNotified(urgeId);
    return ids;
  }

  /**
   * The day's chat posts: each department's items to its robots (with the @ of members who asked
   * for it, DingTalk only), the escalations to the bureau's robots; one key per robot and day.
   */
  private async chatDigests(plan: Plan, today: string): Promise<NewMessage[]> {
    const messages: NewMessage[] = [];
    for (const robot of await this.robots.active()) {
      if (robot.departmentId === null) {
        if (!plan.escalated.items.length) continue;
        const post = renderChatEscalations(plan.escalated, this.config.PUBLIC_BASE_URL);
        messages.push(chatMessage(robot, `escalation-${today}-robot-${robot.id}`, 'escalation', post));
        continue;
      }
      const list = plan.departments.get(robot.departmentId);
      if (!list?.items.length) continue;
      const mentions = robot.kind === 'dingtalk' ? await this.mentionsOf(robot.departmentId) : [];
      const post = renderChatDigest(list.items[0].task.departmentName, list, this.config.PUBLIC_BASE_URL, mentions);
      messages.push(chatMessage(robot, `digest-dept-${robot.departmentId}-${today}-robot-${robot.id}`, 'digest', post));
    }
    return messages;
  }

  /** Mobile numbers of the department's active members who want its DingTalk posts to @ them. */
  private async mentionsOf(departmentId: number): Promise<string[]> {
    const members = await this.org.members(departmentId, ['head', 'staff']);
    const preferences = await this.preferencesOf(members.map((m) => m.id));
    return members.flatMap((m) => preferences.get(m.id)?.chatMobile ?? []);
  }

  private async preferencesOf(userIds: number[]): Promise<Map<number, Preferences>> {
    if (!userIds.length) return new Map();
    const rows = await this.preferenceRows.findBy({ userId: In(userIds) });
    return new Map(rows.map((r) => [r.userId, r]));
  }

  async preferences(userId: number): Promise<Preferences> {
    return (await this.preferencesOf([userId])).get(userId) ?? DEFAULT_PREFERENCES;
  }

  /** Saves the user's choices within the bureau's policy (MANDATORY_EMAIL cannot be switched off). */
  async savePreferences(userId: number, dto: UpdatePreferencesDto): Promise<Preferences> {
    for (const field of MANDATORY_EMAIL) if (dto[field] === false) throw new PreferenceRefused('按局里的规定，逾期督办必须发送邮件，不能关闭');
    const current = await this.preferences(userId);
    const next = {
      userId,
      digestEmail: dto.digestEmail ?? current.digestEmail,
      weeklyEmail: dto.weeklyEmail ?? current.weeklyEmail,
      urgeEmail: dto.urgeEmail ?? current.urgeEmail,
      chatMobile: dto.chatMobile === undefined ? current.chatMobile : dto.chatMobile,
    };
    return this.preferenceRows.save(this.preferenceRows.create(next));
  }

  /** The department's heads; a department without a head (a vacancy) hears through its staff. */
  private async recipientsOf(departmentId: number): Promise<Recipient[]> {
    const members = await this.org.members(departmentId, ['head', 'staff']);
    const heads = members.filter((u) => u.role === 'head');
    if (!members.length) this.logger.warn(`Urge to department ${departmentId}: no active head or staff to notify`);
    return heads.length ? heads : members;
  }

  /** Urges older than `olderThanMs` whose notice has not been written (Redis was down when they were made). */
  async unnotifiedUrges(olderThanMs: number): Promise<number[]> {
    return this.tasks.unnotifiedUrgeIds(new Date(Date.now() - olderThanMs), 500);
  }

  /**
   * Feeds every open task due by the horizon to `visit`, read in keyset chunks of OPEN_TASK_CHUNK
   * rows: the run holds one chunk at a time, not the bureau's open tasks (1M rows at the largest).
   */
  private async readOpenTasks(today: string, policy: ReminderPolicy, visit: (task: PlannedTask) => void): Promise<void> {
    // Far enough ahead for the longest "N working days before" even across a Golden Week.
    const horizon = addDays(today, Math.max(...policy.daysBefore, 0) * 2 + 14);
    // Both tables are small (departments, the catalogue's work points): read whole, once.
    const [dName, wName] = await Promise.all([this.org.departmentNames(), this.catalog.workPointNames()]);
    for (let after: { dueOn: string; id: number } | null = null; ;) {
      const rows = await this.tasks.openDueBy(horizon, { after, limit: OPEN_TASK_CHUNK });
      for (const t of rows) {
        visit({
          id: t.id,
          title: t.title,
          dueOn: t.dueOn,
          departmentId: t.departmentId,
          departmentName: dName.get(t.departmentId) ?? '',
          workPointName: wName.get(t.workPointId) ?? '',
          assigneeId: t.assigneeId,
          scheduleText: t.scheduleText,
        });
      }
      if (rows.length < OPEN_TASK_CHUNK) return;
      const last = rows[rows.length - 1];
      after = { dueOn: last.dueOn, id: last.id };
    }
  }
}

/** "3项任务…（2027年）" for the run record, or null when no task was left out. */
function skippedReason(plan: Plan): string | null {
  if (!plan.skipped.length) return null;
  return `${plan.skipped.length}项任务的截止日期在尚未载入法定节假日安排的年份（${plan.skippedYears.map((y) => `${y}年`).join('、')}），未计算提醒`;
}
