import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser, Roles } from '../access/decorators';
import { PageOf } from '../common/api-schema';
import type { Page } from '../common/pagination';
import { CertificatesService } from './certificates.service';
import { CertificateQueryDto, ChangeCertificateStatusDto, CreateCertificateDto, UpdateCertificateDto } from './dto/certificate.dto';
import { CertificateView } from './dto/certificate.view';

@ApiTags('执法证台账')
@ApiBearerAuth()
@Roles('admin', 'leader', 'head', 'staff')
@Controller('certificates')
export class CertificatesController {
  constructor(private readonly register: CertificatesService) {}

  @Get()
  @ApiOperation({ summary: '执法证台账（政策法规股、局领导、管理员看全部；股室看本股室）：搜索、按股室和状态（含已过期、N 天内到期）筛选' })
  @ApiOkResponse({ type: PageOf(CertificateView) })
  list(@CurrentUser() caller: AuthUser, @Query() q: CertificateQueryDto): Promise<Page<CertificateView>> {
    return this.register.list(caller, q);
  }

  @Post()
  @ApiOperation({ summary: '登记执法证（政策法规股、管理员）；有效期至不填则按设置从发证日期起算' })
  @ApiCreatedResponse({ type: CertificateView })
  create(@CurrentUser() caller: AuthUser, @Body() dto: CreateCertificateDto): Promise<CertificateView> {
    return this.register.create(caller, dto);
  }

  @Get(':id')
  @ApiOperation({ summary: '一张执法证' })
  @ApiOkResponse({ type: CertificateView })
  get(@CurrentUser() caller: AuthUser, @Param('id', ParseIntPipe) id: number): Promise<CertificateView> {
    return this.register.get(caller, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: '修改执法证登记信息（政策法规股、管理员）' })
  @ApiOkResponse({ type: CertificateView })
  update(@CurrentUser() caller: AuthUser, @Param('id', ParseIntPipe) id: number, @Body() dto: UpdateCertificateDto): Promise<CertificateView> {
    return this.register.update(caller, id, dto);
  }

  @Post(':id/status')
  @HttpCode(200)
  @ApiOperation({ summary: '暂扣、注销或恢复执法证（政策法规股、管理员），须说明理由' })
  @ApiOkResponse({ type: CertificateView })
  changeStatus(@CurrentUser() caller: AuthUser, @Param('id', ParseIntPipe) id: number, @Body() dto: ChangeCertificateStatusDto): Promise<CertificateView> {
    return this.register.changeStatus(caller, id, dto);
  }
}
