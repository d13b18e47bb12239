import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { HolidayName } from './working-day-calendar';

/** 'builtin' = shipped with the chinese-days package; 'admin' = loaded by an administrator. */
export type CalendarYearSource = 'builtin' | 'admin';

/**
 * One year's official holiday arrangement, stored as data so a newly published year
 * (each November) can be loaded without a release.
 */
@Entity('calendar_years')
export class CalendarYear {
  // The year itself is the key: there is exactly one arrangement per year.
  @PrimaryColumn({ type: 'integer' })
  year: number;

  @Column({ type: 'varchar', length: 20 })
  source: CalendarYearSource;

  @Column({ name: 'days_off', type: 'simple-json' })
  daysOff: string[];

  @Column({ name: 'make_up_workdays', type: 'simple-json' })
  makeUpWorkdays: string[];

  @Column({ type: 'simple-json' })
  holidays: HolidayName[];

  // No explicit type: TypeORM maps Date to datetime on SQLite and timestamp on PostgreSQL.
  @Column({ name: 'loaded_at' })
  loadedAt: Date;

  @Column({ name: 'loaded_by_id', type: 'integer', nullable: true })
  loadedById: number | null;
}
