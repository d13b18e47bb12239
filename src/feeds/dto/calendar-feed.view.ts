import { ApiProperty } from '@nestjs/swagger';
import { DATE_TIME, NULLABLE_DATE_TIME } from '../../common/api-schema';
import type { CalendarFeed } from '../calendar-feed.entity';

/** Whether the caller has a calendar feed; its URL is shown only when issued. */
export class CalendarFeedStatusView {
  @ApiProperty({ description: '是否已开通日历订阅' }) active: boolean;
  @ApiProperty({ ...NULLABLE_DATE_TIME, description: '当前订阅地址的生成时间' }) createdAt: Date | null;
  @ApiProperty({ ...NULLABLE_DATE_TIME, description: '日历软件最近一次读取的时间' }) lastFetchedAt: Date | null;

  static of(feed: CalendarFeed | null): CalendarFeedStatusView {
    return Object.assign(new CalendarFeedStatusView(), {
      active: feed !== null,
      createdAt: feed?.createdAt ?? null,
      lastFetchedAt: feed?.lastFetchedAt ?? null,
    });
  }
}

/** A new (or regenerated) subscription URL: shown this once, the service keeps only its hash. */
export class CalendarFeedIssuedView {
  @ApiProperty({ description: '订阅地址（含私密令牌；只显示这一次，请复制到日历软件）', example: 'https://fazhi.example.gov.cn/feeds/calendar/….ics' })
  url: string;
  @ApiProperty(DATE_TIME) createdAt: Date;
}
