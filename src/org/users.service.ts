import { keysetPage, type KeysetColumn } from '../common/keyset';
import { containsAny, containsPattern, keysetSort } from '../common/list-query';
import { BadRequestException, ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { FindOptionsWhere, In, Repository } from 'typeorm';
import { canReadDepartment, readsWholeBureau, type AuthUser } from '../access/auth-user';
import { PasswordService } from './password.service';
import { Page } from '../common/pagination';
import { TransactionRunner } from '../database/transaction-runner';
import { Department } from './department.entity';
import { CreatedUserView, CreateUserDto, ResetPasswordResult, UpdateUserDto, UserQueryDto } from './dto/user.dto';
import { UserView } from './dto/user.view';
import { LeaderSupervision } from './leader-supervision.entity';
import type { UserRole } from '../access/auth-user';
import { User } from './user.entity';

const NEEDS_DEPARTMENT: UserRole[] = ['head', 'staff'];

/** Accounts and leaders' supervision (分管). */
@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(LeaderSupervision) private readonly supervisions: Repository<LeaderSupervision>,
    @InjectRepository(Department) private readonly departments: Repository<Department>,
    private readonly tx: TransactionRunner,
    private readonly passwords: PasswordService,
  ) {}

  async list(caller: AuthUser, query: UserQueryDto): Promise<Page<UserView>> {
    const where: FindOptionsWhere<User> = {};
    if (query.role) where.role = query.role;
    if (!readsWholeBureau(caller)) {
      if (query.departmentId !== undefined && query.departmentId !== caller.departmentId) {
        throw new ForbiddenException('只能查看本部门的人员');
      }
      where.departmentId = caller.departmentId ?? -1;
    } else if (query.departmentId !== undefined) where.departmentId = query.departmentId;
    if (query.status) where.active = query.status === 'active';
    const qb = this.users.createQueryBuilder('u').where(where);
    if (query.q) qb.andWhere(containsAny(['u.name', 'u.login', 'u.email'], 'text'), { text: containsPattern(query.q) });
    const sorts: Record<string, KeysetColumn> = {
      name: { sql: 'u.name', type: 'text' },
      login: { sql: 'u.login', type: 'text' },
      role: { sql: 'u.role', type: 'text' },
      createdAt: { sql: 'u.created_at', type: 'text' },
    };
    const result = await keysetPage(qb, keysetSort(query.sort ?? 'id', sorts, 'u.id'), query);
    const rows = result.rows;
    const supervised = await this.supervisedByLeader(rows.filter((u) => u.role === 'leader').map((u) => u.id));
    return Page.keyset(
      rows.map((u) => UserView.of(u, supervised.get(u.id))),
      result,
      query,
    );
  }

  async get(caller: AuthUser, id: number): Promise<UserView> {
    const user = await this.find(id);
    if (caller.id !== id && !canReadDepartment(caller, user.departmentId)) throw new NotFoundException(`用户 ${id} 不存在`);
    return this.view(user);
  }

  private async view(user: User): Promise<UserView> {
    return UserView.of(user, (await this.supervisedByLeader([user.id])).get(user.id));
  }

  async create(dto: CreateUserDto): Promise<CreatedUserView> {
    await this.checkDepartment(dto.role, dto.departmentId ?? null);
    if (await this.users.existsBy({ login: dto.login })) throw new ConflictException(`登录名 ${dto.login} 已被使用`);
    const initialPassword = dto.password ? undefined : this.passwords.generate();
    const { password, ...fields } = dto;
    const user = await this.users.save(
      this.users.create({
        ...fields,
        departmentId: dto.departmentId ?? null,
        isBureauHead: dto.isBureauHead ?? false,
        title: dto.title ?? '',
        active: true,
        passwordHash: await this.passwords.hash(password ?? initialPassword!),
      }),
    );
    return { userId: user.id, initialPassword };
  }

  async update(id: number, dto: UpdateUserDto): Promise<UserView> {
    const user = await this.find(id);
    const { password, ...fields } = dto;
    const next = { ...user, ...fields };
    await this.checkDepartment(next.role, next.departmentId ?? null);
    if (dto.login && dto.login !== user.login && (await this.users.existsBy({ login: dto.login }))) {
      throw new ConflictException(`登录名 ${dto.login} 已被使用`);
    }
    // A password the admin chose replaces any temporary one, and with it the duty to change that.
    if (password) Object.assign(next, { passwordHash: await this.passwords.hash(password), mustChangePassword: false });
    // Disabling an account or changing its password ends its open sessions.
    if (password || (dto.active === false && user.active)) next.tokensValidAfter = new Date();
    return this.view(await this.users.save(next));
  }

  async resetPassword(id: number): Promise<ResetPasswordResult> {
    await this.find(id);
    const temporaryPassword = this.passwords.generate();
    await this.users.save({ id, passwordHash: await this.passwords.hash(temporaryPassword), tokensValidAfter: new Date(), mustChangePassword: true });
    return { temporaryPassword };
  }

  /** Replaces the departments a leader supervises. */
  async setSupervision(leaderId: number, departmentIds: number[]): Promise<UserView> {
    const leader = await this.find(leaderId);
    if (leader.role !== 'leader') throw new BadRequestException('只有局领导可以分管股室');
    const found = await this.departments.countBy({ id: In(departmentIds) });
    if (found !== departmentIds.length) throw new BadRequestException('部分股室编号不存在');
    await this.tx.run(async (m) => {
      const current = await m.find(LeaderSupervision, { where: { leaderId } });
      const removed = current.filter((s) => !departmentIds.includes(s.departmentId));
      if (removed.length) await m.remove(removed);
      const added = departmentIds.filter((d) => !current.some((s) => s.departmentId === d));
      if (added.length)
        await m.save(
          LeaderSupervision,
          added.map((departmentId) => ({ leaderId, departmentId })),
        );
    });
    return this.view(leader);
  }

  async supervisedByLeader(leaderIds: number[]): Promise<Map<number, number[]>> {
    const map = new Map<number, number[]>();
    if (!leaderIds.length) return map;
    for (const s of await this.supervisions.find({ where: { leaderId: In(leaderIds) }, order: { departmentId: 'ASC' } })) {
      map.set(s.leaderId, [...(map.get(s.leaderId) ?? []), s.departmentId]);
    }
    return map;
  }

  private async find(id: number): Promise<User> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw new NotFoundException(`用户 ${id} 不存在`);
    return user;
  }

  private async checkDepartment(role: UserRole, departmentId: number | null): Promise<void> {
    if (NEEDS_DEPARTMENT.includes(role) && departmentId === null) {
      throw new BadRequestException('股室负责人和工作人员必须指定所属股室或学校');
    }
    if (departmentId !== null && !(await this.departments.existsBy({ id: departmentId }))) {
      throw new BadRequestException(`股室或学校 ${departmentId} 不存在`);
    }
  }
}
