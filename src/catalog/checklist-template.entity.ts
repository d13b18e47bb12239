import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CatalogueAnchor, CatalogueOption } from './catalogue.types';
import { WorkPoint } from './work-point.entity';

export type TemplateKind = 'annual' | 'event';

/** A checklist: yearly items of a work point, or the steps of one kind of case. */
@Entity('checklist_templates')
export class ChecklistTemplate {
  @PrimaryGeneratedColumn()
  id: number;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 60 })
  key: string;

  @Index()
  @Column({ name: 'work_point_id', type: 'integer' })
  workPointId: number;

  @ManyToOne(() => WorkPoint, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'work_point_id' })
  workPoint?: WorkPoint;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 10 })
  kind: TemplateKind;

  @Column({ type: 'text', default: '' })
  description: string;

  /** Event templates: the dates a case supplies. */
  @Column({ type: 'simple-json' })
  anchors: CatalogueAnchor[];

  /** Event templates: yes/no questions answered at registration (e.g. 是否重大执法决定); null = none. */
  @Column({ type: 'simple-json', nullable: true })
  options: CatalogueOption[] | null;

  /**
   * Event templates: department role codes that may register a case (`bureau`: any bureau
   * department, never a school). Admins register any case.
   */
  @Column({ type: 'simple-json', default: '[]' })
  registrars: string[];

  /** The role whose items (lead and supporting) the registering department takes over in its case. */
  @Column({ name: 'registrar_acts_as', type: 'varchar', length: 40, nullable: true })
  registrarActsAs: string | null;

  /** Catalogue version that last wrote it; 0 for templates made by the bureau itself. */
  @Column({ name: 'catalogue_version', type: 'integer', default: 0 })
  catalogueVersion: number;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt: Date;
}
