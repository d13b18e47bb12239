import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * 佐证材料: a file attached to a task (or one of its activities). The bytes live under
 * DATA_DIR/evidence by SHA-256; rows are never deleted, so reopening a task loses nothing.
 */
@Entity('evidence_files')
export class EvidenceFile {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ name: 'task_id', type: 'integer' })
  taskId: number;

  /** Declared by entity name: evidence never imports task entity classes (see task.entity.ts). */
  @ManyToOne('Task', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'task_id' })
  task?: object;

  @Column({ name: 'activity_id', type: 'integer', nullable: true })
  activityId: number | null;

  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ type: 'integer' })
  size: number;

  /** Detected from the content, not taken from the upload. */
  @Column({ name: 'mime_type', type: 'varchar', length: 120 })
  mimeType: string;

  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName: string;

  /** The date the evidence speaks for (e.g. the meeting date), YYYY-MM-DD. */
  @Column({ name: 'effective_on', type: 'varchar', length: 10 })
  effectiveOn: string;

  @Column({ name: 'uploaded_by_id', type: 'integer' })
  uploadedById: number;

  @CreateDateColumn({ name: 'uploaded_at' })
  uploadedAt: Date;
}
