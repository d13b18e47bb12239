import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { AuthUser } from '../access/auth-user';
import { BureauService } from '../bureau/bureau.service';
import { Clock } from '../common/clock';
import { DomainEvents, type DomainEventMap } from '../common/domain-events';
import { TransactionRunner } from '../database/transaction-runner';
import { OrgDirectory } from '../org/org-directory.service';
import { PlansService } from '../plans/plans.service';
import { expiryOf, filingDueOf, looksProvisional, validityYears } from './document-rules';
import { NormativeDocument } from './normative-document.entity';

export const CASE_TEMPLATE = 'normative-document';
export const EVALUATION_TEMPLATE = 'normative-document-evaluation';

/**
 * The register and the engine: entries follow their normative-document case (filled in when the
 * case gets its 公布日期), and entries without a case get their evaluation-before-expiry tasks
 * from an evaluation case the register opens as the system.
 */
@Injectable()
export class DocumentCases {
  private readonly logger = new Logger('DocumentCases');

  constructor(
    @InjectRepository(NormativeDocument) private readonly documents: Repository<NormativeDocument>,
    private readonly plans: PlansService,
    private readonly org: OrgDirectory,
    private readonly bureau: BureauService,
    private readonly clock: Clock,
    private readonly tx: TransactionRunner,
    events: DomainEvents,
  ) {
    events.on('plan.anchorsSet', (e) => this.followCase(e));
  }

  /**
   * A published case: its entry appears (effective on publication, provisional when the title
   * says 暂行/试行, drafted by the registering department or else 政策法规股) or, when it exists
   * (same case, or the same 文号 entered by hand), gets the case's 公布日期 and link.
   */
  async followCase(e: DomainEventMap['plan.anchorsSet']): Promise<void> {
    const publishedOn = e.anchors.publishedOn;
    if (e.templateKey !== CASE_TEMPLATE || !publishedOn) return;
    const settings = await this.bureau.settings();
    const filingDueOn = filingDueOf(publishedOn, settings.normativeDocFilingDays);
    const existing = (await this.documents.findOneBy({ planId: e.planId })) ?? (await this.documents.findOneBy({ docNumber: e.reference }));
    if (existing && existing.planId !== null && existing.planId !== e.planId) {
      this.logger.warn(`Case ${e.planId}: 文号 ${e.reference} already belongs to the case of entry ${existing.id}`);
      return;
    }
    if (existing) {
      // The 施行日期 followed publication unless someone entered another one.
      const effectiveOn = existing.effectiveOn === existing.publishedOn ? publishedOn : existing.effectiveOn;
      await this.tx.run((m) =>
        m.save(NormativeDocument, {
          ...existing,
          planId: e.planId,
          publishedOn,
          effectiveOn,
          filingDueOn,
          expiresOn: expiryOf(effectiveOn, existing.validityYears),
        }),
      );
      return;
    }
    const departmentId = e.registrarDepartmentId ?? (await this.org.roleAssignments()).byRole.get('legal');
    if (departmentId === undefined) {
      this.logger.warn(`Case ${e.planId}: no drafting department (no registrar, no 政策法规股 mapped)`);
      return;
    }
    const provisional = looksProvisional(e.title);
    const years = validityYears(provisional, settings);
    await this.tx.run((m) =>
      m.save(
        NormativeDocument,
        m.create(NormativeDocument, {
          docNumber: e.reference,
          title: e.title,
          departmentId,
          publishedOn,
          effectiveOn: publishedOn,
          provisional,
          validityYears: years,
          expiresOn: expiryOf(publishedOn, years),
          filingDueOn,
          filedOn: null,
          planId: e.planId,
          evaluationPlanId: null,
          notes: '',
        }),
      ),
    );
  }

  /**
   * Entries without a case, still valid today: an evaluation case anchored on the last valid day.
   * A failure is logged, never undoes the entry (政策法规股 sees the missing link on the entry).
   */
  async issueEvaluation(doc: NormativeDocument): Promise<void> {
    if (doc.planId !== null || doc.evaluationPlanId !== null || doc.expiresOn < this.clock.today()) return;
    try {
      const { plan } = await this.plans.createSystemEvent(EVALUATION_TEMPLATE, {
        reference: doc.docNumber,
        title: `${doc.title.slice(0, 180)}（届满前评估）`,
        anchors: { expiresOn: doc.expiresOn },
      });
      await this.tx.run((m) => m.save(NormativeDocument, { ...doc, evaluationPlanId: plan.id }));
      doc.evaluationPlanId = plan.id;
    } catch (err) {
      this.logger.warn(`Evaluation for entry ${doc.id} not issued: ${(err as Error).message}`);
    }
  }

  /** An amended or repealed document needs no evaluation: its evaluation case is withdrawn. */
  async withdrawEvaluation(doc: NormativeDocument, reason: string, caller: AuthUser): Promise<void> {
    if (doc.evaluationPlanId !== null) await this.plans.cancelEvent(doc.evaluationPlanId, reason, caller.id);
  }

  /** The last valid day moved: the evaluation case's tasks move with it (the engine tells their people). */
  async redateEvaluation(doc: NormativeDocument, caller: AuthUser): Promise<void> {
    if (doc.evaluationPlanId === null) return this.issueEvaluation(doc);
    try {
      await this.plans.updateAnchorsFor(doc.evaluationPlanId, { expiresOn: doc.expiresOn }, caller, '规范性文件台账更正了施行日期或有效期');
    } catch (err) {
      this.logger.warn(`Evaluation of entry ${doc.id} not re-dated: ${(err as Error).message}`);
    }
  }
}
