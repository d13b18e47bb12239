import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** 检查对象类别: codes stored, Chinese labels shown. */
export const TARGET_CATEGORIES = {
  school: '中小学校',
  kindergarten: '幼儿园',
  training: '校外培训机构',
  private: '民办学校',
  other: '其他',
} as const;
export type TargetCategory = keyof typeof TARGET_CATEGORIES;
export const TARGET_CATEGORY_CODES = Object.keys(TARGET_CATEGORIES) as TargetCategory[];

export const RISK_LEVELS = { low: '低', medium: '中', high: '高' } as const;
export type RiskLevel = keyof typeof RISK_LEVELS;
export const RISK_LEVEL_CODES = Object.keys(RISK_LEVELS) as RiskLevel[];

/** 检查对象名录库: one school, kindergarten or institution that may be drawn. */
// Keyset paging: one (sort column, id) index per sort of the list (migrations/register-keyset-indexes.ts).
@Index('IDX_inspection_targets_name_id', ['name', 'id'])
@Index('IDX_inspection_targets_category_id', ['category', 'id'])
@Index('IDX_inspection_targets_area_id', ['area', 'id'])
@Index('IDX_inspection_targets_risk_id', ['riskLevel', 'id'])
@Entity('inspection_targets')
export class InspectionTarget {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Index()
  @Column({ type: 'varchar', length: 20 })
  category: TargetCategory;

  /** 乡镇/街道 */
  @Column({ type: 'varchar', length: 50, default: '' })
  area: string;

  @Column({ name: 'risk_level', type: 'varchar', length: 10, default: 'low' })
  riskLevel: RiskLevel;

  /** The 股室 that supervises it: its members are kept off its inspections when the 回避 rule is on. */
  @Column({ name: 'supervising_department_id', type: 'integer', nullable: true })
  supervisingDepartmentId: number | null;

  /** The school's own department, when the target is one of the bureau's schools. */
  @Column({ name: 'school_department_id', type: 'integer', nullable: true })
  schoolDepartmentId: number | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt: Date;
}

/** 随机抽查事项清单: what is inspected, on which legal basis, in which category, at which ratio. */
@Entity('inspection_items')
export class InspectionItem {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ name: 'legal_basis', type: 'text' })
  legalBasis: string;

  @Column({ type: 'varchar', length: 20 })
  category: TargetCategory;

  /** 检查方式, e.g. 现场检查、书面检查 */
  @Column({ type: 'varchar', length: 100 })
  method: string;

  @Column({ name: 'ratio_percent', type: 'integer' })
  ratioPercent: number;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;
}

/** A 回避 declared in advance: this inspector (by certificate or by account) never inspects this target. */
@Entity('inspection_conflicts')
export class InspectionConflict {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ name: 'target_id', type: 'integer' })
  targetId: number;

  @Column({ name: 'certificate_id', type: 'integer', nullable: true })
  certificateId: number | null;

  @Column({ name: 'user_id', type: 'integer', nullable: true })
  userId: number | null;

  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'declared_by_id', type: 'integer' })
  declaredById: number;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;
}
