import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** 有效 / 暂扣 / 注销 — 已过期 is not stored: it follows from `expiresOn` before today. */
export type CertificateStatus = 'valid' | 'suspended' | 'revoked';
export const CERTIFICATE_STATUSES: CertificateStatus[] = ['valid', 'suspended', 'revoked'];

/** 执法证: one enforcement certificate and its holder (a user of the service or not). */
// Keyset paging: one (sort column, id) index per sort of the list (migrations/register-keyset-indexes.ts).
@Index('IDX_enforcement_certificates_expires_id', ['expiresOn', 'id'])
@Index('IDX_enforcement_certificates_holder_id', ['holderName', 'id'])
@Entity('enforcement_certificates')
export class EnforcementCertificate {
  @PrimaryGeneratedColumn()
  id: number;

  @Index({ unique: true })
  @Column({ name: 'certificate_no', type: 'varchar', length: 50 })
  certificateNo: string;

  @Column({ name: 'holder_name', type: 'varchar', length: 50 })
  holderName: string;

  @Column({ name: 'holder_user_id', type: 'integer', nullable: true })
  holderUserId: number | null;

  // Declared by entity name: no entity class crosses a module folder.
  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'holder_user_id' })
  holderUser?: object;

  @Index()
  @Column({ name: 'department_id', type: 'integer' })
  departmentId: number;

  @ManyToOne('Department', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id' })
  department?: object;

  /** 执法类别, e.g. 教育行政执法. */
  @Column({ type: 'varchar', length: 50 })
  category: string;

  @Column({ name: 'issued_on', type: 'varchar', length: 10 })
  issuedOn: string;

  @Index()
  @Column({ name: 'expires_on', type: 'varchar', length: 10 })
  expiresOn: string;

  @Column({ type: 'varchar', length: 10, default: 'valid' })
  status: CertificateStatus;

  /** Why the status last changed (暂扣/注销/恢复); the audit trail keeps the history. */
  @Column({ name: 'status_reason', type: 'text', nullable: true })
  statusReason: string | null;

  @Column({ type: 'text', default: '' })
  notes: string;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt: Date;
}
