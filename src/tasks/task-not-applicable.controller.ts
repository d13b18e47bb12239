import { Body, Controller, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser } from '../access/decorators';
import { ReasonDto } from './dto/task.dto';
import { TaskView } from './dto/task-records.view';
import { TaskNotApplicableService } from './task-not-applicable.service';

@ApiTags('任务')
@ApiBearerAuth()
@Controller('tasks')
export class TaskNotApplicableController {
  constructor(private readonly na: TaskNotApplicableService) {}

  @Post(':id/not-applicable')
  @HttpCode(200)
  @ApiOperation({ summary: '申请“不适用”（本部门负责人或工作人员），须说明理由；经政策法规股或局领导同意后生效' })
  @ApiOkResponse({ type: TaskView })
  async request(@CurrentUser() caller: AuthUser, @Param('id', ParseIntPipe) id: number, @Body() dto: ReasonDto): Promise<TaskView> {
    return TaskView.of(await this.na.request(caller, id, dto.reason));
  }

  @Post(':id/not-applicable/accept')
  @HttpCode(200)
  @ApiOperation({ summary: '同意“不适用”申请（政策法规股或局领导）：任务记为不适用' })
  @ApiOkResponse({ type: TaskView })
  async accept(@CurrentUser() caller: AuthUser, @Param('id', ParseIntPipe) id: number): Promise<TaskView> {
    return TaskView.of(await this.na.accept(caller, id));
  }

  @Post(':id/not-applicable/reject')
  @HttpCode(200)
  @ApiOperation({ summary: '不同意“不适用”申请（政策法规股或局领导），须说明理由；任务回到原状态' })
  @ApiOkResponse({ type: TaskView })
  async reject(@CurrentUser() caller: AuthUser, @Param('id', ParseIntPipe) id: number, @Body() dto: ReasonDto): Promise<TaskView> {
    return TaskView.of(await this.na.reject(caller, id, dto.reason));
  }
}
