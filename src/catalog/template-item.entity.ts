import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { DeadlineExtension, EarliestRule, ScheduleRule } from './schedule-rule';
import type { ItemTarget } from './catalogue.types';
import { ChecklistTemplate } from './checklist-template.entity';

/** One item of a checklist template. Tasks copy what they need, so editing never rewrites them. */
@Entity('template_items')
@Index(['templateId', 'key'], { unique: true })
export class TemplateItem {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'template_id', type: 'integer' })
  templateId: number;

  @ManyToOne(() => ChecklistTemplate, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'template_id' })
  template?: ChecklistTemplate;

  @Column({ type: 'varchar', length: 60 })
  key: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  /** 依据 */
  @Column({ type: 'text' })
  basis: string;

  /** What the 台账 should hold. */
  @Column({ name: 'evidence_hint', type: 'text', default: '' })
  evidenceHint: string;

  /** Department role code of the lead (牵头), or `schools`. */
  @Column({ name: 'lead_role', type: 'varchar', length: 40 })
  leadRole: string;

  /** Role codes of the supporting departments (配合). */
  @Column({ name: 'support_roles', type: 'simple-json' })
  supportRoles: string[];

  @Column({ type: 'simple-json' })
  schedule: ScheduleRule;

  @Column({ type: 'simple-json', nullable: true })
  target: ItemTarget | null;

  /** Supporting tasks carry the target too (by default they carry none). */
  @Column({ name: 'support_target', type: 'boolean', default: false })
  supportTarget: boolean;

  @Column({ type: 'boolean', default: false })
  review: boolean;

  @Column({ name: 'reviewer_role', type: 'varchar', length: 40, nullable: true })
  reviewerRole: string | null;

  /** Keys of items of the same template that must be done first. */
  @Column({ type: 'simple-json' })
  gates: string[];

  @Column({ name: 'when_anchor_set', type: 'boolean', default: false })
  whenAnchorSet: boolean;

  /** Key of a template option: when the case answers it "no", the step is issued as 不适用. */
  @Column({ name: 'only_if', type: 'varchar', length: 40, nullable: true })
  onlyIf: string | null;

  /** Minimum period: the step may not be completed before this date (e.g. 征求意见 ≥ 30 days). */
  @Column({ type: 'simple-json', nullable: true })
  earliest: EarliestRule | null;

  /** An extension the case may record (行政许可 延长十日), moving the deadline once its anchor is set. */
  @Column({ type: 'simple-json', nullable: true })
  extension: DeadlineExtension | null;

  /** Certified officers (valid 执法证) the step records when it is completed; 0 when none are asked for. */
  @Column({ type: 'integer', default: 0 })
  officers: number;

  @Column({ name: 'sort_order', type: 'integer', default: 0 })
  sortOrder: number;

  /** Retired items stay for the tasks that reference them but go into no new plan. */
  @Column({ type: 'boolean', default: true })
  active: boolean;
}
