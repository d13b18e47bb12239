import { ForbiddenException, Injectable } from '@nestjs/common';
import type { AuthUser } from '../access/auth-user';
import { OrgDirectory } from '../org/org-directory.service';

/** Who reads and edits the advisers register (政策法规股 keeps it for the whole bureau). */
@Injectable()
export class RegisterAccess {
  constructor(private readonly org: OrgDirectory) {}

  /** 政策法规股, leaders and admins read everything; advisers read nothing of the register. */
  async readsAll(caller: AuthUser): Promise<boolean> {
    this.refuseAdviser(caller);
    return caller.role === 'admin' || caller.role === 'leader' || (await this.org.inLegalOffice(caller));
  }

  async mayEdit(caller: AuthUser): Promise<boolean> {
    return caller.role === 'admin' || (await this.org.inLegalOffice(caller));
  }

  async requireEditor(caller: AuthUser): Promise<void> {
    if (!(await this.mayEdit(caller))) throw new ForbiddenException('只有政策法规股和管理员可以修改法律顾问台账');
  }

  async requireWholeBureau(caller: AuthUser): Promise<void> {
    if (!(await this.readsAll(caller))) throw new ForbiddenException('只有政策法规股、局领导和管理员可以查看');
  }

  refuseAdviser(caller: AuthUser): void {
    if (caller.role === 'adviser') throw new ForbiddenException('法律顾问只能查看提请给本人的审查事项（“审查事项”页面）');
  }
}
