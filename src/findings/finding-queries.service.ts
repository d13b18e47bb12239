import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { AuthUser } from '../access/auth-user';
import { AuditService } from '../audit/audit.service';
import { AuditQueryDto } from '../audit/dto/audit-query.dto';
import { Clock } from '../common/clock';
import { keysetPage, type KeysetColumn } from '../common/keyset';
import { containsAny, containsPattern, keysetSort } from '../common/list-query';
import { Page } from '../common/pagination';
import { OrgDirectory } from '../org/org-directory.service';
import { canReview, canWorkOn } from '../tasks/task-access';
import type { Task } from '../tasks/task.entity';
import { TaskEvidence } from '../tasks/task-ports';
import { TaskStore } from '../tasks/task-store.service';
import { FindingQueryDto } from './dto/finding.dto';
import { FindingDetailView, FindingFiguresRow, FindingFiguresView, type FindingHistoryView, FindingView } from './dto/finding.view';
import { Finding } from './finding.entity';
import {
  FINDING_SOURCES,
  FINDING_STATUS_SQL,
  findingStatus,
  isOverdue,
  onTime,
  OVERDUE_SQL,
  SOURCE_NAMES,
  STATUS_NAMES,
  type FindingSource,
} from './finding-rules';
import { FindingsService } from './findings.service';

const ACTION_NAMES: Record<string, string> = {
  issue: '生成整改任务',
  submit: '报告整改完成',
  complete: '报告整改完成',
  accept: '销号',
  return: '退回整改',
  reopen: '重新打开',
  schedule: '变更整改期限',
  cancel: '撤销',
  update: '修改整改台账',
  create: '登记问题',
};

const SORTS: Record<string, KeysetColumn> = {
  deadlineOn: { sql: 'f.deadline_on', type: 'text' },
  foundOn: { sql: 'f.found_on', type: 'text' },
  code: { sql: 'f.code', type: 'text' },
};

/** The register's reads: the list (status and overdue come from each finding's task), a finding's page and the year's figures. */
@Injectable()
export class FindingQueries {
  constructor(
    @InjectRepository(Finding) private readonly findings: Repository<Finding>,
    private readonly access: FindingsService,
    private readonly tasks: TaskStore,
    private readonly org: OrgDirectory,
    private readonly evidence: TaskEvidence,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The filters (status and overdue from each finding's task) and the scope, all in SQL. */
  async list(caller: AuthUser, q: FindingQueryDto): Promise<Page<FindingView>> {
    const qb = this.findings.createQueryBuilder('f');
    if (q.q) qb.andWhere(containsAny(['f.description', 'f.source_ref', 'f.code'], 'text'), { text: containsPattern(q.q) });
    if (q.source) qb.andWhere('f.source = :source', { source: q.source });
    if (q.year !== undefined) qb.andWhere('f.year = :year', { year: q.year });
    if (q.departmentId !== undefined) qb.andWhere('f.department_id = :dept', { dept: q.departmentId });
    if (!(await this.access.readsAll(caller))) qb.andWhere('f.department_id = :own', { own: caller.departmentId ?? -1 });
    if (q.status || q.overdue !== undefined) this.tasks.joinTasks(qb, 't', 't.id = f.task_id');
    if (q.status) qb.andWhere(FINDING_STATUS_SQL[q.status]);
    if (q.overdue !== undefined) qb.andWhere(q.overdue ? OVERDUE_SQL : `NOT ${OVERDUE_SQL}`, { today: this.clock.today() });
    const result = await keysetPage(qb, keysetSort(q.sort ?? '-id', SORTS, 'f.id'), q);
    return Page.keyset(await this.views(result.rows), result, q);
  }

  async views(findings: Finding[]): Promise<FindingView[]> {
    const [tasks, departments] = await Promise.all([
      this.tasks.findByIds(findings.map((f) => f.taskId)),
      this.org.departmentNames([...new Set(findings.map((f) => f.departmentId))]),
    ]);
    const byId = new Map(tasks.map((t) => [t.id, t]));
    return findings.map((f) => this.view(f, byId.get(f.taskId)!, departments.get(f.departmentId) ?? ''));
  }

  private view(f: Finding, task: Task, departmentName: string): FindingView {
    const status = findingStatus(task);
    const deadlineOn = task.dueOn ?? f.deadlineOn;
    return Object.assign(new FindingView(), {
      ...f,
      sourceName: SOURCE_NAMES[f.source],
      departmentName,
      deadlineOn,
      status,
      statusName: STATUS_NAMES[status],
      overdue: isOverdue(status, deadlineOn, this.clock.today()),
      rectifiedOn: status === 'rectified' || status === 'closed' ? task.doneOn : null,
    });
  }

  async detail(caller: AuthUser, id: number): Promise<FindingDetailView> {
    const finding = await this.access.visible(caller, id);
    const [[view], [task], files, records, edits, editsAll] = await Promise.all([
      this.views([finding]),
      this.tasks.findByIds([finding.taskId]),
      this.evidence.filesOf(finding.taskId),
      this.tasks.records(finding.taskId),
      this.audit.query(Object.assign(new AuditQueryDto(), { entity: 'findings', entityId: String(id), pageSize: 200 })),
      this.access.editsAll(caller),
    ]);
    const steps: (Omit<FindingHistoryView, 'userName'> & { userId: number | null })[] = [
      ...records.history.map((h) => ({ at: h.at, action: ACTION_NAMES[h.action] ?? h.action, note: h.note, userId: h.userId, changes: null })),
      ...edits.items.map((e) => ({ at: e.at, action: ACTION_NAMES[e.action] ?? e.action, note: '', userId: e.userId, changes: e.after })),
    ];
    const names = await this.org.userNames(steps.map((s) => s.userId));
    const history = steps
      .sort((a, b) => a.at.getTime() - b.at.getTime())
      .map(({ userId, ...s }) => ({ ...s, userName: userId === null ? '' : (names.get(userId) ?? '') }));
    const open = view.status === 'open' || view.status === 'in_progress';
    const editable = view.status !== 'closed' && view.status !== 'cancelled';
    return {
      finding: view,
      can: {
        edit: editable && editsAll,
        editMeasures: editable && (editsAll || canWorkOn(caller, task)),
        report: open && canWorkOn(caller, task),
        verify: view.status === 'rectified' && canReview(caller, task),
      },
      evidence: files.map((f) => ({ id: f.id, fileName: f.fileName, size: f.size, uploadedAt: f.uploadedAt })),
      history,
    };
  }

  /** Counts of the year's findings by source and status, overdue, and rectified on time or late (scoped like the list). */
  async figures(caller: AuthUser, year: number): Promise<FindingFiguresView> {
    const page = await this.list(caller, Object.assign(new FindingQueryDto(), { year, pageSize: Number.MAX_SAFE_INTEGER }));
    const row = (source: FindingSource | null, views: FindingView[]): FindingFiguresRow => {
      const count = (p: (v: FindingView) => boolean) => views.filter(p).length;
      const timely = views.map((v) => onTime(v.status, v.deadlineOn, v.rectifiedOn));
      return {
        source,
        sourceName: source ? SOURCE_NAMES[source] : '合计',
        total: views.length,
        open: count((v) => v.status === 'open'),
        inProgress: count((v) => v.status === 'in_progress'),
        rectified: count((v) => v.status === 'rectified'),
        closed: count((v) => v.status === 'closed'),
        cancelled: count((v) => v.status === 'cancelled'),
        overdue: count((v) => v.overdue),
        onTime: timely.filter((t) => t === true).length,
        late: timely.filter((t) => t === false).length,
      };
    };
    const rows = FINDING_SOURCES.map((s) =>
      row(
        s,
        page.items.filter((v) => v.source === s),
      ),
    );
    return { year, rows: [...rows, row(null, page.items)] };
  }
}
