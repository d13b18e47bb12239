import * as ical from 'node-ical';
import { escapeText, foldLine, renderCalendar, type IcsEvent } from '../../../src/feeds/ics';

const event = (over: Partial<IcsEvent> = {}): IcsEvent => ({
  uid: 'task-7@fazhi-duban',
  sequence: 3,
  stamp: new Date('2026-03-02T01:30:00Z'),
  date: '2026-03-31',
  summary: '规范性文件备案审查，报送；路径 C:\\备案',
  description: '工作要点：规范性文件\n状态：待办',
  url: 'https://fazhi.example.gov.cn/#/tasks/7',
  ...over,
});

const octets = (line: string) => Buffer.byteLength(line, 'utf8');

describe('ICS writer', () => {
  it('escapes backslash, semicolon, comma and line breaks in text values', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('folds at 75 octets without splitting a Chinese character, continuation lines starting with a space', () => {
    const line = `SUMMARY:${'法治政府建设'.repeat(20)}`;
    const physical = foldLine(line).split('\r\n');
    expect(physical.length).toBeGreaterThan(1);
    for (const p of physical) expect(octets(p)).toBeLessThanOrEqual(75);
    for (const p of physical.slice(1)) expect(p.startsWith(' ')).toBe(true);
    // Unfolding (drop CRLF + one space) gives the line back: no byte was lost or split.
    expect(physical.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
  });

  it('leaves a short line alone', () => {
    expect(foldLine('VERSION:2.0')).toBe('VERSION:2.0');
  });

  it('writes a calendar a parser reads back: all-day event on the due date, UID, SEQUENCE, text with special characters', () => {
    const body = renderCalendar({
      name: '法治督办 · 政策法规股',
      timeZone: 'Asia/Shanghai',
      events: [event(), event({ uid: 'task-8@fazhi-duban', date: '2026-12-31', summary: '年度报告' })],
    });
    expect(body.endsWith('\r\n')).toBe(true);
    expect(body.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of body.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(body).toContain('X-WR-TIMEZONE:Asia/Shanghai\r\n');

    const parsed = ical.sync.parseICS(body);
    const first = parsed['task-7@fazhi-duban'] as ical.VEvent;
    expect(first).toEqual(
      expect.objectContaining({ type: 'VEVENT', summary: event().summary, description: event().description, sequence: 3, url: event().url }),
    );
    expect(first.start.dateOnly).toBe(true);
    expect(first.start.toISOString().slice(0, 10)).toBe('2026-03-31');
    expect(first.end!.toISOString().slice(0, 10)).toBe('2026-04-01');
    // The year's last day ends on the next year's first.
    expect((parsed['task-8@fazhi-duban'] as ical.VEvent).end!.toISOString().slice(0, 10)).toBe('2027-01-01');
    expect((parsed.vcalendar as unknown as Record<string, string>)['WR-CALNAME']).toBe('法治督办 · 政策法规股');
  });
});
