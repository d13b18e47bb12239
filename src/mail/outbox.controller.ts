import { ConflictException, Controller, Get, HttpCode, NotFoundException, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser, Roles } from '../access/decorators';
import { mapPage, PageOf } from '../common/api-schema';
import { DomainEvents } from '../common/domain-events';
import { Page } from '../common/pagination';
import { OutboxQueryDto } from './dto/outbox.dto';
import { OutboxMessageView, RequeuedView } from './dto/outbox-message.view';
import { OutboxRepository } from './outbox-repository';
import { OutboxService } from './outbox.service';

@ApiTags('通知与发件箱')
@ApiBearerAuth()
@Controller('outbox')
export class OutboxController {
  constructor(
    private readonly outbox: OutboxService,
    private readonly rows: OutboxRepository,
    private readonly events: DomainEvents,
  ) {}

  @Get('mine')
  @ApiOperation({ summary: '发给我的通知（到期提醒、督办、催办）' })
  @ApiOkResponse({ type: PageOf(OutboxMessageView) })
  async mine(@CurrentUser() caller: AuthUser, @Query() q: OutboxQueryDto): Promise<Page<OutboxMessageView>> {
    return mapPage(await this.rows.list(q, caller.id), (m) => OutboxMessageView.of(m, caller.role === 'admin'));
  }

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: '全部发件箱：状态、尝试次数、最后错误（管理员）' })
  @ApiOkResponse({ type: PageOf(OutboxMessageView) })
  async all(@Query() q: OutboxQueryDto): Promise<Page<OutboxMessageView>> {
    return mapPage(await this.rows.list(q), OutboxMessageView.of);
  }

  @Post('retry-failed')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({ summary: '重新发送全部发送失败的邮件（管理员，如邮件服务器恢复之后）' })
  @ApiOkResponse({ type: RequeuedView })
  async retryFailed(): Promise<RequeuedView> {
    return this.requeue(await this.outbox.retry('failed'));
  }

  @Get(':id')
  @ApiOperation({ summary: '一封通知的内容（收件人本人或管理员）' })
  @ApiOkResponse({ type: OutboxMessageView })
  async get(@CurrentUser() caller: AuthUser, @Param('id', ParseIntPipe) id: number): Promise<OutboxMessageView> {
    const message = await this.rows.get(id);
    if (!message || (caller.role !== 'admin' && message.recipientId !== caller.id)) throw new NotFoundException(`通知 ${id} 不存在`);
    return OutboxMessageView.of(message, caller.role === 'admin');
  }

  @Post(':id/retry')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({ summary: '重新发送失败或未发送的邮件（管理员，如配置好邮件服务器之后）' })
  @ApiOkResponse({ type: RequeuedView })
  async retry(@Param('id', ParseIntPipe) id: number): Promise<RequeuedView> {
    const requeued = await this.outbox.retry([id]);
    if (!requeued.length) throw new ConflictException('只有“发送失败”或“未发送”的邮件可以重新发送');
    return this.requeue(requeued);
  }

  private async requeue(requeued: number[]): Promise<{ requeued: number[] }> {
    if (requeued.length) await this.events.emit('outbox.requeued', { messageIds: requeued });
    return { requeued };
  }
}
