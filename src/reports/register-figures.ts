import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../access/auth-user';
import { REQUEST_KIND_NAMES, type RequestKind } from '../advisers/adviser-rules';
import { ReviewRequestQueryDto } from '../advisers/dto/request.dto';
import { ReviewRequestsService } from '../advisers/review-requests.service';
import { CertificateRegistry } from '../certificates/certificate-registry';
import { Clock } from '../common/clock';
import { allPages } from '../common/xlsx';
import { DocumentsService } from '../documents/documents.service';
import { FindingQueryDto } from '../findings/dto/finding.dto';
import { FindingQueries } from '../findings/finding-queries.service';
import { InspectionPlanService } from '../inspections/inspection-plan.service';
import type { FigureRecordView } from './dto/report.view';

/** The figures the registers count (issue 12), by the name a figure spec gives them. */
export const REGISTER_FIGURES = [
  'documents.cleaned-up',
  ...(Object.keys(REQUEST_KIND_NAMES) as RequestKind[]).map((kind) => `advisers.${kind}` as const),
  'certificates.valid',
  'inspections.targets',
  'inspections.inspected',
  'inspections.problems',
  'findings.recorded',
  'findings.closed',
] as const;
export type RegisterFigure = (typeof REGISTER_FIGURES)[number];

type Entry = Omit<FigureRecordView, 'kind' | 'taskId' | 'caseId' | 'departmentId'> & Partial<Pick<FigureRecordView, 'caseId' | 'departmentId'>>;

/**
 * Counts and lists, for the annual report, what the registers hold for a year. The caller is the
 * report's reader (leaders, admins, 政策法规股), whom every register lets read all its entries.
 */
@Injectable()
export class RegisterFigures {
  constructor(
    private readonly documents: DocumentsService,
    private readonly requests: ReviewRequestsService,
    private readonly certificates: CertificateRegistry,
    private readonly inspections: InspectionPlanService,
    private readonly findings: FindingQueries,
    private readonly clock: Clock,
  ) {}

  async records(caller: AuthUser, figure: RegisterFigure, year: number): Promise<FigureRecordView[]> {
    const entries = await this.entries(caller, figure, year);
    return entries.map((e) => ({ kind: 'entry', taskId: null, caseId: e.caseId ?? null, departmentId: e.departmentId ?? null, ...e }));
  }

  private async entries(caller: AuthUser, figure: RegisterFigure, year: number): Promise<Entry[]> {
    const [register, name] = figure.split('.');
    if (register === 'documents') {
      const { items } = await this.documents.cleanup(caller, year);
      const counted = items.filter((i) => i.result !== null).map((i) => i.document);
      return counted.map((d) => ({
        title: d.title,
        reference: d.docNumber,
        departmentId: d.departmentId,
        departmentName: d.departmentName,
        date: d.publishedOn,
        status: d.statusName,
        link: `/registers/documents/${d.id}`,
      }));
    }
    if (register === 'advisers') {
      const query = Object.assign(new ReviewRequestQueryDto(), { year });
      const rows: Entry[] = [];
      for await (const r of allPages(query, (q) => this.requests.list(caller, q))) {
        if (r.cancelled || (r.kind ?? 'other') !== name) continue;
        rows.push({
          caseId: r.planId,
          title: r.title,
          reference: r.reference,
          departmentName: r.registrarDepartmentName,
          date: r.requestedOn,
          status: r.timelinessName,
          link: `/cases/${r.planId}`,
        });
      }
      return rows;
    }
    if (register === 'certificates') {
      const yearEnd = `${year}-12-31`;
      const today = this.clock.today();
      const holders = await this.certificates.validHolders(today < yearEnd ? today : yearEnd);
      return holders.map((h) => ({
        title: h.holderName,
        reference: h.certificateNo,
        departmentId: h.departmentId,
        departmentName: null,
        date: h.expiresOn,
        status: h.category,
        link: `/registers/certificates/${h.certificateId}`,
      }));
    }
    if (register === 'inspections') {
      const targets = (await this.inspections.drawnTargets(year)).filter(
        (t) => name === 'targets' || (t.outcome !== null && (name === 'inspected' || t.outcome !== 'clear')),
      );
      return targets.map((t) => ({
        caseId: t.planId,
        title: t.targetName,
        reference: null,
        departmentName: null,
        date: t.outcomeOn ?? t.drawnOn,
        status: t.outcomeLabel,
        link: `/registers/inspections/draws/${t.drawId}`,
      }));
    }
    const query = Object.assign(new FindingQueryDto(), { year });
    const rows: Entry[] = [];
    for await (const f of allPages(query, (q) => this.findings.list(caller, q))) {
      if (f.status === 'cancelled' || (name === 'closed' && f.status !== 'closed')) continue;
      rows.push({
        caseId: f.planId,
        title: f.description,
        reference: f.code,
        departmentId: f.departmentId,
        departmentName: f.departmentName,
        date: f.foundOn,
        status: f.statusName,
        link: `/registers/findings/${f.id}`,
      });
    }
    return rows;
  }
}
