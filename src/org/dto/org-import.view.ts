import { ApiProperty } from '@nestjs/swagger';

export class DepartmentImportResult {
  @ApiProperty({ description: '新增的股室和学校数' }) created: number;
}

export class ImportedUserView {
  @ApiProperty() userId: number;
  @ApiProperty({ description: '登录名' }) login: string;
  @ApiProperty({ description: '姓名' }) name: string;
  @ApiProperty({ description: '一次性初始密码：只在此显示一次，首次登录后必须修改' }) initialPassword: string;
}

export class UserImportResult {
  @ApiProperty({ description: '新建的账号数' }) created: number;
  @ApiProperty({ type: [ImportedUserView], description: '新建的账号及其一次性初始密码' }) users: ImportedUserView[];
}
