import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../access/decorators';
import { BureauService } from './bureau.service';
import { BureauView, UpdateBureauDto } from './dto/bureau.dto';

@ApiTags('单位设置')
@ApiBearerAuth()
@Controller('bureau')
export class BureauController {
  constructor(private readonly bureau: BureauService) {}

  @Get()
  @ApiOperation({ summary: '单位名称和本地化参数（备案期限、有效期、学习次数等）' })
  @ApiOkResponse({ type: BureauView })
  get(): Promise<BureauView> {
    return this.bureau.view();
  }

  @Patch()
  @Roles('admin')
  @ApiOperation({ summary: '修改单位名称或本地化参数（管理员）；只影响之后生成的计划' })
  @ApiOkResponse({ type: BureauView })
  update(@Body() dto: UpdateBureauDto): Promise<BureauView> {
    return this.bureau.update(dto);
  }
}
