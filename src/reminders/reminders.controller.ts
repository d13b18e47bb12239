import { BadRequestException, Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser, Roles } from '../access/decorators';
import { JobQueue } from '../queue/job-queue';
import { UpdatePolicyDto } from './dto/policy.dto';
import { NotificationPreferencesView, UpdatePreferencesDto } from './dto/preferences.dto';
import { QueuedView, ReminderPolicyView, ReminderRunView } from './dto/reminder.view';
import { ReminderJobs } from './reminder-jobs';
import { RemindersService } from './reminders.service';

@ApiTags('到期提醒')
@ApiBearerAuth()
@Controller()
export class RemindersController {
  constructor(
    private readonly reminders: RemindersService,
    private readonly jobs: ReminderJobs,
    private readonly queue: JobQueue,
  ) {}

  @Get('reminder-policy')
  @ApiOperation({ summary: '提醒规则（按工作日计算）' })
  @ApiOkResponse({ type: ReminderPolicyView })
  async policy(): Promise<ReminderPolicyView> {
    return ReminderPolicyView.of(await this.reminders.policy());
  }

  @Put('reminder-policy')
  @Roles('admin')
  @ApiOperation({ summary: '修改提醒规则（管理员）' })
  @ApiOkResponse({ type: ReminderPolicyView })
  async update(@Body() dto: UpdatePolicyDto): Promise<ReminderPolicyView> {
    const next = { ...(await this.reminders.policy()), ...dto };
    if (next.escalateToBureauHeadAfter < next.escalateToSupervisorAfter) {
      throw new BadRequestException('报局长的逾期天数不能少于报分管领导的天数');
    }
    const saved = await this.reminders.savePolicy(next);
    if (dto.runAt) await this.jobs.reschedule();
    return ReminderPolicyView.of(saved);
  }

  @Get('reminder-runs')
  @Roles('admin', 'leader')
  @ApiOperation({ summary: '最近的每日提醒运行记录' })
  @ApiOkResponse({ type: [ReminderRunView] })
  async runs(): Promise<ReminderRunView[]> {
    return (await this.reminders.recentRuns()).map(ReminderRunView.of);
  }

  @Post('reminder-runs')
  @Roles('admin')
  @HttpCode(202)
  @ApiOperation({ summary: '立即执行今天的提醒（管理员）；同一天重复执行不会重复发送' })
  @ApiAcceptedResponse({ type: QueuedView })
  async runNow(): Promise<QueuedView> {
    return { queued: await this.queue.add('daily-run', {}) };
  }

  @Get('me/notification-preferences')
  @ApiOperation({ summary: '我的通知设置：哪些提醒同时发邮件、钉钉群中是否 @ 我' })
  @ApiOkResponse({ type: NotificationPreferencesView })
  async myPreferences(@CurrentUser() caller: AuthUser): Promise<NotificationPreferencesView> {
    return NotificationPreferencesView.of(await this.reminders.preferences(caller.id));
  }

  @Put('me/notification-preferences')
  @ApiOperation({ summary: '修改我的通知设置（逾期督办邮件按局里规定不能关闭）' })
  @ApiOkResponse({ type: NotificationPreferencesView })
  async savePreferences(@CurrentUser() caller: AuthUser, @Body() dto: UpdatePreferencesDto): Promise<NotificationPreferencesView> {
    return NotificationPreferencesView.of(await this.reminders.savePreferences(caller.id, dto));
  }
}
