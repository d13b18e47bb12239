import { ApiProperty } from '@nestjs/swagger';
import { DATE_TIME } from '../../common/api-schema';
import { DEPARTMENT_KINDS, type Department, type DepartmentKind } from '../department.entity';
import type { DepartmentRole } from '../department-role.entity';

/** 股室 or school. */
export class DepartmentView {
  @ApiProperty() id: number;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: DEPARTMENT_KINDS, description: 'office 股室；school 学校' }) kind: DepartmentKind;
  @ApiProperty({ type: Number, nullable: true }) parentId: number | null;
  @ApiProperty({ description: '停用的部门保留历史，不再接收新任务' }) active: boolean;
  @ApiProperty(DATE_TIME) createdAt: Date;
  @ApiProperty(DATE_TIME) updatedAt: Date;

  static of(d: Department): DepartmentView {
    return Object.assign(new DepartmentView(), {
      id: d.id,
      code: d.code,
      name: d.name,
      kind: d.kind,
      parentId: d.parentId,
      active: d.active,
      createdAt: d.createdAt,
      updatedAt: d.updatedAt,
    });
  }
}

/** 职责分工: which department plays a catalogue role. */
export class DepartmentRoleView {
  @ApiProperty({ example: 'legal' }) roleCode: string;
  @ApiProperty() departmentId: number;

  static of(r: DepartmentRole): DepartmentRoleView {
    return Object.assign(new DepartmentRoleView(), { roleCode: r.roleCode, departmentId: r.departmentId });
  }
}
