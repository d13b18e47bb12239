import { ConflictException, Controller, Get, HttpCode, NotFoundException, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { DomainEvents } from '../common/domain-events';
import { Page } from '../common/pagination';
import { OutboxQueryDto } from './dto/outbox.dto';
import { OutboxMessage } from './outbox-message.entity';
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
  mine(@CurrentUser() caller: AuthUser, @Query() q: OutboxQueryDto): Promise<Page<OutboxMessage>> {
    return this.rows.list(q, caller.id);
  }

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: '全部发件箱：状态、尝试次数、最后错误（管理员）' })
  all(@Query() q: OutboxQueryDto): Promise<Page<OutboxMessage>> {
    return this.rows.list(q);
  }

  @Post('retry-failed')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({ summary: '重新发送全部发送失败的邮件（管理员，如邮件服务器恢复之后）' })
  async retryFailed(): Promise<{ requeued: number[] }> {
    return this.requeue(await this.outbox.retry('failed'));
  }

  @Get(':id')
  @ApiOperation({ summary: '一封通知的内容（收件人本人或管理员）' })
  async get(@CurrentUser() caller: AuthUser, @Param('id', ParseIntPipe) id: number): Promise<OutboxMessage> {
    const message = await this.rows.get(id);
    if (!message || (caller.role !== 'admin' && message.recipientId !== caller.id)) throw new NotFoundException(`通知 ${id} 不存在`);
    return message;
  }

  @Post(':id/retry')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({ summary: '重新发送失败或未发送的邮件（管理员，如配置好邮件服务器之后）' })
  async retry(@Param('id', ParseIntPipe) id: number): Promise<{ requeued: number[] }> {
    const requeued = await this.outbox.retry([id]);
    if (!requeued.length) throw new ConflictException('只有“发送失败”或“未发送”的邮件可以重新发送');
    return this.requeue(requeued);
  }

  private async requeue(requeued: number[]): Promise<{ requeued: number[] }> {
    if (requeued.length) await this.events.emit('outbox.requeued', { messageIds: requeued });
    return { requeued };
  }
}
