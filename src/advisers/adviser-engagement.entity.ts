import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type EngagementKind = 'firm' | 'person';
/** Who signed the contract: the bureau, or schools (一校一聘 one school, 多校连聘 several). */
export type EngagedBy = 'bureau' | 'schools';

/** A legal-adviser engagement (法律顾问聘任): a firm or a person under contract for a period. */
// Keyset paging: one (sort column, id) index per sort of the list (migrations/register-keyset-indexes.ts).
@Index('IDX_adviser_engagements_end_id', ['endOn', 'id'])
@Entity('adviser_engagements')
export class AdviserEngagement {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'PK_adviser_engagements' })
  id: number;

  @Column({ type: 'varchar', length: 10 })
  kind: EngagementKind;

  /** 律师事务所 or the person's name. */
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 50, default: '' })
  contact: string;

  @Column({ type: 'varchar', length: 30, default: '' })
  phone: string;

  /** Accounts with role `adviser` acting for this engagement (may be empty). */
  @Column({ name: 'adviser_user_ids', type: 'simple-json' })
  adviserUserIds: number[];

  @Column({ name: 'engaged_by', type: 'varchar', length: 10 })
  engagedBy: EngagedBy;

  /** Schools the engagement covers (一校一聘 coverage). */
  @Column({ name: 'school_ids', type: 'simple-json' })
  schoolIds: number[];

  @Column({ name: 'start_on', type: 'varchar', length: 10 })
  startOn: string;

  @Column({ name: 'end_on', type: 'varchar', length: 10 })
  endOn: string;

  /** Yearly fee in yuan, when known. */
  @Column({ type: 'integer', nullable: true })
  fee: number | null;

  /** 解聘: the day the contract was ended early, and why. */
  @Column({ name: 'dismissed_on', type: 'varchar', length: 10, nullable: true })
  dismissedOn: string | null;

  @Column({ name: 'dismiss_reason', type: 'text', nullable: true })
  dismissReason: string | null;

  @Column({ type: 'text', default: '' })
  note: string;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;
}
