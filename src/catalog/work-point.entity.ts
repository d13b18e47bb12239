import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A rule-of-law work point (三项制度, 双随机一公开 …): groups checklist templates. */
@Entity('work_points')
export class WorkPoint {
  @PrimaryGeneratedColumn()
  id: number;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 60 })
  key: string;

  @Column({ type: 'varchar', length: 60 })
  name: string;

  /** Section of the domain brief, e.g. "2.6"; also the display order. */
  @Column({ type: 'varchar', length: 10 })
  section: string;

  @Column({ type: 'text', default: '' })
  description: string;
}
