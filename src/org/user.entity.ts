import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { UserRole } from '../access/auth-user';
import { Department } from './department.entity';

export const ROLE_NAMES: Record<UserRole, string> = {
  admin: '系统管理员',
  leader: '局领导',
  head: '股室负责人',
  staff: '工作人员',
  adviser: '法律顾问',
};

@Entity('users')
export class User {
  @PrimaryGeneratedColumn()
  id: number;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 60 })
  login: string;

  @Column({ type: 'varchar', length: 60 })
  name: string;

  @Column({ type: 'varchar', length: 200 })
  email: string;

  @Column({ type: 'varchar', length: 10 })
  role: UserRole;

  /** Required for department heads and staff; leaders and admins may have none. */
  @Index()
  @Column({ name: 'department_id', type: 'integer', nullable: true })
  departmentId: number | null;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id' })
  department?: Department;

  /** 局长: the first responsible person, who receives the last escalation. */
  @Column({ name: 'is_bureau_head', type: 'boolean', default: false })
  isBureauHead: boolean;

  /** e.g. 副局长, 股长, 校长 — shown beside the name. */
  @Column({ type: 'varchar', length: 40, default: '' })
  title: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ name: 'password_hash', type: 'varchar', length: 200, select: false })
  passwordHash: string;

  /**
   * Set for a generated first-admin password and for passwords reset by an admin: until the user
   * chooses their own, only login, GET /users/me and the password change are open to them.
   */
  @Column({ name: 'must_change_password', type: 'boolean', default: false })
  mustChangePassword: boolean;

  /** Tokens issued before this instant are refused (password reset, disable). */
  @Column({ name: 'tokens_valid_after', type: Date, nullable: true })
  tokensValidAfter: Date | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt: Date;
}
