import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One change to data. Append-only: no route changes it and the database refuses UPDATE/DELETE. */
@Entity('audit_events')
@Index(['entity', 'entityId'])
export class AuditEvent {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column()
  at: Date;

  @Index()
  @Column({ name: 'user_id', type: 'integer', nullable: true })
  userId: number | null;

  /** `user` for a person, otherwise the system part that acted (`seed`, `reminders` …). */
  @Column({ type: 'varchar', length: 40 })
  actor: string;

  /** `create` | `update` | `delete`, or a domain verb such as `task.complete`. */
  @Column({ type: 'varchar', length: 40 })
  action: string;

  @Column({ type: 'varchar', length: 60 })
  entity: string;

  @Column({ name: 'entity_id', type: 'varchar', length: 60 })
  entityId: string;

  @Column({ type: 'simple-json', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'simple-json', nullable: true })
  after: Record<string, unknown> | null;

  @Column({ name: 'request_id', type: 'varchar', length: 64, nullable: true })
  requestId: string | null;
}
