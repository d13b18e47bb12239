import { ForbiddenException, Injectable } from '@nestjs/common';
import type { AuthUser } from '../access/auth-user';
import { EngagementQueryDto } from '../advisers/dto/engagement.dto';
import { EngagementsService } from '../advisers/engagements.service';
import { CertificatesService } from '../certificates/certificates.service';
import { CertificateQueryDto } from '../certificates/dto/certificate.dto';
import type { Page, PageQueryDto } from '../common/pagination';
import { DocumentQueryDto } from '../documents/dto/document.dto';
import { DocumentsService } from '../documents/documents.service';
import { FindingQueryDto } from '../findings/dto/finding.dto';
import { FindingQueries } from '../findings/finding-queries.service';
import { DirectoryService } from '../inspections/directory.service';
import { TargetQueryDto } from '../inspections/dto/directory.dto';
import { PlanQueryDto } from '../plans/dto/plan.dto';
import { PlansService } from '../plans/plans.service';
import { TaskFilterDto } from '../tasks/dto/task.dto';
import { TaskQueriesService } from '../tasks/task-queries.service';
import { SearchGroup, type SearchGroupKind, SearchHit, SearchResult } from './dto/search.view';

/** Hits listed per group; the total says how many more there are. */
export const SEARCH_LIMIT = 20;

/** One group of the answer: the list route's own query (its scope, its `q`) and how a row reads as a hit. */
interface Source<T> {
  kind: SearchGroupKind;
  label: string;
  list(q: string): Promise<Page<T>>;
  hit(row: T): SearchHit;
}

const query = <Q extends PageQueryDto>(dto: new () => Q, fields: Partial<Q>): Q => Object.assign(new dto(), { pageSize: SEARCH_LIMIT }, fields);
const detail = (...parts: (string | null | undefined | false)[]) => parts.filter(Boolean).join(' · ');

/**
 * One search over tasks, cases and the registers, through the lists' own queries so the scope is
 * exactly theirs (a head: their department's tasks, the cases it takes part in, its own register
 * entries). A register the caller may not read is left out of the answer, not refused.
 */
@Injectable()
export class SearchService {
  constructor(
    private readonly tasks: TaskQueriesService,
    private readonly plans: PlansService,
    private readonly documents: DocumentsService,
    private readonly engagements: EngagementsService,
    private readonly certificates: CertificatesService,
    private readonly targets: DirectoryService,
    private readonly findings: FindingQueries,
  ) {}

  async search(caller: AuthUser, q: string): Promise<SearchResult> {
    const groups = await Promise.all(this.sources(caller).map((s) => this.group(s, q)));
    return { q, groups: groups.filter((g): g is SearchGroup => g !== null) };
  }

  private async group<T>(source: Source<T>, q: string): Promise<SearchGroup | null> {
    try {
      const page = await source.list(q);
      return { kind: source.kind, label: source.label, total: page.total ?? page.items.length, items: page.items.map((row) => source.hit(row)) };
    } catch (err) {
      if (err instanceof ForbiddenException) return null;
      throw err;
    }
  }

  private sources(caller: AuthUser): Source<never>[] {
    const sources = [
      source({
        kind: 'tasks',
        label: '任务',
        list: (q) => this.tasks.list(caller, query(TaskFilterDto, { q })),
        hit: (t) => ({
          id: t.id,
          title: t.title,
          detail: detail(t.departmentName, t.workPointName, t.planTitle, t.dueOn && `期限 ${t.dueOn}`),
          link: `/tasks/${t.id}`,
        }),
      }),
      source({
        kind: 'cases',
        label: '事项',
        list: (q) => this.plans.list(caller, query(PlanQueryDto, { q, kind: 'event', sort: '-createdAt' })),
        hit: (p) => ({ id: p.id, title: p.title, detail: detail(p.reference, `${p.year}年`), link: `/cases/${p.id}` }),
      }),
    ];
    // Advisers see none of the registers (their own requests are cases, above).
    if (caller.role === 'adviser') return sources;
    return [
      ...sources,
      source({
        kind: 'documents',
        label: '规范性文件',
        list: (q) => this.documents.list(caller, query(DocumentQueryDto, { q })),
        hit: (d) => ({ id: d.id, title: d.title, detail: detail(d.docNumber, d.departmentName, d.statusName), link: `/registers/documents/${d.id}` }),
      }),
      source({
        kind: 'advisers',
        label: '法律顾问',
        list: (q) => this.engagements.list(caller, query(EngagementQueryDto, { q })),
        hit: (e) => ({ id: e.id, title: e.name, detail: detail(e.kindName, e.engagedByName, `${e.startOn}至${e.endOn}`), link: '/registers/advisers' }),
      }),
      source({
        kind: 'certificates',
        label: '执法证',
        list: (q) => this.certificates.list(caller, query(CertificateQueryDto, { q })),
        hit: (c) => ({
          id: c.id,
          title: c.holderName,
          detail: detail(c.certificateNo, c.departmentName, `有效期至 ${c.expiresOn}`),
          link: `/registers/certificates/${c.id}`,
        }),
      }),
      source({
        kind: 'targets',
        label: '检查对象',
        list: (q) => this.targets.listTargets(query(TargetQueryDto, { q })),
        hit: (t) => ({ id: t.id, title: t.name, detail: detail(t.categoryLabel, t.area, t.riskLabel), link: '/registers/inspections' }),
      }),
      source({
        kind: 'findings',
        label: '整改问题',
        list: (q) => this.findings.list(caller, query(FindingQueryDto, { q })),
        hit: (f) => ({ id: f.id, title: f.description, detail: detail(f.code, f.departmentName, f.statusName), link: `/registers/findings/${f.id}` }),
      }),
    ];
  }
}

/** Keeps each source's row type while the list holds them side by side. */
function source<T>(s: Source<T>): Source<never> {
  return s as Source<never>;
}
