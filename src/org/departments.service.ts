import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Department } from './department.entity';
import { DepartmentRole } from './department-role.entity';
import { CreateDepartmentDto, UpdateDepartmentDto } from './dto/department.dto';

/** 股室 and schools, and which department plays each catalogue role. */
@Injectable()
export class DepartmentsService {
  constructor(
    @InjectRepository(Department) private readonly departments: Repository<Department>,
    @InjectRepository(DepartmentRole) private readonly roles: Repository<DepartmentRole>,
  ) {}

  list(): Promise<Department[]> {
    return this.departments.find({ order: { kind: 'ASC', id: 'ASC' } });
  }

  async get(id: number): Promise<Department> {
    const department = await this.departments.findOneBy({ id });
    if (!department) throw new NotFoundException(`股室或学校 ${id} 不存在`);
    return department;
  }

  async create(dto: CreateDepartmentDto): Promise<Department> {
    await this.assertCodeFree(dto.code);
    if (dto.parentId != null) await this.get(dto.parentId);
    return this.departments.save(this.departments.create({ ...dto, parentId: dto.parentId ?? null, active: true }));
  }

  async update(id: number, dto: UpdateDepartmentDto): Promise<Department> {
    const department = await this.get(id);
    if (dto.code && dto.code !== department.code) await this.assertCodeFree(dto.code);
    if (dto.parentId != null) await this.checkParent(id, dto.parentId);
    return this.departments.save({ ...department, ...dto });
  }

  async roleMap(): Promise<DepartmentRole[]> {
    return this.roles.find({ order: { roleCode: 'ASC' } });
  }

  async assignRole(roleCode: string, departmentId: number): Promise<DepartmentRole> {
    await this.get(departmentId);
    return this.roles.save({ roleCode, departmentId });
  }

  async unassignRole(roleCode: string): Promise<void> {
    const role = await this.roles.findOneBy({ roleCode });
    if (!role) throw new NotFoundException(`职责 ${roleCode} 未分配`);
    await this.roles.remove(role);
  }

  /** The parent must exist and must not be the department itself or one of its descendants. */
  private async checkParent(id: number, parentId: number): Promise<void> {
    for (let ancestor: number | null = parentId; ancestor !== null; ancestor = (await this.get(ancestor)).parentId) {
      if (ancestor === id) throw new BadRequestException('上级单位不能是本单位或其下级单位');
    }
  }

  private async assertCodeFree(code: string): Promise<void> {
    if (await this.departments.existsBy({ code })) throw new ConflictException(`编码 ${code} 已被使用`);
  }
}
