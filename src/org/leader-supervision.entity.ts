import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Department } from './department.entity';
import { User } from './user.entity';

/** 分管: a leader supervises a department (and receives its escalations). */
@Entity('leader_supervisions')
export class LeaderSupervision {
  @PrimaryColumn({ name: 'leader_id', type: 'integer' })
  leaderId: number;

  @PrimaryColumn({ name: 'department_id', type: 'integer' })
  departmentId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'leader_id' })
  leader?: User;

  @ManyToOne(() => Department, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'department_id' })
  department?: Department;
}
