import { ForbiddenException, Injectable } from '@nestjs/common';
import type { AuthUser } from '../access/auth-user';
import { OrgDirectory } from '../org/org-directory.service';

/** Who keeps the 双随机 registers: admins, 政策法规股 and 民办教育股 (the `private` role). The rest of the bureau reads. */
@Injectable()
export class InspectionAccess {
  constructor(private readonly org: OrgDirectory) {}

  async mayEdit(caller: AuthUser): Promise<boolean> {
    if (caller.role === 'admin') return true;
    if ((caller.role !== 'head' && caller.role !== 'staff') || caller.departmentId === null) return false;
    const { byRole } = await this.org.roleAssignments();
    return byRole.get('legal') === caller.departmentId || byRole.get('private') === caller.departmentId;
  }

  async mustEdit(caller: AuthUser): Promise<void> {
    if (!(await this.mayEdit(caller))) throw new ForbiddenException('只有政策法规股、民办教育股和管理员可以维护双随机抽查台账');
  }
}
