import { Injectable } from '@nestjs/common';
import { CatalogService } from '../catalog/catalog.service';
import { Clock } from '../common/clock';
import { OrgDirectory } from '../org/org-directory.service';
import { TaskStore } from '../tasks/task-store.service';
import { effectiveStatus, STATUS_NAMES } from './document-rules';
import { DocumentEventView, DocumentView } from './dto/document.view';
import type { NormativeDocument, NormativeDocumentEvent } from './normative-document.entity';

/** Entries as views: names, the derived status, and the 备案 date the case's filing step gives. */
@Injectable()
export class DocumentViews {
  constructor(
    private readonly org: OrgDirectory,
    private readonly clock: Clock,
    private readonly catalog: CatalogService,
    private readonly tasks: TaskStore,
  ) {}

  async of(docs: NormativeDocument[]): Promise<DocumentView[]> {
    const today = this.clock.today();
    const [departments, filings] = await Promise.all([
      this.org.departmentNames(docs.map((d) => d.departmentId)),
      this.caseFilings(docs.filter((d) => !d.filedOn && d.planId !== null).map((d) => d.planId!)),
    ]);
    return docs.map((d) => {
      const status = effectiveStatus(d.status, d.expiresOn, today);
      const filedOn = d.filedOn ?? filings.get(d.planId ?? -1) ?? null;
      return Object.assign(new DocumentView(), {
        id: d.id,
        docNumber: d.docNumber,
        title: d.title,
        departmentId: d.departmentId,
        departmentName: departments.get(d.departmentId) ?? '',
        publishedOn: d.publishedOn,
        effectiveOn: d.effectiveOn,
        provisional: d.provisional,
        validityYears: d.validityYears,
        expiresOn: d.expiresOn,
        status,
        statusName: STATUS_NAMES[status],
        statusOn: d.statusOn,
        statusReason: d.statusReason,
        replacedById: d.replacedById,
        filedOn,
        filedOnFromCase: !d.filedOn && filedOn !== null,
        filingDueOn: d.filingDueOn,
        filingOverdue: filedOn === null && today > d.filingDueOn,
        fairCompetitionReviewed: d.fairCompetitionReviewed,
        planId: d.planId,
        evaluationPlanId: d.evaluationPlanId,
        notes: d.notes,
      });
    });
  }

  async events(rows: NormativeDocumentEvent[]): Promise<DocumentEventView[]> {
    const names = await this.org.userNames(rows.map((r) => r.actorId));
    return rows.map((r) =>
      Object.assign(new DocumentEventView(), {
        id: r.id,
        kind: r.kind,
        onDate: r.onDate,
        reason: r.reason,
        replacedById: r.replacedById,
        cleanupYear: r.cleanupYear,
        cleanupResult: r.cleanupResult,
        actorName: names.get(r.actorId ?? -1) ?? '',
        createdAt: r.createdAt,
      }),
    );
  }

  /** Plan id → the day its 报送备案 step was done (cases whose step is not done are absent). */
  private async caseFilings(planIds: number[]): Promise<Map<number, string>> {
    if (!planIds.length) return new Map();
    const template = await this.catalog.findTemplate({ key: 'normative-document' });
    const filing = template && (await this.catalog.activeItems([template.id])).find((i) => i.key === 'filing');
    if (!filing) return new Map();
    const out = new Map<number, string>();
    for (const planId of planIds) {
      const done = (await this.tasks.ofPlan(planId)).find((t) => t.templateItemId === filing.id && t.leadTaskId === null && t.doneOn);
      if (done) out.set(planId, done.doneOn!);
    }
    return out;
  }
}
