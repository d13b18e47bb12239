import { Controller, Delete, Get, HttpCode, NotFoundException, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser, Public } from '../access/decorators';
import { CalendarFeedsService } from './calendar-feeds.service';
import { CalendarFeedIssuedView, CalendarFeedStatusView } from './dto/calendar-feed.view';

@ApiTags('日历订阅')
@Controller()
export class CalendarFeedsController {
  constructor(private readonly feeds: CalendarFeedsService) {}

  @Get('me/calendar-feed')
  @ApiBearerAuth()
  @ApiOperation({ summary: '我的日历订阅：是否开通、生成时间、最近读取时间' })
  @ApiOkResponse({ type: CalendarFeedStatusView })
  async status(@CurrentUser() caller: AuthUser): Promise<CalendarFeedStatusView> {
    return CalendarFeedStatusView.of(await this.feeds.status(caller.id));
  }

  @Post('me/calendar-feed')
  @ApiBearerAuth()
  @ApiOperation({ summary: '开通或重新生成日历订阅地址（旧地址立即失效；地址只显示这一次）' })
  @ApiCreatedResponse({ type: CalendarFeedIssuedView })
  issue(@CurrentUser() caller: AuthUser): Promise<CalendarFeedIssuedView> {
    return this.feeds.issue(caller);
  }

  @Delete('me/calendar-feed')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: '停用日历订阅（地址立即失效）' })
  @ApiNoContentResponse({ description: '已停用' })
  async revoke(@CurrentUser() caller: AuthUser): Promise<void> {
    await this.feeds.revoke(caller.id);
  }

  @Get('feeds/calendar/:file')
  @Public()
  @ApiOperation({ summary: '任务日历（iCalendar），供日历软件订阅；地址中的令牌即凭据，无需登录' })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'RFC 5545 日历', schema: { type: 'string' } })
  async calendar(@Param('file') file: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    const body = file.endsWith('.ics') ? await this.feeds.render(file.slice(0, -'.ics'.length)) : null;
    if (body === null) throw new NotFoundException('日历订阅地址无效或已停用');
    // Set here, not with @Header: those would also label the JSON error body of a refusal.
    // Calendar apps poll: a private 5-minute cache (and Express's ETag, 304 when unchanged) spares the service.
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Cache-Control', 'private, max-age=300');
    return body;
  }
}
