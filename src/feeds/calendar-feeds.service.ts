import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { Repository } from 'typeorm';
import type { AuthUser, UserRole } from '../access/auth-user';
import { CatalogService } from '../catalog/catalog.service';
import { DomainError } from '../common/domain-error';
import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { OrgDirectory } from '../org/org-directory.service';
import type { TaskStatus } from '../tasks/task.entity';
import { TaskStore } from '../tasks/task-store.service';
import { CalendarFeed } from './calendar-feed.entity';
import { renderCalendar, type IcsEvent } from './ics';

/** A fetch is recorded at most this often (calendar apps poll; the answer is cached 5 minutes). */
const FETCH_RECORD_INTERVAL_MS = 60_000;
/** 32 random bytes, base64url: 256 bits. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

const STATUS_LABEL: Record<TaskStatus, string> = {
  open: '待办',
  submitted: '已提交，待审核',
  returned: '已退回，需修改',
  done: '已完成',
  na: '不适用',
  cancelled: '已撤销',
};

export class NoTaskCalendarError extends DomainError {
  constructor() {
    super(422, '管理员不承办任务，没有任务日历。股室人员可订阅本股室的任务，局领导可订阅分管股室的任务。');
  }
}

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Private ICS feeds: each user's department's unfinished tasks (a leader's: the departments they
 * supervise; an admin has none) as all-day events on their due dates.
 */
@Injectable()
export class CalendarFeedsService {
  constructor(
    @InjectRepository(CalendarFeed) private readonly feeds: Repository<CalendarFeed>,
    @InjectConfig() private readonly config: AppConfig,
    private readonly tasks: TaskStore,
    private readonly org: OrgDirectory,
    private readonly catalog: CatalogService,
  ) {}

  status(userId: number): Promise<CalendarFeed | null> {
    return this.feeds.findOneBy({ userId });
  }

  /** A new token (the old URL stops working at once); returns the URL, shown this once. */
  async issue(user: AuthUser): Promise<{ url: string; createdAt: Date }> {
    if (user.role === 'admin') throw new NoTaskCalendarError();
    const token = randomBytes(32).toString('base64url');
    const createdAt = new Date();
    await this.feeds.save(Object.assign(new CalendarFeed(), { userId: user.id, tokenHash: sha256(token), createdAt, lastFetchedAt: null }));
    return { url: `${this.config.PUBLIC_BASE_URL.replace(/\/$/, '')}/feeds/calendar/${token}.ics`, createdAt };
  }

  async revoke(userId: number): Promise<void> {
    const feed = await this.feeds.findOneBy({ userId });
    if (feed) await this.feeds.remove(feed);
  }

  /** The calendar behind a token; null for an unknown or revoked token or a disabled account. */
  async render(token: string): Promise<string | null> {
    if (!TOKEN_PATTERN.test(token)) return null;
    const feed = await this.feeds.findOneBy({ tokenHash: sha256(token) });
    if (!feed) return null;
    const account = await this.org.account(feed.userId);
    if (!account?.active) return null;
    const departmentIds = await this.departmentsOf(account);
    const tasks = await this.tasks.unfinishedDatedOf(departmentIds);
    const [departments, workPoints, revisions] = await Promise.all([
      this.org.departmentNames(departmentIds),
      this.catalog.workPointNames([...new Set(tasks.map((t) => t.workPointId))]),
      this.tasks.revisions(tasks.map((t) => t.id)),
    ]);
    const base = this.config.PUBLIC_BASE_URL.replace(/\/$/, '');
    const several = departmentIds.length > 1;
    const events: IcsEvent[] = tasks.map((t) => {
      const department = departments.get(t.departmentId) ?? '';
      const url = `${base}/#/tasks/${t.id}`;
      return {
        uid: `task-${t.id}@fazhi-duban`,
        sequence: revisions.get(t.id) ?? 0,
        stamp: t.updatedAt,
        date: t.dueOn!,
        summary: several ? `${t.title}（${department}）` : t.title,
        description: [
          `工作要点：${workPoints.get(t.workPointId) ?? ''}`,
          `承办股室：${department}`,
          `状态：${STATUS_LABEL[t.status]}`,
          ...(t.scheduleText ? [`期限：${t.scheduleText}`] : []),
          `办理：${url}`,
        ].join('\n'),
        url,
      };
    });
    await this.recordFetch(feed);
    const names = departmentIds.map((id) => departments.get(id)).filter(Boolean);
    return renderCalendar({ name: `法治督办 · ${names.length ? names.join('、') : account.name}`, timeZone: this.config.TIME_ZONE, events });
  }

  private async departmentsOf(account: { id: number; role: UserRole; departmentId: number | null }): Promise<number[]> {
    // Admins hold no tasks; an adviser does not work on their department's tasks.
    if (account.role === 'admin' || account.role === 'adviser') return [];
    if (account.role === 'leader') return this.org.supervisedBy(account.id);
    return account.departmentId === null ? [] : [account.departmentId];
  }

  /** A plain UPDATE without listeners (not audited: a fetch changes no data), skipped while the last one is recent. */
  private async recordFetch(feed: CalendarFeed): Promise<void> {
    const now = new Date();
    if (feed.lastFetchedAt && now.getTime() - feed.lastFetchedAt.getTime() < FETCH_RECORD_INTERVAL_MS) return;
    await this.feeds.createQueryBuilder().update().set({ lastFetchedAt: now }).where({ userId: feed.userId }).callListeners(false).execute();
  }
}
