import { Injectable } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { todayIn } from './dates';

/**
 * The service's notion of "now" and "today" (in the bureau's time zone). Tests and demos pin it
 * with `pin()` so that overdue and due-soon are computed on a fixed clock.
 */
@Injectable()
export class Clock {
  private pinned: Date | null = null;

  constructor(@InjectConfig() private readonly config: AppConfig) {}

  now(): Date {
    return this.pinned ? new Date(this.pinned) : new Date();
  }

  /** Today's date, YYYY-MM-DD, in Asia/Shanghai (or the configured zone). */
  today(): string {
    return todayIn(this.config.TIME_ZONE, this.now());
  }

  /** HH:mm now, in the bureau's time zone. */
  timeOfDay(): string {
    return new Intl.DateTimeFormat('en-GB', { timeZone: this.config.TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(this.now());
  }

  pin(at: Date | null): void {
    this.pinned = at;
  }
}
