import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { EnforcementCertificate } from './certificate.entity';

/** A certified officer recorded on a completed enforcement step (two per step where the catalogue asks for two). */
@Entity('task_officers')
export class TaskOfficer {
  @PrimaryColumn({ name: 'task_id', type: 'integer' })
  taskId: number;

  @ManyToOne('Task', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id' })
  task?: object;

  @Index()
  @PrimaryColumn({ name: 'certificate_id', type: 'integer' })
  certificateId: number;

  @ManyToOne(() => EnforcementCertificate, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'certificate_id' })
  certificate?: EnforcementCertificate;

  /** The completion day the certificate was checked against. */
  @Column({ name: 'checked_on', type: 'varchar', length: 10 })
  checkedOn: string;
}
