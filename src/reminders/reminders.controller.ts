import { BadRequestException, Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/decorators';
import { UpdatePolicyDto } from './dto/policy.dto';
import { JOBS, ReminderQueue } from './reminder-queue';
import { ReminderPolicy } from './reminder-policy.entity';
import { ReminderRun } from './reminder-run.entity';
import { RemindersService } from './reminders.service';

@ApiTags('到期提醒')
@ApiBearerAuth()
@Controller()
export class RemindersController {
  constructor(
    private readonly reminders: RemindersService,
    private readonly queue: ReminderQueue,
  ) {}

  @Get('reminder-policy')
  @ApiOperation({ summary: '提醒规则（按工作日计算）' })
  policy(): Promise<ReminderPolicy> {
    return this.reminders.policy();
  }

  @Put('reminder-policy')
  @Roles('admin')
  @ApiOperation({ summary: '修改提醒规则（管理员）' })
  async update(@Body() dto: UpdatePolicyDto): Promise<ReminderPolicy> {
    const next = { ...(await this.reminders.policy()), ...dto };
    if (next.escalateToBureauHeadAfter < next.escalateToSupervisorAfter) {
      throw new BadRequestException('报局长的逾期天数不能少于报分管领导的天数');
    }
    const saved = await this.reminders.savePolicy(next);
    if (dto.runAt) await this.queue.reschedule();
    return saved;
  }

  @Get('reminder-runs')
  @Roles('admin', 'leader')
  @ApiOperation({ summary: '最近的每日提醒运行记录' })
  runs(): Promise<ReminderRun[]> {
    return this.reminders.recentRuns();
  }

  @Post('reminder-runs')
  @Roles('admin')
  @HttpCode(202)
  @ApiOperation({ summary: '立即执行今天的提醒（管理员）；同一天重复执行不会重复发送' })
  async runNow(): Promise<{ queued: boolean }> {
    return { queued: await this.queue.add(JOBS.dailyRun, {}) };
  }
}
