import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One draw for an inspection (a `random-inspection` case). Append-only: the inputs, the snapshots
 * and the result are never changed; a re-draw adds a row and only marks this one superseded.
 */
@Entity('inspection_draws')
export class InspectionDraw {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ name: 'plan_id', type: 'integer' })
  planId: number;

  @Column({ name: 'item_id', type: 'integer' })
  itemId: number;

  @Index()
  @Column({ name: 'drawn_on', type: 'varchar', length: 10 })
  drawnOn: string;

  @Column({ name: 'seed_text', type: 'text' })
  seedText: string;

  /** 'ratio' or 'count': how the number of targets was set. */
  @Column({ name: 'count_mode', type: 'varchar', length: 10 })
  countMode: 'ratio' | 'count';

  @Column({ name: 'ratio_percent', type: 'integer', nullable: true })
  ratioPercent: number | null;

  @Column({ name: 'target_count', type: 'integer' })
  targetCount: number;

  @Column({ name: 'inspectors_per_target', type: 'integer' })
  inspectorsPerTarget: number;

  @Column({ name: 'exclude_supervising', type: 'boolean' })
  excludeSupervisingDepartment: boolean;

  @Column({ name: 'targets_snapshot', type: 'text' })
  targetsSnapshot: string;

  @Column({ name: 'targets_hash', type: 'varchar', length: 64 })
  targetsHash: string;

  @Column({ name: 'inspectors_snapshot', type: 'text' })
  inspectorsSnapshot: string;

  @Column({ name: 'inspectors_hash', type: 'varchar', length: 64 })
  inspectorsHash: string;

  @Column({ name: 'conflicts_snapshot', type: 'text' })
  conflictsSnapshot: string;

  @Column({ name: 'conflicts_hash', type: 'varchar', length: 64 })
  conflictsHash: string;

  @Column({ type: 'varchar', length: 64 })
  seed: string;

  /** Canonical JSON of the drawn targets in order with their certificate ids. */
  @Column({ type: 'text' })
  result: string;

  @Column({ name: 'redraw_reason', type: 'text', nullable: true })
  redrawReason: string | null;

  @Column({ name: 'superseded_by_id', type: 'integer', nullable: true })
  supersededById: number | null;

  @Column({ name: 'drawn_by_id', type: 'integer' })
  drawnById: number;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;
}

export const INSPECTION_OUTCOMES = { clear: '未发现问题', rectify: '责令整改', case: '立案查处', transfer: '移送' } as const;
export type InspectionOutcome = keyof typeof INSPECTION_OUTCOMES;
export const INSPECTION_OUTCOME_CODES = Object.keys(INSPECTION_OUTCOMES) as InspectionOutcome[];

/** A drawn target of a draw with its inspectors, and the inspection's outcome once recorded. */
@Entity('inspection_draw_targets')
@Index(['drawId', 'position'], { unique: true })
export class InspectionDrawTarget {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'draw_id', type: 'integer' })
  drawId: number;

  @Column({ type: 'integer' })
  position: number;

  @Index()
  @Column({ name: 'target_id', type: 'integer' })
  targetId: number;

  /** Comma-separated certificate ids, in the order drawn (a copy of the draw's result). */
  @Column({ name: 'certificate_ids', type: 'varchar', length: 200 })
  certificateIds: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  outcome: InspectionOutcome | null;

  @Column({ name: 'outcome_note', type: 'text', nullable: true })
  outcomeNote: string | null;

  @Column({ name: 'outcome_on', type: 'varchar', length: 10, nullable: true })
  outcomeOn: string | null;
}
