import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import { readsWholeBureau, type AuthUser } from '../access/auth-user';
import { BureauService } from '../bureau/bureau.service';
import { Clock } from '../common/clock';
import { keysetPage, type KeysetColumn } from '../common/keyset';
import { containsAny, containsPattern, keysetSort } from '../common/list-query';
import { Page } from '../common/pagination';
import { InputValidationException } from '../common/validation';
import { TransactionRunner } from '../database/transaction-runner';
import { OrgDirectory } from '../org/org-directory.service';
import { DocumentCases } from './document-cases';
import { expiryOf, filingDueOf, looksProvisional, validityYears } from './document-rules';
import { DocumentViews } from './document-views';
import { ChangeStatusDto, CleanupDto, CreateDocumentDto, DocumentQueryDto, InForceQueryDto, UpdateDocumentDto } from './dto/document.dto';
import type { CleanupView, DocumentAccessView, DocumentDetailView, DocumentView } from './dto/document.view';
import { NormativeDocument, NormativeDocumentEvent } from './normative-document.entity';

/** The clean-up date of the yearly 规范性文件清理 item (catalogue: normative-document-annual / yearly-clean-up). */
export const CLEANUP_MONTH_DAY = '10-31';

const SORTS: Record<string, KeysetColumn> = {
  docNumber: { sql: 'd.doc_number', type: 'text' },
  publishedOn: { sql: 'd.published_on', type: 'text' },
  effectiveOn: { sql: 'd.effective_on', type: 'text' },
  expiresOn: { sql: 'd.expires_on', type: 'text' },
};

/** The 规范性文件台账: entries, their status changes and yearly clean-up opinions. */
@Injectable()
export class DocumentsService {
  constructor(
    @InjectRepository(NormativeDocument) private readonly documents: Repository<NormativeDocument>,
    @InjectRepository(NormativeDocumentEvent) private readonly events: Repository<NormativeDocumentEvent>,
    private readonly org: OrgDirectory,
    private readonly bureau: BureauService,
    private readonly clock: Clock,
    private readonly tx: TransactionRunner,
    private readonly cases: DocumentCases,
    private readonly views: DocumentViews,
  ) {}

  async access(caller: AuthUser): Promise<DocumentAccessView> {
    const legal = await this.org.inLegalOffice(caller);
    return { canEdit: caller.role === 'admin' || legal, readsAll: readsWholeBureau(caller) || legal };
  }

  async list(caller: AuthUser, q: DocumentQueryDto): Promise<Page<DocumentView>> {
    const qb = await this.scoped(caller);
    const today = this.clock.today();
    if (q.q) qb.andWhere(containsAny(['d.doc_number', 'd.title'], 'text'), { text: containsPattern(q.q) });
    if (q.departmentId !== undefined) qb.andWhere('d.department_id = :dept', { dept: q.departmentId });
    if (q.year !== undefined) qb.andWhere('d.published_on LIKE :year', { year: `${q.year}-%` });
    // 已失效 is derived from the date, so in_force and expired split the stored in_force rows.
    if (q.status === 'expired') qb.andWhere("d.status = 'in_force' AND d.expires_on < :today", { today });
    else if (q.status === 'in_force') qb.andWhere("d.status = 'in_force' AND d.expires_on >= :today", { today });
    else if (q.status) qb.andWhere('d.status = :status', { status: q.status });
    return this.page(qb, q);
  }

  /** 现行有效规范性文件目录: every bureau member reads it whole. */
  inForce(q: InForceQueryDto): Promise<Page<DocumentView>> {
    const qb = this.documents.createQueryBuilder('d').where("d.status = 'in_force' AND d.expires_on >= :today", { today: this.clock.today() });
    if (q.q) qb.andWhere(containsAny(['d.doc_number', 'd.title'], 'text'), { text: containsPattern(q.q) });
    return this.page(qb, q);
  }

  async detail(caller: AuthUser, id: number): Promise<DocumentDetailView> {
    const doc = await this.visible(caller, id);
    const [history, replacedBy, access] = await Promise.all([
      this.events.find({ where: { documentId: id }, order: { id: 'ASC' } }),
      doc.replacedById === null ? null : this.documents.findOneBy({ id: doc.replacedById }),
      this.access(caller),
    ]);
    return {
      document: (await this.views.of([doc]))[0],
      history: await this.views.events(history),
      replacedByNumber: replacedBy?.docNumber ?? null,
      canEdit: access.canEdit,
    };
  }

  async create(caller: AuthUser, dto: CreateDocumentDto): Promise<DocumentDetailView> {
    await this.mustEdit(caller);
    const settings = await this.bureau.settings();
    await this.checkNew([dto]);
    const saved = await this.tx.run((m) => m.save(NormativeDocument, this.build(dto, settings)));
    await this.cases.issueEvaluation(saved);
    return this.detail(caller, saved.id);
  }

  /** Checks a batch of new entries: departments exist, 文号 not yet in the register. */
  async checkNew(dtos: CreateDocumentDto[], report?: (index: number, field: 'docNumber' | 'departmentId', message: string) => void): Promise<void> {
    const fail = report ?? ((_i: number, field: string, message: string) => this.refuse(field, message));
    const departments = await this.org.departmentNames();
    for (const [i, dto] of dtos.entries()) {
      if (typeof dto.departmentId === 'number' && !departments.has(dto.departmentId)) fail(i, 'departmentId', `不存在的股室 ${dto.departmentId}`);
      if (dto.docNumber && (await this.documents.existsBy({ docNumber: dto.docNumber }))) fail(i, 'docNumber', `文号 ${dto.docNumber} 已在台账中`);
    }
  }

  /** A new entry's computed fields, from the bureau's settings. */
  build(dto: CreateDocumentDto, settings: Record<string, number>): NormativeDocument {
    const provisional = dto.provisional ?? looksProvisional(dto.title);
    const effectiveOn = dto.effectiveOn ?? dto.publishedOn;
    const years = validityYears(provisional, settings);
    return this.documents.create({
      ...dto,
      effectiveOn,
      provisional,
      validityYears: years,
      expiresOn: expiryOf(effectiveOn, years),
      filingDueOn: filingDueOf(dto.publishedOn, settings.normativeDocFilingDays),
      filedOn: dto.filedOn ?? null,
      notes: dto.notes ?? '',
      status: 'in_force',
      planId: null,
      evaluationPlanId: null,
    });
  }

  async update(caller: AuthUser, id: number, dto: UpdateDocumentDto): Promise<DocumentDetailView> {
    await this.mustEdit(caller);
    const doc = await this.visible(caller, id);
    if (dto.departmentId !== undefined && !(await this.org.departmentNames()).has(dto.departmentId))
      this.refuse('departmentId', `不存在的股室 ${dto.departmentId}`);
    if (dto.docNumber !== undefined && dto.docNumber !== doc.docNumber && (await this.documents.existsBy({ docNumber: dto.docNumber }))) {
      this.refuse('docNumber', `文号 ${dto.docNumber} 已在台账中`);
    }
    const settings = await this.bureau.settings();
    const next = { ...doc, ...dto };
    const years = dto.provisional === undefined && dto.effectiveOn === undefined ? doc.validityYears : validityYears(next.provisional, settings);
    const saved = await this.tx.run((m) =>
      m.save(NormativeDocument, {
        ...next,
        validityYears: years,
        expiresOn: expiryOf(next.effectiveOn, years),
        filingDueOn: dto.publishedOn === undefined ? doc.filingDueOn : filingDueOf(next.publishedOn, settings.normativeDocFilingDays),
      }),
    );
    if (saved.expiresOn !== doc.expiresOn) await this.cases.redateEvaluation(saved, caller);
    return this.detail(caller, id);
  }

  /** 修改/废止: a date and a reason, recorded in the history (and audited with the entry). */
  async changeStatus(caller: AuthUser, id: number, dto: ChangeStatusDto): Promise<DocumentDetailView> {
    await this.mustEdit(caller);
    const doc = await this.visible(caller, id);
    if (doc.status !== 'in_force') throw new ConflictException(`文件已经${doc.status === 'amended' ? '修改' : '废止'}，不能再变更状态`);
    if (dto.replacedById !== undefined) {
      if (dto.status !== 'amended') this.refuse('replacedById', '只有修改可以指定替代文件');
      if (dto.replacedById === id || !(await this.documents.existsBy({ id: dto.replacedById })))
        this.refuse('replacedById', `替代文件 ${dto.replacedById} 不存在`);
    }
    const replacedById = dto.replacedById ?? null;
    await this.tx.run(async (m) => {
      await m.save(NormativeDocument, { ...doc, status: dto.status, statusOn: dto.on, statusReason: dto.reason, replacedById });
      await this.record(m, { documentId: id, kind: dto.status, onDate: dto.on, reason: dto.reason, replacedById, actorId: caller.id });
    });
    await this.cases.withdrawEvaluation(doc, `文件已${dto.status === 'amended' ? '修改' : '废止'}：${dto.reason}`, caller);
    return this.detail(caller, id);
  }

  /**
   * The documents in force on the year's clean-up date, each with the opinion recorded for that
   * year — and those that got an opinion for the year and left the list before that date (often
   * as its outcome: repealed or amended on the opinion), which were cleaned up all the same.
   */
  async cleanup(caller: AuthUser, year: number): Promise<CleanupView> {
    if (year < 2000 || year > 2100) this.refuse('year', '年度必须在 2000–2100 之间');
    const date = `${year}-${CLEANUP_MONTH_DAY}`;
    const inForce = new Brackets((w) =>
      w
        .where('d.effective_on <= :date AND d.expires_on >= :date', { date })
        .andWhere(new Brackets((s) => s.where("d.status = 'in_force'").orWhere('d.status_on > :date', { date }))),
    );
    const qb = (await this.scoped(caller))
      .andWhere(
        new Brackets((w) => w.where(inForce).orWhere('d.id IN (SELECT e.document_id FROM normative_document_events e WHERE e.cleanup_year = :year)', { year })),
      )
      .orderBy('d.published_on', 'ASC')
      .addOrderBy('d.id', 'ASC');
    const docs = await qb.getMany();
    const opinions = docs.length ? await this.events.find({ where: { cleanupYear: year } }) : [];
    const views = await this.views.of(docs);
    return {
      year,
      date,
      items: views.map((document) => {
        const opinion = opinions.find((o) => o.documentId === document.id);
        return { document, result: opinion?.cleanupResult ?? null, note: opinion?.reason ?? '' };
      }),
    };
  }

  /** Records (or corrects) a document's clean-up opinion for a year. */
  async recordCleanup(caller: AuthUser, id: number, dto: CleanupDto): Promise<CleanupView> {
    await this.mustEdit(caller);
    await this.visible(caller, id);
    await this.tx.run(async (m) => {
      const existing = await m.findOneBy(NormativeDocumentEvent, { documentId: id, cleanupYear: dto.year });
      const fields = { cleanupResult: dto.result, reason: dto.note ?? '', onDate: this.clock.today(), actorId: caller.id };
      if (existing) await m.save(NormativeDocumentEvent, { ...existing, ...fields });
      else await this.record(m, { documentId: id, kind: 'cleanup', cleanupYear: dto.year, replacedById: null, ...fields });
    });
    return this.cleanup(caller, dto.year);
  }

  private record(m: EntityManager, fields: Partial<NormativeDocumentEvent>): Promise<NormativeDocumentEvent> {
    return m.save(NormativeDocumentEvent, m.create(NormativeDocumentEvent, { cleanupYear: null, cleanupResult: null, ...fields }));
  }

  private async page(qb: SelectQueryBuilder<NormativeDocument>, q: InForceQueryDto): Promise<Page<DocumentView>> {
    const result = await keysetPage(qb, keysetSort(q.sort ?? '-publishedOn', SORTS, 'd.id'), q);
    return Page.keyset(await this.views.of(result.rows), result, q);
  }

  /** Departments see their own entries; 政策法规股, leaders and admins all. */
  private async scoped(caller: AuthUser): Promise<SelectQueryBuilder<NormativeDocument>> {
    const qb = this.documents.createQueryBuilder('d');
    if (!(await this.access(caller)).readsAll) qb.where('d.department_id = :own', { own: caller.departmentId ?? -1 });
    return qb;
  }

  private async visible(caller: AuthUser, id: number): Promise<NormativeDocument> {
    const doc = await this.documents.findOneBy({ id });
    if (!doc || (!(await this.access(caller)).readsAll && doc.departmentId !== caller.departmentId)) {
      throw new NotFoundException(`规范性文件 ${id} 不存在或无权查看`);
    }
    return doc;
  }

  async mustEdit(caller: AuthUser): Promise<void> {
    if (!(await this.access(caller)).canEdit) throw new ForbiddenException('规范性文件台账只能由政策法规股或管理员登记和修改');
  }

  private refuse(field: string, message: string): never {
    throw new InputValidationException([{ field, message }]);
  }
}
