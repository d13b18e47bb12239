import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { RequestKind, OpinionResult } from './adviser-rules';

/**
 * What the register adds to a review request (a `legal-adviser-review` event plan, which keeps
 * its deadlines in the engine): the kind of matter and the opinion's result.
 */
@Entity('adviser_request_details')
export class AdviserRequestDetail {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'PK_adviser_request_details' })
  id: number;

  @Index('IDX_adviser_request_details_plan', { unique: true })
  @Column({ name: 'plan_id', type: 'integer' })
  planId: number;

  /** Declared by entity name: registers never import plan entity classes. */
  @ManyToOne('Plan', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'FK_adviser_request_details_plan' })
  plan?: object;

  /** Null until the registrar names it (the adviser may record a result first). */
  @Column({ type: 'varchar', length: 20, nullable: true })
  kind: RequestKind | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  result: OpinionResult | null;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt: Date;
}
