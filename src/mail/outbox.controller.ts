import { ConflictException, Controller, Get, HttpCode, NotFoundException, Param, ParseIntPipe, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser, Roles } from '../access/decorators';
import { mapPage, PageOf } from '../common/api-schema';
import { DomainEvents } from '../common/domain-events';
import { Clock } from '../common/clock';
import { Page } from '../common/pagination';
import { allPages, ApiXlsx, exportFileName, sendXlsx, type XlsxColumn } from '../common/xlsx';
import { OutboxQueryDto } from './dto/outbox.dto';
import { OutboxMessageView, RequeuedView } from './dto/outbox-message.view';
import type { OutboxMessage } from './outbox-message.entity';
import { OutboxRepository } from './outbox-repository';
import { OutboxService } from './outbox.service';

const STATUS_NAMES: Record<OutboxMessage['status'], string> = { pending: '待发送', sending: '发送中', sent: '已发送', unsent: '未发送', failed: '发送失败' };

const OUTBOX_COLUMNS: XlsxColumn<OutboxMessage>[] = [
  { header: '编号', value: (m) => m.id, width: 8 },
  { header: '创建时间', value: (m) => m.createdAt, kind: 'datetime' },
  { header: '类型', value: (m) => m.kind },
  { header: '渠道', value: (m) => m.channel },
  { header: '收件地址', value: (m) => m.toAddress, width: 28 },
  { header: '主题', value: (m) => m.subject, width: 40 },
  { header: '状态', value: (m) => STATUS_NAMES[m.status] },
  { header: '尝试次数', value: (m) => m.attempts },
  { header: '最后错误', value: (m) => m.lastError, width: 40 },
  { header: '发送时间', value: (m) => m.sentAt, kind: 'datetime' },
];

@ApiTags('通知与发件箱')
@ApiBearerAuth()
@Controller('outbox')
export class OutboxController {
  constructor(
    private readonly outbox: OutboxService,
    private readonly rows: OutboxRepository,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
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

  @Get('export.xlsx')
  @Roles('admin')
  @ApiOperation({ summary: '导出发件箱为 Excel（与列表相同的筛选条件，管理员）' })
  @ApiXlsx('发件箱（.xlsx）')
  exportAll(@Query() q: OutboxQueryDto, @Res() res: Response): Promise<void> {
    const rows = allPages(q, (page) => this.rows.list(page));
    return sendXlsx(res, exportFileName('发件箱', this.clock.today()), [{ name: '发件箱', columns: OUTBOX_COLUMNS, rows }]);
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
