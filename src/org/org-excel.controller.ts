import { Controller, Get, Post, Query, Res, UploadedFile } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser, Roles } from '../access/decorators';
import { Clock } from '../common/clock';
import { allPages, ApiXlsx, exportFileName, sendTemplate, sendXlsx, type UploadedXlsx } from '../common/xlsx';
import { XlsxUpload } from '../common/xlsx-import';
import { DepartmentsService } from './departments.service';
import { DepartmentImportResult, UserImportResult } from './dto/org-import.view';
import { UserQueryDto } from './dto/user.dto';
import type { UserView } from './dto/user.view';
import type { Department } from './department.entity';
import { DEPARTMENT_IMPORT_COLUMNS, OrgImportService, USER_IMPORT_COLUMNS } from './org-import.service';
import { UsersService } from './users.service';

const KIND_NAMES = { office: '股室', school: '学校' } as const;

/** Excel exports and imports of the organisation (admins). Registered before OrgController so `departments/:id` does not take these paths. */
@ApiTags('组织机构')
@ApiBearerAuth()
@Roles('admin')
@Controller()
export class OrgExcelController {
  constructor(
    private readonly departments: DepartmentsService,
    private readonly users: UsersService,
    private readonly imports: OrgImportService,
    private readonly clock: Clock,
  ) {}

  @Get('departments/export.xlsx')
  @ApiOperation({ summary: '导出股室和学校为 Excel（管理员）' })
  @ApiXlsx('股室和学校（.xlsx）')
  async exportDepartments(@Res() res: Response): Promise<void> {
    const list = await this.departments.list();
    const codes = new Map(list.map((d) => [d.id, d.code]));
    await sendXlsx(res, exportFileName('股室和学校', this.clock.today()), [
      {
        name: '股室和学校',
        rows: list,
        columns: [
          { header: '编号', value: (d: Department) => d.id, width: 8 },
          { header: '部门编码', value: (d: Department) => d.code },
          { header: '名称', value: (d: Department) => d.name, width: 28 },
          { header: '类型', value: (d: Department) => KIND_NAMES[d.kind] },
          { header: '上级单位编码', value: (d: Department) => (d.parentId ? codes.get(d.parentId) : null) },
          { header: '状态', value: (d: Department) => (d.active ? '启用' : '停用') },
          { header: '创建时间', value: (d: Department) => d.createdAt, kind: 'datetime' },
        ],
      },
    ]);
  }

  @Get('users/export.xlsx')
  @ApiOperation({ summary: '导出人员为 Excel（与人员列表相同的筛选条件，管理员）' })
  @ApiXlsx('人员（.xlsx）')
  async exportUsers(@CurrentUser() caller: AuthUser, @Query() q: UserQueryDto, @Res() res: Response): Promise<void> {
    const codes = new Map((await this.departments.list()).map((d) => [d.id, d]));
    const department = (u: UserView) => (u.departmentId ? codes.get(u.departmentId) : undefined);
    await sendXlsx(res, exportFileName('人员', this.clock.today()), [
      {
        name: '人员',
        rows: allPages(q, (page) => this.users.list(caller, page)),
        columns: [
          { header: '编号', value: (u: UserView) => u.id, width: 8 },
          { header: '登录名', value: (u: UserView) => u.login, width: 16 },
          { header: '姓名', value: (u: UserView) => u.name },
          { header: '电子邮箱', value: (u: UserView) => u.email, width: 28 },
          { header: '部门编码', value: (u: UserView) => department(u)?.code },
          { header: '所属部门', value: (u: UserView) => department(u)?.name, width: 20 },
          { header: '角色', value: (u: UserView) => u.roleName },
          { header: '职务', value: (u: UserView) => u.title },
          { header: '状态', value: (u: UserView) => (u.active ? '启用' : '停用') },
        ],
      },
    ]);
  }

  @Get('departments/import-template.xlsx')
  @ApiOperation({ summary: '股室和学校的导入模板（管理员）' })
  @ApiXlsx('导入模板（.xlsx）')
  departmentTemplate(@Res() res: Response): Promise<void> {
    return sendTemplate(res, '股室和学校导入模板.xlsx', '股室和学校', DEPARTMENT_IMPORT_COLUMNS);
  }

  @Post('departments/import')
  @XlsxUpload()
  @ApiOperation({ summary: '从 Excel 导入股室和学校（管理员）：逐行校验，有任何错误则全部不导入' })
  @ApiCreatedResponse({ type: DepartmentImportResult })
  importDepartments(@UploadedFile() file: UploadedXlsx | undefined): Promise<DepartmentImportResult> {
    return this.imports.importDepartments(file);
  }

  @Get('users/import-template.xlsx')
  @ApiOperation({ summary: '人员的导入模板（管理员）' })
  @ApiXlsx('导入模板（.xlsx）')
  userTemplate(@Res() res: Response): Promise<void> {
    return sendTemplate(res, '人员导入模板.xlsx', '人员', USER_IMPORT_COLUMNS);
  }

  @Post('users/import')
  @XlsxUpload()
  @ApiOperation({ summary: '从 Excel 导入人员（管理员）：逐行校验，有任何错误则全部不导入；返回每个新账号的一次性初始密码' })
  @ApiCreatedResponse({ type: UserImportResult })
  importUsers(@UploadedFile() file: UploadedXlsx | undefined): Promise<UserImportResult> {
    return this.imports.importUsers(file);
  }
}
