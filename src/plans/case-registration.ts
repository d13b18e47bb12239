import { BadRequestException, ForbiddenException, Injectable } from '@nestjs/common';
import type { AuthUser } from '../access/auth-user';
import type { ChecklistTemplate } from '../catalog/checklist-template.entity';
import { OrgDirectory, type RoleAssignments } from '../org/org-directory.service';

/** Registrar code for "any bureau department, never a school". */
export const ANY_BUREAU_DEPARTMENT = 'bureau';

/**
 * A template no department registers (no registrars): its cases are opened by a register (a
 * finding's rectification), which alone changes their dates; only leaders and admins cancel them.
 */
export const openedByRegister = (template: Pick<ChecklistTemplate, 'kind' | 'registrars'>): boolean =>
  template.kind === 'event' && template.registrars.length === 0;

/** Whether the caller may register cases of the template: admins always; a head or staff member when their department plays a registrar role. */
export function mayRegister(template: ChecklistTemplate, caller: AuthUser, a: RoleAssignments): boolean {
  if (template.kind !== 'event') return false;
  if (caller.role === 'admin') return true;
  const dept = caller.departmentId;
  if ((caller.role !== 'head' && caller.role !== 'staff') || dept === null) return false;
  return template.registrars.some((code) => (code === ANY_BUREAU_DEPARTMENT ? !a.schools.includes(dept) : a.byRole.get(code) === dept));
}

/** Who registers cases of which template, and the adviser a review request is addressed to. */
@Injectable()
export class CaseRegistration {
  constructor(private readonly org: OrgDirectory) {}

  /** Refuses (403) a caller who may not register the template, naming who may. */
  async check(template: ChecklistTemplate, caller: AuthUser): Promise<void> {
    const assignments = await this.org.roleAssignments();
    if (mayRegister(template, caller, assignments)) return;
    const ids = template.registrars.map((code) => assignments.byRole.get(code)).filter((id): id is number => id !== undefined);
    const names = await this.org.departmentNames(ids);
    const who = [
      ...new Set(
        template.registrars.map((code) => (code === ANY_BUREAU_DEPARTMENT ? '局机关各股室（不含学校）' : names.get(assignments.byRole.get(code) ?? -1))),
      ),
    ].filter(Boolean);
    throw new ForbiddenException(`「${template.name}」只能由${who.length ? `${who.join('、')}登记` : '管理员登记'}`);
  }

  /** The templates of the list the caller may register. */
  async registrable(templates: ChecklistTemplate[], caller: AuthUser): Promise<ChecklistTemplate[]> {
    const assignments = await this.org.roleAssignments();
    return templates.filter((t) => mayRegister(t, caller, assignments));
  }

  /** The adviser named on a review request must be an active account with role adviser. */
  async checkAdviser(adviserId: number): Promise<void> {
    const account = await this.org.account(adviserId);
    if (!account || !account.active || account.role !== 'adviser') throw new BadRequestException(`用户 ${adviserId} 不是在职的法律顾问`);
  }
}
