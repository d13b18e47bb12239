import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, LessThan } from 'typeorm';
import { CalendarService } from '../calendar/calendar.service';
import { CalendarYearMissingError } from '../calendar/working-day-calendar';
import { WorkPoint } from '../catalog/work-point.entity';
import { Clock } from '../common/clock';
import { addDays } from '../common/dates';
import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { NewMessage, OutboxService } from '../mail/outbox.service';
import { Department } from '../org/department.entity';
import { LeaderSupervision } from '../org/leader-supervision.entity';
import { User } from '../org/user.entity';
import { OversightService } from '../oversight/oversight.service';
import { Task } from '../tasks/task.entity';
import { Urge } from '../tasks/urge.entity';
import { renderDigest, renderUrge } from './digest-renderer';
import { Audience, planReminders, PlannedTask } from './reminder-planner';
import { DEFAULT_POLICY, ReminderPolicy } from './reminder-policy.entity';
import { ReminderRun } from './reminder-run.entity';

export interface RunResult {
  status: 'DONE' | 'SKIPPED';
  reason?: string;
  /** Outbox messages waiting to be sent (send jobs are enqueued for them). */
  messageIds: number[];
}

/** Decides the day's reminders and the urges' notices, and writes them to the outbox. */
@Injectable()
export class RemindersService {
  private readonly logger = new Logger('Reminders');

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly calendar: CalendarService,
    private readonly outbox: OutboxService,
    private readonly oversight: OversightService,
  ) {}

  async policy(): Promise<ReminderPolicy> {
    return (await this.dataSource.getRepository(ReminderPolicy).findOneBy({ id: 1 })) ?? Object.assign(new ReminderPolicy(), DEFAULT_POLICY);
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
    const run = await this.dataSource.getRepository(ReminderRun).findOneBy({ runDate: today });
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
    if (!calendar.hasYear(Number(today.slice(0, 4)))) return { status: 'SKIPPED', reason: `no holiday data for ${today.slice(0, 4)}`, messageIds: [] };
    const runs = this.dataSource.getRepository(ReminderRun);
    const tasks = await this.openTasks(today, policy);
    const plan = planReminders(today, tasks, await this.audience(), policy, calendar);
    if (plan.silent) return { status: 'SKIPPED', reason: policy.enabled ? 'not a working day' : 'reminders disabled', messageIds: [] };
    await runs.createQueryBuilder().insert().into(ReminderRun).values({ runDate: today, startedAt: this.clock.now(), finishedAt: null }).orIgnore().execute();
    if (plan.skipped.length) this.logger.warn(`${plan.skipped.length} tasks not reminded: their due dates lie in a year without holiday data`);
    const recipients = await this.dataSource.getRepository(User).find({ where: { id: In([...plan.digests.keys()]), active: true } });
    const messages: NewMessage[] = [];
    for (const user of recipients) {
      const digest = plan.digests.get(user.id)!;
      const weekly = digest.weekly ? await this.oversight.summary(user.id, {}) : undefined;
      if (!digest.items.length && !digest.escalations.length && !weekly) continue;
      messages.push({
        idempotencyKey: `digest-${user.id}-${today}`,
        kind: 'digest',
        recipientId: user.id,
        toAddress: user.email,
        ...renderDigest(user.name, digest, this.config.PUBLIC_BASE_URL, weekly),
      });
    }
    const messageIds = await this.outbox.enqueue(messages);
    await runs.update({ runDate: today }, { finishedAt: this.clock.now(), messages: messages.length, skippedTasks: plan.skipped.length });
    return { status: 'DONE', messageIds };
  }

  /** 催办: a notice to every head of the urged department, at once. */
  async notifyUrge(urgeId: number): Promise<number[]> {
    const urge = await this.dataSource.getRepository(Urge).findOneBy({ id: urgeId });
    if (!urge) return [];
    const [task, leader, heads, department] = await Promise.all([
      this.dataSource.getRepository(Task).findOneByOrFail({ id: urge.taskId }),
      this.dataSource.getRepository(User).findOneBy({ id: urge.leaderId }),
      this.recipientsOf(urge.departmentId),
      this.dataSource.getRepository(Department).findOneBy({ id: urge.departmentId }),
    ]);
    const messages = heads.map((head) => ({
      idempotencyKey: `urge-${urge.id}-${head.id}`,
      kind: 'urge' as const,
      recipientId: head.id,
      toAddress: head.email,
      ...renderUrge(head.name, leader?.name ?? '局领导', urge.message, { ...task, departmentName: department?.name ?? '' }, this.config.PUBLIC_BASE_URL),
    }));
    const ids = await this.outbox.enqueue(messages);
    await this.dataSource.getRepository(Urge).update({ id: urgeId }, { notifiedAt: new Date() });
    return ids;
  }

  /** The department's heads; a department without a head (a vacancy) hears through its staff. */
  private async recipientsOf(departmentId: number): Promise<User[]> {
    const members = await this.dataSource.getRepository(User).find({ where: { departmentId, role: In(['head', 'staff']), active: true } });
    const heads = members.filter((u) => u.role === 'head');
    if (!members.length) this.logger.warn(`Urge to department ${departmentId}: no active head or staff to notify`);
    return heads.length ? heads : members;
  }

  /** Urges older than `olderThanMs` whose notice has not been written (Redis was down when they were made). */
  async unnotifiedUrges(olderThanMs: number): Promise<number[]> {
    const rows = await this.dataSource.getRepository(Urge).find({
      where: { notifiedAt: IsNull(), createdAt: LessThan(new Date(Date.now() - olderThanMs)) },
      select: { id: true },
      take: 500,
    });
    return rows.map((r) => r.id);
  }

  private async openTasks(today: string, policy: ReminderPolicy): Promise<PlannedTask[]> {
    // Far enough ahead for the longest "N working days before" even across a Golden Week.
    const horizon = addDays(today, Math.max(...policy.daysBefore, 0) * 2 + 14);
    // Raw rows, not entities: a run reads every open task of the bureau.
    const rows = await this.dataSource
      .getRepository(Task)
      .createQueryBuilder('t')
      .select([
        't.id AS id',
        't.title AS title',
        't.due_on AS "dueOn"',
        't.department_id AS "departmentId"',
        't.work_point_id AS "workPointId"',
        't.assignee_id AS "assigneeId"',
      ])
      .where("t.status IN ('open', 'returned') AND t.due_on <= :horizon", { horizon })
      .getRawMany<{ id: number; title: string; dueOn: string; departmentId: number; workPointId: number; assigneeId: number | null }>();
    const [departments, workPoints] = await Promise.all([this.dataSource.getRepository(Department).find(), this.dataSource.getRepository(WorkPoint).find()]);
    const dName = new Map(departments.map((d) => [d.id, d.name]));
    const wName = new Map(workPoints.map((w) => [w.id, w.name]));
    return rows.map((t) => ({
      id: t.id,
      title: t.title,
      dueOn: t.dueOn,
      departmentId: t.departmentId,
      departmentName: dName.get(t.departmentId) ?? '',
      workPointName: wName.get(t.workPointId) ?? '',
      assigneeId: t.assigneeId,
    }));
  }

  private async audience(): Promise<Audience> {
    const users = await this.dataSource.getRepository(User).find({ where: { active: true, role: In(['head', 'leader']) } });
    const headsByDepartment = new Map<number, number[]>();
    for (const u of users.filter((u) => u.role === 'head' && u.departmentId !== null)) {
      headsByDepartment.set(u.departmentId!, [...(headsByDepartment.get(u.departmentId!) ?? []), u.id]);
    }
    const leaders = users.filter((u) => u.role === 'leader');
    const activeLeader = new Set(leaders.map((l) => l.id));
    const supervisorsByDepartment = new Map<number, number[]>();
    for (const s of await this.dataSource.getRepository(LeaderSupervision).find()) {
      if (activeLeader.has(s.leaderId)) supervisorsByDepartment.set(s.departmentId, [...(supervisorsByDepartment.get(s.departmentId) ?? []), s.leaderId]);
    }
    return {
      headsByDepartment,
      supervisorsByDepartment,
      bureauHeads: leaders.filter((l) => l.isBureauHead).map((l) => l.id),
      leaders: leaders.map((l) => l.id),
    };
  }
}
