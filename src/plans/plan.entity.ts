import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

export type PlanKind = 'annual' | 'event';

/**
 * An instantiation of templates: the year's plan (all annual templates) or one case (a document,
 * a decision, an inspection …) of one event template, with its anchor dates.
 */
@Entity('plans')
export class Plan {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 10 })
  kind: PlanKind;

  /** `annual:2026` or `event:<templateKey>:<reference>`: instantiating the same plan twice is refused. */
  @Index({ unique: true })
  @Column({ name: 'unique_key', type: 'varchar', length: 200 })
  uniqueKey: string;

  @Index()
  @Column({ type: 'integer' })
  year: number;

  @Column({ name: 'template_id', type: 'integer', nullable: true })
  templateId: number | null;

  /** Declared by entity name: plans never import catalog entity classes (see task.entity.ts). */
  @ManyToOne('ChecklistTemplate', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'template_id' })
  template?: object;

  /** The case's own reference (document number, case number); empty for annual plans. */
  @Column({ type: 'varchar', length: 100, default: '' })
  reference: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'simple-json' })
  anchors: Record<string, string>;

  /** Answers to the template's options at registration (e.g. major: true); null for older plans. */
  @Column({ type: 'simple-json', nullable: true })
  options: Record<string, boolean> | null;

  /** The bureau settings in force when the plan was instantiated (deadlines were computed with them). */
  @Column({ type: 'simple-json' })
  settings: Record<string, number>;

  /** Annual plans: tasks due before this day were issued as 补录 (null: from the start of the year). */
  @Column({ name: 'start_on', type: 'varchar', length: 10, nullable: true })
  startOn: string | null;

  @Column({ name: 'created_by_id', type: 'integer', nullable: true })
  createdById: number | null;

  /** The department that registered the case (null when an admin entered it): it sees, corrects and may cancel it. */
  @Column({ name: 'registrar_department_id', type: 'integer', nullable: true })
  registrarDepartmentId: number | null;

  /** A legal-adviser review: the adviser (a user with role adviser) the request is addressed to. */
  @Column({ name: 'adviser_id', type: 'integer', nullable: true })
  adviserId: number | null;

  /** 撤销: when, by whom and why; its unfinished tasks were cancelled with it. */
  @Column({ name: 'cancelled_at', type: Date, nullable: true })
  cancelledAt: Date | null;

  @Column({ name: 'cancelled_by_id', type: 'integer', nullable: true })
  cancelledById: number | null;

  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason: string | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;
}
