import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { USER_ROLES, type UserRole } from '../access/auth-user';
import { type UploadedXlsx } from '../common/xlsx';
import { checkImportRow, type ImportColumn, ImportErrors, readImportRows } from '../common/xlsx-import';
import { TransactionRunner } from '../database/transaction-runner';
import { Department, type DepartmentKind } from './department.entity';
import { CreateDepartmentDto } from './dto/department.dto';
import { DepartmentImportResult, ImportedUserView, UserImportResult } from './dto/org-import.view';
import { CreateUserDto } from './dto/user.dto';
import { PasswordService } from './password.service';
import { ROLE_NAMES, User } from './user.entity';

export const DEPARTMENT_IMPORT_COLUMNS: ImportColumn[] = [
  { header: '部门编码', field: 'code', example: 'legal' },
  { header: '名称', field: 'name', example: '政策法规股' },
  { header: '类型', field: 'kind', example: '股室' },
  { header: '上级单位编码', field: 'parentCode', example: '' },
];

export const USER_IMPORT_COLUMNS: ImportColumn[] = [
  { header: '登录名', field: 'login', example: 'zhangsan' },
  { header: '姓名', field: 'name', example: '张三' },
  { header: '电子邮箱', field: 'email', example: 'zhangsan@example.gov.cn' },
  { header: '部门编码', field: 'departmentCode', example: 'legal' },
  { header: '角色', field: 'role', example: '工作人员' },
  { header: '职务', field: 'title', example: '科员' },
];

const KIND_NAMES: Record<string, DepartmentKind> = { 股室: 'office', 学校: 'school', office: 'office', school: 'school' };
const ROLE_BY_NAME = new Map<string, UserRole>([...USER_ROLES.map((r) => [r, r] as const), ...USER_ROLES.map((r) => [ROLE_NAMES[r], r] as const)]);
const NEEDS_DEPARTMENT: UserRole[] = ['head', 'staff'];

/**
 * Imports of departments and users from the admin's .xlsx: every row is checked (the same DTO
 * rules as the create routes, codes and logins unique in the file and in the database) and the
 * whole file is written in one transaction, or nothing is.
 */
@Injectable()
export class OrgImportService {
  constructor(
    @InjectRepository(Department) private readonly departments: Repository<Department>,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly tx: TransactionRunner,
    private readonly passwords: PasswordService,
  ) {}

  async importDepartments(file: UploadedXlsx | undefined): Promise<DepartmentImportResult> {
    const errors = new ImportErrors();
    const rows = await readImportRows(file, DEPARTMENT_IMPORT_COLUMNS, errors);
    const existing = await this.codesToIds(rows.flatMap((r) => [r.cells.get('部门编码')!, r.cells.get('上级单位编码')!]));
    const inFile = new Map<string, number>();
    const parsed: { dto: CreateDepartmentDto; parentCode: string }[] = [];
    for (const row of rows) {
      const code = row.cells.get('部门编码')!;
      const kindText = row.cells.get('类型')!;
      const kind = KIND_NAMES[kindText];
      if (kindText && !kind) errors.add(row.rowNumber, '类型', `应为“股室”或“学校”，不能是 ${kindText}`);
      const dto = await checkImportRow(
        CreateDepartmentDto,
        { code, name: row.cells.get('名称'), kind: kind ?? kindText },
        row,
        DEPARTMENT_IMPORT_COLUMNS,
        errors,
        ['kind'],
      );
      if (code && existing.has(code)) errors.add(row.rowNumber, '部门编码', `编码 ${code} 已存在`);
      else if (code && inFile.has(code)) errors.add(row.rowNumber, '部门编码', `与第${inFile.get(code)}行重复：${code}`);
      inFile.set(code, inFile.get(code) ?? row.rowNumber);
      parsed.push({ dto, parentCode: row.cells.get('上级单位编码')! });
    }
    rows.forEach((row, i) => {
      const parentCode = parsed[i].parentCode;
      if (parentCode && !existing.has(parentCode) && !inFile.has(parentCode)) errors.add(row.rowNumber, '上级单位编码', `不存在的部门 ${parentCode}`);
      else if (parentCode && parentCode === parsed[i].dto.code) errors.add(row.rowNumber, '上级单位编码', '上级单位不能是本单位');
    });
    errors.throwIfAny();
    // Parents may come later in the file: insert every row first, then link the parents.
    await this.tx.run(async (m) => {
      const repo = m.getRepository(Department);
      const saved = await repo.save(parsed.map(({ dto }) => repo.create({ ...dto, parentId: null, active: true })));
      const ids = new Map([...existing, ...saved.map((d) => [d.code, d.id] as const)]);
      for (const [i, { parentCode }] of parsed.entries()) {
        if (parentCode) await repo.update(saved[i].id, { parentId: ids.get(parentCode)! });
      }
    });
    return { created: parsed.length };
  }

  async importUsers(file: UploadedXlsx | undefined): Promise<UserImportResult> {
    const errors = new ImportErrors();
    const rows = await readImportRows(file, USER_IMPORT_COLUMNS, errors);
    const departmentIds = await this.codesToIds(rows.map((r) => r.cells.get('部门编码')!));
    const logins = rows.map((r) => r.cells.get('登录名')!).filter(Boolean);
    const taken = new Set((await this.users.find({ where: { login: In(logins) }, select: { login: true } })).map((u) => u.login));
    const inFile = new Map<string, number>();
    const parsed: CreateUserDto[] = [];
    for (const row of rows) {
      const login = row.cells.get('登录名')!;
      const roleText = row.cells.get('角色')!;
      const role = ROLE_BY_NAME.get(roleText);
      if (roleText && !role) errors.add(row.rowNumber, '角色', `应为以下之一：${USER_ROLES.map((r) => ROLE_NAMES[r]).join('、')}`);
      const departmentCode = row.cells.get('部门编码')!;
      const departmentId = departmentCode ? departmentIds.get(departmentCode) : null;
      if (departmentCode && departmentId === undefined) errors.add(row.rowNumber, '部门编码', `不存在的部门 ${departmentCode}`);
      else if (!departmentCode && role && NEEDS_DEPARTMENT.includes(role)) errors.add(row.rowNumber, '部门编码', '股室负责人和工作人员必须填写所属部门');
      const fields = {
        login,
        name: row.cells.get('姓名'),
        email: row.cells.get('电子邮箱'),
        role: role ?? roleText,
        departmentId: departmentId ?? null,
        title: row.cells.get('职务'),
      };
      const dto = await checkImportRow(CreateUserDto, fields, row, USER_IMPORT_COLUMNS, errors, ['role']);
      if (login && taken.has(login)) errors.add(row.rowNumber, '登录名', `登录名 ${login} 已被使用`);
      else if (login && inFile.has(login)) errors.add(row.rowNumber, '登录名', `与第${inFile.get(login)}行重复：${login}`);
      inFile.set(login, inFile.get(login) ?? row.rowNumber);
      parsed.push(dto);
    }
    errors.throwIfAny();
    const withPasswords = parsed.map((dto) => ({ dto, initialPassword: this.passwords.generate() }));
    const hashes = await Promise.all(withPasswords.map((u) => this.passwords.hash(u.initialPassword)));
    const created = await this.tx.run((m) =>
      m.getRepository(User).save(
        withPasswords.map(({ dto }, i) =>
          // A generated password is a one-time secret: the user must choose their own at first login.
          m.getRepository(User).create({ ...dto, isBureauHead: false, active: true, passwordHash: hashes[i], mustChangePassword: true }),
        ),
      ),
    );
    return {
      created: created.length,
      users: created.map((u, i) =>
        Object.assign(new ImportedUserView(), { userId: u.id, login: u.login, name: u.name, initialPassword: withPasswords[i].initialPassword }),
      ),
    };
  }

  private async codesToIds(codes: string[]): Promise<Map<string, number>> {
    const wanted = [...new Set(codes.filter(Boolean))];
    if (!wanted.length) return new Map();
    return new Map((await this.departments.find({ where: { code: In(wanted) }, select: { id: true, code: true } })).map((d) => [d.code, d.id]));
  }
}
