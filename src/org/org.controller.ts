import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser, Roles } from '../access/decorators';
import { PageOf } from '../common/api-schema';
import { Page } from '../common/pagination';
import { InputValidationException } from '../common/validation';
import { DepartmentsService } from './departments.service';
import { AssignRoleDto, CreateDepartmentDto, UpdateDepartmentDto } from './dto/department.dto';
import { DepartmentRoleView, DepartmentView } from './dto/department.view';
import { CreatedUserView, CreateUserDto, ResetPasswordResult, SupervisionDto, UpdateUserDto, UserQueryDto } from './dto/user.dto';
import { UserView } from './dto/user.view';
import { UsersService } from './users.service';

const ROLE_CODE = /^[a-z][a-z0-9-]{0,39}$/;

@ApiTags('组织机构')
@ApiBearerAuth()
@Controller()
export class OrgController {
  constructor(
    private readonly departments: DepartmentsService,
    private readonly users: UsersService,
  ) {}

  @Get('departments')
  @ApiOperation({ summary: '股室和学校列表（所有登录用户可见）' })
  @ApiOkResponse({ type: [DepartmentView] })
  async listDepartments(): Promise<DepartmentView[]> {
    return (await this.departments.list()).map(DepartmentView.of);
  }

  @Get('departments/:id')
  @ApiOperation({ summary: '一个股室或学校' })
  @ApiOkResponse({ type: DepartmentView })
  async getDepartment(@Param('id', ParseIntPipe) id: number): Promise<DepartmentView> {
    return DepartmentView.of(await this.departments.get(id));
  }

  @Post('departments')
  @Roles('admin')
  @ApiOperation({ summary: '新增股室或学校（管理员）' })
  @ApiCreatedResponse({ type: DepartmentView })
  async createDepartment(@Body() dto: CreateDepartmentDto): Promise<DepartmentView> {
    return DepartmentView.of(await this.departments.create(dto));
  }

  @Patch('departments/:id')
  @Roles('admin')
  @ApiOperation({ summary: '修改股室或学校，或停用（管理员）' })
  @ApiOkResponse({ type: DepartmentView })
  async updateDepartment(@Param('id', ParseIntPipe) id: number, @Body() dto: UpdateDepartmentDto): Promise<DepartmentView> {
    return DepartmentView.of(await this.departments.update(id, dto));
  }

  @Get('department-roles')
  @ApiOperation({ summary: '职责分工：目录中的职责代码（如 legal 政策法规股）由哪个股室承担' })
  @ApiOkResponse({ type: [DepartmentRoleView] })
  async roleMap(): Promise<DepartmentRoleView[]> {
    return (await this.departments.roleMap()).map(DepartmentRoleView.of);
  }

  @Put('department-roles/:code')
  @Roles('admin')
  @ApiOperation({ summary: '指定承担某职责的股室（管理员）' })
  @ApiOkResponse({ type: DepartmentRoleView })
  async assignRole(@Param('code') code: string, @Body() dto: AssignRoleDto): Promise<DepartmentRoleView> {
    return DepartmentRoleView.of(await this.departments.assignRole(checkRoleCode(code), dto.departmentId));
  }

  @Delete('department-roles/:code')
  @Roles('admin')
  @HttpCode(204)
  @ApiOperation({ summary: '取消职责分配（管理员）' })
  @ApiNoContentResponse({ description: '已取消' })
  unassignRole(@Param('code') code: string): Promise<void> {
    return this.departments.unassignRole(checkRoleCode(code));
  }

  @Get('users')
  @ApiOperation({ summary: '人员列表（局领导和管理员看全局，其他人只看本部门）' })
  @ApiOkResponse({ type: PageOf(UserView) })
  listUsers(@CurrentUser() caller: AuthUser, @Query() query: UserQueryDto): Promise<Page<UserView>> {
    return this.users.list(caller, query);
  }

  @Get('users/me')
  @ApiOperation({ summary: '当前登录用户（含分管股室）' })
  @ApiOkResponse({ type: UserView })
  me(@CurrentUser() caller: AuthUser): Promise<UserView> {
    return this.users.get(caller, caller.id);
  }

  @Get('users/:id')
  @ApiOperation({ summary: '一个用户' })
  @ApiOkResponse({ type: UserView })
  getUser(@CurrentUser() caller: AuthUser, @Param('id', ParseIntPipe) id: number): Promise<UserView> {
    return this.users.get(caller, id);
  }

  @Post('users')
  @Roles('admin')
  @ApiOperation({ summary: '新建账号（管理员）' })
  @ApiCreatedResponse({ type: CreatedUserView })
  createUser(@Body() dto: CreateUserDto): Promise<CreatedUserView> {
    return this.users.create(dto);
  }

  @Patch('users/:id')
  @Roles('admin')
  @ApiOperation({ summary: '修改账号、停用或启用（管理员）' })
  @ApiOkResponse({ type: UserView })
  updateUser(@Param('id', ParseIntPipe) id: number, @Body() dto: UpdateUserDto): Promise<UserView> {
    return this.users.update(id, dto);
  }

  @Post('users/:id/reset-password')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({ summary: '重置密码，返回一次性临时密码（管理员）' })
  @ApiOkResponse({ type: ResetPasswordResult })
  resetPassword(@Param('id', ParseIntPipe) id: number): Promise<ResetPasswordResult> {
    return this.users.resetPassword(id);
  }

  @Put('users/:id/supervised-departments')
  @Roles('admin')
  @ApiOperation({ summary: '设置局领导分管的股室（管理员）' })
  @ApiOkResponse({ type: UserView })
  setSupervision(@Param('id', ParseIntPipe) id: number, @Body() dto: SupervisionDto): Promise<UserView> {
    return this.users.setSupervision(id, dto.departmentIds);
  }
}

function checkRoleCode(code: string): string {
  if (!ROLE_CODE.test(code)) throw new InputValidationException([{ field: 'code', message: '职责代码只能包含小写字母、数字和短横线' }]);
  return code;
}
