import { containsAny } from '../common/list-query';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { Department } from './department.entity';
import { DepartmentRole } from './department-role.entity';
import { LeaderSupervision } from './leader-supervision.entity';
import type { AuthUser, UserRole } from '../access/auth-user';
import { User } from './user.entity';

/** A person a message goes to. */
export interface Recipient {
  id: number;
  name: string;
  email: string;
}

/** Who plays which role and receives what, for the reminder run (active accounts only). */
export interface OrgAudience {
  headsByDepartment: Map<number, number[]>;
  supervisorsByDepartment: Map<number, number[]>;
  bureauHeads: number[];
  leaders: number[];
}

/** Departments that can be issued tasks: catalogue role code → department, and the schools. */
export interface RoleAssignments {
  byRole: Map<string, number>;
  schools: number[];
}

const recipient = (u: User): Recipient => ({ id: u.id, name: u.name, email: u.email });

/**
 * The org module's read side for other modules: names, recipients, supervision and role
 * assignments. Other modules never read the users or departments tables themselves.
 */
@Injectable()
export class OrgDirectory {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(Department) private readonly departments: Repository<Department>,
    @InjectRepository(DepartmentRole) private readonly roles: Repository<DepartmentRole>,
    @InjectRepository(LeaderSupervision) private readonly supervisions: Repository<LeaderSupervision>,
  ) {}

  /** Department names by id (all departments when `ids` is omitted). */
  async departmentNames(ids?: number[]): Promise<Map<number, string>> {
    if (ids && !ids.length) return new Map();
    const rows = await this.departments.find({ where: ids ? { id: In([...new Set(ids)]) } : {}, select: { id: true, name: true } });
    return new Map(rows.map((d) => [d.id, d.name]));
  }

  /** Ids of the departments whose name matches a pattern from `containsPattern`. */
  async departmentIdsMatching(pattern: string): Promise<number[]> {
    const rows = await this.departments
      .createQueryBuilder('d')
      .select('d.id', 'id')
      .where(containsAny(['d.name'], 'p'), { p: pattern })
      .getRawMany<{ id: number }>();
    return rows.map((r) => Number(r.id));
  }

  async userNames(ids: (number | null)[]): Promise<Map<number, string>> {
    const unique = [...new Set(ids.filter((i): i is number => i !== null))];
    if (!unique.length) return new Map();
    const rows = await this.users.find({ where: { id: In(unique) }, select: { id: true, name: true } });
    return new Map(rows.map((u) => [u.id, u.name]));
  }

  /** Whether the user is an active head or staff member of the department (may be a task's assignee). */
  isActiveWorker(userId: number, departmentId: number): Promise<boolean> {
    return this.users.existsBy({ id: userId, departmentId, active: true, role: In(['head', 'staff']) });
  }

  /** Departments the leader supervises (分管). */
  async supervisedBy(leaderId: number): Promise<number[]> {
    return (await this.supervisions.find({ where: { leaderId } })).map((s) => s.departmentId);
  }

  async activeRecipients(ids: number[]): Promise<Recipient[]> {
    return (await this.users.find({ where: { id: In(ids), active: true } })).map(recipient);
  }

  /** Active accounts with the role (e.g. the admins who hear about a missing holiday year). */
  async activeWithRole(role: UserRole): Promise<Recipient[]> {
    return (await this.users.find({ where: { role, active: true }, order: { id: 'ASC' } })).map(recipient);
  }

  /** Role, department and state of one account (null when there is none). */
  async account(id: number): Promise<{ id: number; name: string; role: UserRole; departmentId: number | null; active: boolean } | null> {
    const u = await this.users.findOne({ where: { id }, select: { id: true, name: true, role: true, departmentId: true, active: true } });
    return u && { id: u.id, name: u.name, role: u.role, departmentId: u.departmentId, active: u.active };
  }

  async recipient(id: number): Promise<Recipient | null> {
    const user = await this.users.findOneBy({ id });
    return user && recipient(user);
  }

  /** Active members of a department with the given roles. */
  async members(departmentId: number, roles: UserRole[]): Promise<(Recipient & { role: UserRole })[]> {
    const rows = await this.users.find({ where: { departmentId, role: In(roles), active: true } });
    return rows.map((u) => ({ ...recipient(u), role: u.role }));
  }

  async audience(): Promise<OrgAudience> {
    const users = await this.users.find({ where: { active: true, role: In(['head', 'leader']) } });
    const headsByDepartment = new Map<number, number[]>();
    for (const u of users.filter((u) => u.role === 'head' && u.departmentId !== null)) {
      headsByDepartment.set(u.departmentId!, [...(headsByDepartment.get(u.departmentId!) ?? []), u.id]);
    }
    const leaders = users.filter((u) => u.role === 'leader');
    const activeLeader = new Set(leaders.map((l) => l.id));
    const supervisorsByDepartment = new Map<number, number[]>();
    for (const s of await this.supervisions.find()) {
      if (activeLeader.has(s.leaderId)) supervisorsByDepartment.set(s.departmentId, [...(supervisorsByDepartment.get(s.departmentId) ?? []), s.leaderId]);
    }
    return {
      headsByDepartment,
      supervisorsByDepartment,
      bureauHeads: leaders.filter((l) => l.isBureauHead).map((l) => l.id),
      leaders: leaders.map((l) => l.id),
    };
  }

  /** Role assignments of active departments, and the active schools in id order. */
  async roleAssignments(): Promise<RoleAssignments> {
    const roles = await this.roles.find();
    const active = new Set((await this.departments.find({ where: { active: true }, select: { id: true } })).map((d) => d.id));
    const schools = await this.departments.find({ where: { kind: 'school', active: true }, order: { id: 'ASC' } });
    return {
      byRole: new Map(roles.filter((r) => active.has(r.departmentId)).map((r) => [r.roleCode, r.departmentId])),
      schools: schools.map((s) => s.id),
    };
  }

  /**
   * A member (head or staff) of 政策法规股, the department playing `legal`: it keeps the
   * registers and reviews for the whole bureau. An adviser attached to it is not a member.
   */
  async inLegalOffice(caller: AuthUser): Promise<boolean> {
    if ((caller.role !== 'head' && caller.role !== 'staff') || caller.departmentId === null) return false;
    return (await this.roleAssignments()).byRole.get('legal') === caller.departmentId;
  }

  /** Department ids by code (registers' imports name departments by code). */
  async departmentIdsByCode(): Promise<Map<string, number>> {
    return new Map((await this.departments.find({ select: { id: true, code: true } })).map((d) => [d.code, d.id]));
  }

  /** Active accounts of one role by login (registers' imports name people by login). */
  async userIdsByLogin(role: UserRole): Promise<Map<string, number>> {
    return new Map((await this.users.find({ where: { role, active: true }, select: { id: true, login: true } })).map((u) => [u.login, u.id]));
  }

  /** The first active account with the role (the admin created at first start). */
  firstWithRole(role: UserRole): Promise<User | null> {
    return this.users.findOne({ where: { role, active: true }, order: { id: 'ASC' } });
  }

  isEmpty(): Promise<boolean> {
    return this.departments.count().then((n) => n === 0);
  }
}
