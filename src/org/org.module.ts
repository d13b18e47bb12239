import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Department } from './department.entity';
import { DepartmentRole } from './department-role.entity';
import { DepartmentsService } from './departments.service';
import { FirstAdminService } from './first-admin.service';
import { LeaderSupervision } from './leader-supervision.entity';
import { OrgDirectory } from './org-directory.service';
import { OrgController } from './org.controller';
import { OrgExcelController } from './org-excel.controller';
import { OrgImportService } from './org-import.service';
import { PasswordService } from './password.service';
import { UserCredentials } from './user-credentials.service';
import { User } from './user.entity';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([Department, DepartmentRole, User, LeaderSupervision])],
  providers: [DepartmentsService, UsersService, FirstAdminService, OrgDirectory, PasswordService, UserCredentials, OrgImportService],
  // OrgExcelController first: its fixed paths (departments/export.xlsx …) must win over departments/:id.
  controllers: [OrgExcelController, OrgController],
  exports: [DepartmentsService, UsersService, OrgDirectory, UserCredentials],
})
export class OrgModule {}
