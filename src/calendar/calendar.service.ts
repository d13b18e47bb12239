import { BadRequestException, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Clock } from '../common/clock';
import { DomainEvents } from '../common/domain-events';
import { Repository } from 'typeorm';
import { BUILTIN_ARRANGEMENTS } from './builtin-arrangements';
import { CalendarYear } from './calendar-year.entity';
import { findImplausibility, ImplausibleArrangementError } from './plausibility';
import { WorkingDayCalendar, findArrangementProblem, type YearArrangement } from './working-day-calendar';

/** Another process (API replica, worker) may load a year; re-read the table this often. */
export const CALENDAR_CACHE_TTL_MS = 30_000;

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

/** From this day of a year on, next year's arrangement is expected (the notice comes in November). */
export const NEXT_YEAR_DUE_FROM = '11-01';

/** Whether the years the service needs now are loaded, and what admins are told when not. */
export interface CalendarHealth {
  today: string;
  currentYearLoaded: boolean;
  nextYear: number;
  nextYearLoaded: boolean;
  /** The year an admin should load now (this year's first, then next year's from 11-01); null when none. */
  missingYear: number | null;
  /** Chinese sentence for the admins' banner and daily notice; null when all is well. */
  warning: string | null;
}

@Injectable()
export class CalendarService implements OnApplicationBootstrap {
  private readonly logger = new Logger(CalendarService.name);
  private cached: { calendar: WorkingDayCalendar; readAt: number } | null = null;
  // Shared by concurrent callers so a burst of requests triggers one read, not many.
  private pending: Promise<WorkingDayCalendar> | null = null;
  private generation = 0;

  constructor(
    @InjectRepository(CalendarYear) private readonly years: Repository<CalendarYear>,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const inserted = await this.insertBuiltinYears();
    if (inserted.length > 0) this.logger.log(`Inserted built-in holiday arrangements: ${inserted.join(', ')}`);
  }

  /**
   * Stores the built-in years not stored yet. A stored year — above all one an admin loaded —
   * is never overwritten; INSERT … ON CONFLICT DO NOTHING keeps two processes starting at the
   * same time from failing on the primary key.
   */
  async insertBuiltinYears(): Promise<number[]> {
    const stored = new Set((await this.years.find({ select: { year: true } })).map((r) => r.year));
    const missing = BUILTIN_ARRANGEMENTS.filter((a) => !stored.has(a.year));
    if (missing.length === 0) return [];
    const loadedAt = new Date();
    await this.years
      .createQueryBuilder()
      .insert()
      .into(CalendarYear)
      .values(
        missing.map((a) => ({
          year: a.year,
          source: 'builtin' as const,
          daysOff: [...a.daysOff],
          makeUpWorkdays: [...a.makeUpWorkdays],
          holidays: [...(a.holidays ?? [])],
          loadedAt,
          loadedById: null,
        })),
      )
      .orIgnore()
      .execute();
    this.invalidate();
    return missing.map((a) => a.year);
  }

  /** The calendar of all stored years; cached for CALENDAR_CACHE_TTL_MS. */
  async calendar(): Promise<WorkingDayCalendar> {
    if (this.cached && Date.now() - this.cached.readAt < CALENDAR_CACHE_TTL_MS) {
      return this.cached.calendar;
    }
    if (!this.pending) {
      const generation = this.generation;
      const readAt = Date.now();
      const read = this.readCalendar()
        .then((calendar) => {
          // A read that raced with invalidate() may predate the change: hand it out, don't keep it.
          if (generation === this.generation) this.cached = { calendar, readAt };
          return calendar;
        })
        .finally(() => {
          if (this.pending === read) this.pending = null;
        });
      this.pending = read;
    }
    return this.pending;
  }

  /** Forces the next calendar() call to re-read the table. */
  invalidate(): void {
    this.generation++;
    this.cached = null;
    this.pending = null;
  }

  /** Validates and stores (or replaces) a year's arrangement as loaded by `userId`. */
  async loadYear(arrangement: YearArrangement, userId: number | null): Promise<CalendarYear> {
    const normalized = normalize(arrangement);
    if (!Number.isInteger(normalized.year) || normalized.year < MIN_YEAR || normalized.year > MAX_YEAR) {
      throw new BadRequestException(`年份必须是 ${MIN_YEAR} 到 ${MAX_YEAR} 之间的整数。`);
    }
    const problem = findArrangementProblem(normalized);
    if (problem) throw new BadRequestException(problem);
    if (normalized.daysOff.length === 0) {
      throw new BadRequestException(`${normalized.year}年的放假日期不能为空，每年至少有元旦等法定假日。`);
    }
    const implausible = findImplausibility(normalized);
    if (implausible) throw new ImplausibleArrangementError(implausible);
    const stored = await this.years.findOneBy({ year: normalized.year });

    const row: CalendarYear = Object.assign(new CalendarYear(), {
      year: normalized.year,
      source: 'admin' as const,
      daysOff: normalized.daysOff,
      makeUpWorkdays: normalized.makeUpWorkdays,
      holidays: normalized.holidays ?? [],
      loadedAt: new Date(),
      loadedById: userId,
    });
    await this.years.save(row); // save, not upsert: the audit trail records who loaded which year
    this.invalidate();
    const previous = stored && { year: stored.year, daysOff: stored.daysOff, makeUpWorkdays: stored.makeUpWorkdays };
    await this.events.emit('calendar.loaded', { year: row.year, previous, userId });
    this.logger.log(`Holiday arrangement for ${row.year} loaded by user ${userId ?? '-'}`);
    return row;
  }

  /**
   * From 11-01 on, next year's arrangement is due; a missing current year stops the reminders
   * altogether (the January of a bureau that forgot).
   */
  async health(): Promise<CalendarHealth> {
    const today = this.clock.today();
    const year = Number(today.slice(0, 4));
    const calendar = await this.calendar();
    const currentYearLoaded = calendar.hasYear(year);
    const nextYearLoaded = calendar.hasYear(year + 1);
    const base = { today, currentYearLoaded, nextYear: year + 1, nextYearLoaded };
    if (!currentYearLoaded) {
      const warning = `尚未载入${year}年的法定节假日安排：今年的工作日无法计算，每日到期提醒已暂停。请管理员在“节假日安排”中载入国务院办公厅公布的${year}年放假安排。`;
      return { ...base, missingYear: year, warning };
    }
    if (!nextYearLoaded && today.slice(5) >= NEXT_YEAR_DUE_FROM) {
      const warning = `尚未载入${year + 1}年的法定节假日安排。国务院办公厅通常在11月公布，请管理员及时在“节假日安排”中载入，否则${year + 1}年的截止日期无法计算，到期提醒将暂停。`;
      return { ...base, missingYear: year + 1, warning };
    }
    return { ...base, missingYear: null, warning: null };
  }

  /** All stored years, ascending. */
  async listYears(): Promise<CalendarYear[]> {
    return this.years.find({ order: { year: 'ASC' } });
  }

  private async readCalendar(): Promise<WorkingDayCalendar> {
    const rows = await this.years.find({ order: { year: 'ASC' } });
    return new WorkingDayCalendar(
      rows.map((r) => ({
        year: r.year,
        daysOff: r.daysOff ?? [],
        makeUpWorkdays: r.makeUpWorkdays ?? [],
        holidays: r.holidays ?? [],
      })),
    );
  }
}

/** Sorted, de-duplicated copy; leaves non-string entries for validation to reject by name. */
function normalize(a: YearArrangement): YearArrangement {
  const dates = (list: unknown): string[] => (Array.isArray(list) ? [...new Set(list as string[])].sort() : (list as string[]));
  const holidays = Array.isArray(a.holidays)
    ? a.holidays
        .map((h) => ({ date: h?.date, name: typeof h?.name === 'string' ? h.name.trim() : h?.name }))
        .sort((x, y) => String(x.date).localeCompare(String(y.date)))
    : a.holidays;
  return {
    year: a.year,
    daysOff: dates(a.daysOff),
    makeUpWorkdays: dates(a.makeUpWorkdays),
    holidays,
  };
}
