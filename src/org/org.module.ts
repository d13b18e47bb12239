import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { Department } from './department.entity';
import { DepartmentRole } from './department-role.entity';
import { DepartmentsService } from './departments.service';
import { FirstAdminService } from './first-admin.service';
import { LeaderSupervision } from './leader-supervision.entity';
import { OrgDirectory } from './org-directory.service';
import { OrgController } from './org.controller';
import { User } from './user.entity';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([Department, DepartmentRole, User, LeaderSupervision]), AuthModule],
  providers: [DepartmentsService, UsersService, FirstAdminService, OrgDirectory],
  controllers: [OrgController],
  exports: [DepartmentsService, UsersService, OrgDirectory],
})
export class OrgModule {}
