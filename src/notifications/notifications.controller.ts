import { Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser } from '../access/decorators';
import { PageOf } from '../common/api-schema';
import { Page } from '../common/pagination';
import { NotificationQueryDto } from './dto/notification.dto';
import { NotificationView, UnreadCountView } from './dto/notification.view';
import { NotificationsService } from './notifications.service';

/** Every user, admins included, sees and marks only their own notifications here. */
@ApiTags('通知与发件箱')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOperation({ summary: '我的通知（最新在前；unread=true 只看未读）' })
  @ApiOkResponse({ type: PageOf(NotificationView) })
  list(@CurrentUser() caller: AuthUser, @Query() q: NotificationQueryDto): Promise<Page<NotificationView>> {
    return this.notifications.list(caller.id, q);
  }

  @Get('unread-count')
  @ApiOperation({ summary: '我的未读通知数' })
  @ApiOkResponse({ type: UnreadCountView })
  async unreadCount(@CurrentUser() caller: AuthUser): Promise<UnreadCountView> {
    return { unread: await this.notifications.unreadCount(caller.id) };
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({ summary: '全部标为已读' })
  @ApiOkResponse({ type: UnreadCountView })
  async readAll(@CurrentUser() caller: AuthUser): Promise<UnreadCountView> {
    await this.notifications.markAllRead(caller.id);
    return { unread: await this.notifications.unreadCount(caller.id) };
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: '标为已读（只能是自己的通知）；返回剩余未读数' })
  @ApiOkResponse({ type: UnreadCountView })
  async read(@CurrentUser() caller: AuthUser, @Param('id', ParseIntPipe) id: number): Promise<UnreadCountView> {
    await this.notifications.markRead(caller.id, id);
    return { unread: await this.notifications.unreadCount(caller.id) };
  }
}
