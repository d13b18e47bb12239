import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Department } from './department.entity';

/**
 * Which department of this bureau plays a catalogue role (`legal` = 政策法规股, `office` = 局办公室 …),
 * so catalogue items can name roles while each bureau keeps its own department names.
 */
@Entity('department_roles')
export class DepartmentRole {
  @PrimaryColumn({ name: 'role_code', type: 'varchar', length: 40 })
  roleCode: string;

  @Column({ name: 'department_id', type: 'integer' })
  departmentId: number;

  @ManyToOne(() => Department, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'department_id' })
  department?: Department;
}
