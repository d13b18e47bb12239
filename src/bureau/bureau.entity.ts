import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The bureau this installation serves (one per installation) and its local settings. */
@Entity('bureau')
export class Bureau {
  /** Always 1. */
  @PrimaryColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** Numbers the brief marks *local* (filing window, validity years, study counts …). */
  @Column({ type: 'simple-json' })
  settings: Record<string, number>;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt: Date;
}
