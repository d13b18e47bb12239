import { ForbiddenException, Injectable } from '@nestjs/common';
import { readsWholeBureau, type AuthUser } from '../access/auth-user';
import { BureauService } from '../bureau/bureau.service';
import { CatalogService } from '../catalog/catalog.service';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { OrgDirectory } from '../org/org-directory.service';
import { PlanFigures } from '../plans/plan-figures';
import { PlanLookup } from '../tasks/task-ports';
import { TaskFigures, type FigureRecordRow } from '../tasks/task-figures.service';
import { buildAnnualDraft } from './annual-draft';
import { AnnualReportView, DepartmentOnTimeView, FigureRecordsView, FigureRecordView, FigureView, WorkPointFiguresView } from './dto/report.view';
import { REPORT_SPECS, type FigureSource, type FigureSpec } from './figure-specs';
import { RegisterFigures, type RegisterFigure } from './register-figures';

export class ReportYearError extends DomainError {
  constructor() {
    super(400, '年度应在2000年至2100年之间');
  }
}

export class UnknownFigureError extends DomainError {
  constructor(key: string) {
    super(404, `没有统计项 ${key}`);
  }
}

/** The department groups of on-time completion that drill down (`on-time.<departmentId>.<group>`). */
const ON_TIME_GROUPS = { onTime: '按期完成', late: '逾期完成', overdue: '逾期未完成' } as const;
type OnTimeGroup = keyof typeof ON_TIME_GROUPS;

interface YearContext {
  year: number;
  planIds: number[];
  templates: Map<string, number>;
  items: Map<string, number>;
}

/**
 * The year's figures of the annual rule-of-law report, computed from today's records through the
 * tasks and plans modules' aggregate queries, their drill-down lists, and the Word draft.
 */
@Injectable()
export class AnnualReportService {
  constructor(
    private readonly taskFigures: TaskFigures,
    private readonly planFigures: PlanFigures,
    private readonly plans: PlanLookup,
    private readonly catalog: CatalogService,
    private readonly org: OrgDirectory,
    private readonly bureau: BureauService,
    private readonly registers: RegisterFigures,
    private readonly clock: Clock,
  ) {}

  /** Leaders, admins and the members of the department playing the `legal` role (政策法规股). */
  async assertReader(caller: AuthUser): Promise<void> {
    if (readsWholeBureau(caller)) return;
    const legal = (await this.org.roleAssignments()).byRole.get('legal');
    // An adviser attached to 政策法规股 sees only the requests addressed to them.
    if (caller.role === 'adviser' || caller.departmentId === null || caller.departmentId !== legal)
      throw new ForbiddenException('年度报告仅限局领导、管理员和政策法规股查看');
  }

  async report(caller: AuthUser, year: number): Promise<AnnualReportView> {
    await this.assertReader(caller);
    const ctx = await this.context(year);
    const source = (f: FigureSpec) => this.resolve(ctx, f.source);
    const resolved = REPORT_SPECS.flatMap((w) => w.figures.map(source)).filter((s) => s.itemId !== null);
    const itemsOf = (kinds: FigureSource['kind'][]) => resolved.filter((s) => kinds.includes(s.kind)).map((s) => s.itemId!);
    const registerFigures = REPORT_SPECS.flatMap((w) => w.figures.flatMap((f) => (f.source.kind === 'register' ? [f.source.figure] : [])));
    const [activityCounts, taskCounts, caseCounts, workPoints, departments, registerCounts] = await Promise.all([
      this.taskFigures.activityCounts(ctx.planIds, itemsOf(['activities'])),
      this.taskFigures.leadTaskCounts(ctx.planIds, itemsOf(['done', 'onTime'])),
      this.planFigures.caseCounts(year),
      this.catalog.listWorkPoints(),
      this.onTime(ctx),
      this.registerCounts(caller, registerFigures, year),
    ]);
    const value = (s: ResolvedSource): { value: number; total: number | null } => {
      if (s.kind === 'register') return { value: registerCounts.get(s.figure!) ?? 0, total: null };
      if (s.kind === 'activities') return { value: activityCounts.get(s.itemId!) ?? 0, total: null };
      if (s.kind === 'cases') return { value: caseCounts.get(s.templateId!) ?? 0, total: null };
      const counts = taskCounts.get(s.itemId!) ?? { total: 0, done: 0, onTime: 0 };
      return { value: s.kind === 'done' ? counts.done : counts.onTime, total: counts.total };
    };
    const byKey = new Map(workPoints.map((w) => [w.key, w]));
    const groups: WorkPointFiguresView[] = REPORT_SPECS.filter((w) => byKey.has(w.workPoint)).map((w) => ({
      key: w.workPoint,
      name: byKey.get(w.workPoint)!.name,
      section: byKey.get(w.workPoint)!.section,
      figures: w.figures.map((f): FigureView => {
        const s = source(f);
        const base = { key: `${w.workPoint}.${f.name}`, label: f.label, unit: f.unit };
        if (s.reason !== null) return { ...base, value: null, total: null, available: false, reason: s.reason };
        return { ...base, ...value(s), available: true, reason: null };
      }),
    }));
    return { year, asOf: this.clock.today(), workPoints: groups, departments };
  }

  /** The records one figure counts. */
  async records(caller: AuthUser, year: number, key: string): Promise<FigureRecordsView> {
    await this.assertReader(caller);
    const ctx = await this.context(year);
    const onTime = /^on-time\.(\d{1,9})\.(onTime|late|overdue)$/.exec(key);
    if (onTime) return this.departmentRecords(ctx, key, Number(onTime[1]), onTime[2] as OnTimeGroup);
    const [workPoint, name] = key.split('.');
    const spec = REPORT_SPECS.find((w) => w.workPoint === workPoint)?.figures.find((f) => f.name === name);
    if (!spec || key !== `${workPoint}.${name}`) throw new UnknownFigureError(key);
    const s = this.resolve(ctx, spec.source);
    const base = { key, label: spec.label };
    if (s.reason !== null) return { ...base, available: false, reason: s.reason, records: [] };
    if (s.kind === 'register') return { ...base, available: true, reason: null, records: await this.registers.records(caller, s.figure!, year) };
    if (s.kind === 'cases') {
      const rows = await this.planFigures.cases(year, s.templateId!);
      const records = rows.map((c): FigureRecordView => ({
        kind: 'case',
        taskId: null,
        caseId: c.id,
        title: c.title,
        reference: c.reference || null,
        departmentId: null,
        departmentName: null,
        date: c.date,
        status: null,
        link: `/cases/${c.id}`,
      }));
      return { ...base, available: true, reason: null, records };
    }
    const rows =
      s.kind === 'activities'
        ? await this.taskFigures.activityRecords(ctx.planIds, [s.itemId!])
        : await this.taskFigures.leadTaskRecords(ctx.planIds, [s.itemId!], s.kind === 'done' ? 'done' : 'onTime');
    return { ...base, available: true, reason: null, records: await this.taskRecords(rows, s.kind === 'activities' ? 'activity' : 'task') };
  }

  /** The Word draft (.docx bytes) and its file name. */
  async draft(caller: AuthUser, year: number): Promise<{ bytes: Buffer; fileName: string }> {
    const report = await this.report(caller, year);
    const bureauName = (await this.bureau.get()).name;
    const specs = new Map<string, FigureSpec>(REPORT_SPECS.flatMap((w) => w.figures.map((f) => [`${w.workPoint}.${f.name}`, f] as const)));
    const workPoints = report.workPoints.map((w) => ({
      name: w.name,
      sentences: w.figures.filter((f) => f.available).map((f) => specs.get(f.key)!.sentence.replace('N', String(f.value))),
      missing: w.figures.filter((f) => !f.available).map((f) => f.label),
    }));
    const bytes = await buildAnnualDraft({ year, bureauName, workPoints, departments: report.departments });
    return { bytes, fileName: `${bureauName}${year}年度法治政府建设情况报告（初稿）.docx` };
  }

  private async context(year: number): Promise<YearContext> {
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new ReportYearError();
    const [planIds, ids] = await Promise.all([this.plans.idsOfYear(year), this.catalog.idsByKey()]);
    return { year, planIds, templates: ids.templates, items: ids.items };
  }

  /** The figure's template or item id, or why it cannot be counted. */
  private resolve(ctx: YearContext, source: FigureSource): ResolvedSource {
    if (source.kind === 'unavailable') return { kind: source.kind, templateId: null, itemId: null, reason: source.reason };
    if (source.kind === 'register') return { kind: source.kind, templateId: null, itemId: null, reason: null, figure: source.figure };
    const templateId = ctx.templates.get(source.template) ?? null;
    const itemId = source.kind === 'cases' ? null : (ctx.items.get(`${source.template}/${source.item}`) ?? null);
    const missing = templateId === null || (source.kind !== 'cases' && itemId === null);
    return { kind: source.kind, templateId, itemId, reason: missing ? '事项目录中没有对应的模板或事项' : null };
  }

  /** Each register figure's count: the number of records its drill-down lists. */
  private async registerCounts(caller: AuthUser, figures: RegisterFigure[], year: number): Promise<Map<RegisterFigure, number>> {
    const counts = await Promise.all(figures.map(async (f) => [f, (await this.registers.records(caller, f, year)).length] as const));
    return new Map(counts);
  }

  private async onTime(ctx: YearContext): Promise<DepartmentOnTimeView[]> {
    const rows = await this.taskFigures.onTimeByDepartment(ctx.planIds, this.clock.today());
    const names = await this.org.departmentNames(rows.map((r) => r.departmentId));
    return rows.map((r) => {
      const due = r.onTime + r.late + r.overdue;
      return { ...r, departmentName: names.get(r.departmentId) ?? '', onTimeRate: due ? Math.round((r.onTime / due) * 1000) / 1000 : null };
    });
  }

  private async departmentRecords(ctx: YearContext, key: string, departmentId: number, group: OnTimeGroup): Promise<FigureRecordsView> {
    const rows = await this.taskFigures.departmentTaskRecords(ctx.planIds, departmentId, group, this.clock.today());
    const name = (await this.org.departmentNames([departmentId])).get(departmentId);
    if (name === undefined) throw new UnknownFigureError(key);
    return { key, label: `${name}${ON_TIME_GROUPS[group]}`, available: true, reason: null, records: await this.taskRecords(rows, 'task') };
  }

  private async taskRecords(rows: FigureRecordRow[], kind: 'activity' | 'task'): Promise<FigureRecordView[]> {
    const names = await this.org.departmentNames(rows.map((r) => r.departmentId));
    return rows.map((r) => ({
      kind,
      taskId: r.taskId,
      caseId: null,
      title: r.title,
      reference: null,
      departmentId: r.departmentId,
      departmentName: names.get(r.departmentId) ?? '',
      date: r.date,
      status: r.status,
      link: `/tasks/${r.taskId}`,
    }));
  }
}

interface ResolvedSource {
  kind: FigureSource['kind'];
  templateId: number | null;
  itemId: number | null;
  reason: string | null;
  figure?: RegisterFigure;
}
