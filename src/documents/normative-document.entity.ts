import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** What is stored; 已失效 (`expired`) is never stored but derived from `expiresOn` (see document-rules.ts). */
export type StoredDocumentStatus = 'in_force' | 'amended' | 'repealed';
export type DocumentStatus = StoredDocumentStatus | 'expired';
export type CleanupResult = 'continue' | 'amend' | 'repeal';

/** One entry of the 规范性文件台账. */
// Keyset paging: one (sort column, id) index per sort of the list (migrations/register-keyset-indexes.ts).
@Index('IDX_normative_documents_published_id', ['publishedOn', 'id'])
@Index('IDX_normative_documents_effective_id', ['effectiveOn', 'id'])
@Index('IDX_normative_documents_expires_id', ['expiresOn', 'id'])
@Entity('normative_documents')
export class NormativeDocument {
  @PrimaryGeneratedColumn()
  id: number;

  /** 文号, unique in the register. */
  @Index({ unique: true })
  @Column({ name: 'doc_number', type: 'varchar', length: 100 })
  docNumber: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** The drafting department: it sees its own entries. */
  @Index()
  @Column({ name: 'department_id', type: 'integer' })
  departmentId: number;

  @Column({ name: 'published_on', type: 'varchar', length: 10 })
  publishedOn: string;

  @Column({ name: 'effective_on', type: 'varchar', length: 10 })
  effectiveOn: string;

  /** 暂行/试行: the shorter validity applies. */
  @Column({ type: 'boolean', default: false })
  provisional: boolean;

  /** The validity (years) the setting gave when the dates were last entered. */
  @Column({ name: 'validity_years', type: 'integer' })
  validityYears: number;

  /** The last valid day. */
  @Index()
  @Column({ name: 'expires_on', type: 'varchar', length: 10 })
  expiresOn: string;

  @Column({ type: 'varchar', length: 10, default: 'in_force' })
  status: StoredDocumentStatus;

  /** The day the document was amended or repealed. */
  @Column({ name: 'status_on', type: 'varchar', length: 10, nullable: true })
  statusOn: string | null;

  @Column({ name: 'status_reason', type: 'text', nullable: true })
  statusReason: string | null;

  /** 修改: the document that replaces this one. */
  @Column({ name: 'replaced_by_id', type: 'integer', nullable: true })
  replacedById: number | null;

  @Column({ name: 'filed_on', type: 'varchar', length: 10, nullable: true })
  filedOn: string | null;

  @Column({ name: 'filing_due_on', type: 'varchar', length: 10 })
  filingDueOn: string;

  @Column({ name: 'fair_competition_reviewed', type: 'boolean', default: false })
  fairCompetitionReviewed: boolean;

  /** The normative-document case it came from. */
  @Index({ unique: true })
  @Column({ name: 'plan_id', type: 'integer', nullable: true })
  planId: number | null;

  /** The evaluation case the register opened (documents without a case). */
  @Column({ name: 'evaluation_plan_id', type: 'integer', nullable: true })
  evaluationPlanId: number | null;

  @Column({ type: 'text', default: '' })
  notes: string;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt: Date;
}

/** A status change (修改/废止) or a yearly clean-up opinion on a document. */
@Entity('normative_document_events')
@Index(['documentId', 'cleanupYear'], { unique: true })
export class NormativeDocumentEvent {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'document_id', type: 'integer' })
  documentId: number;

  @Column({ type: 'varchar', length: 10 })
  kind: 'amended' | 'repealed' | 'cleanup';

  @Column({ name: 'on_date', type: 'varchar', length: 10 })
  onDate: string;

  @Column({ type: 'text', default: '' })
  reason: string;

  @Column({ name: 'replaced_by_id', type: 'integer', nullable: true })
  replacedById: number | null;

  @Column({ name: 'cleanup_year', type: 'integer', nullable: true })
  cleanupYear: number | null;

  @Column({ name: 'cleanup_result', type: 'varchar', length: 10, nullable: true })
  cleanupResult: CleanupResult | null;

  @Column({ name: 'actor_id', type: 'integer', nullable: true })
  actorId: number | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;
}
