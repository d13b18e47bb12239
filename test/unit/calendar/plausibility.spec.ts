import { BUILTIN_ARRANGEMENTS } from '../../../src/calendar/builtin-arrangements';
import { findImplausibility, statutoryFestivals } from '../../../src/calendar/plausibility';

describe('holiday year plausibility', () => {
  it.each(BUILTIN_ARRANGEMENTS.map((a) => [a.year, a] as const))('the built-in year %i passes', (_year, a) => {
    expect(findImplausibility(a)).toBeNull();
  });

  it('knows the festival days of a year without data (2027: 春节 02-06, 清明 04-05, 端午 06-09, 中秋 09-15)', () => {
    expect(Object.fromEntries(statutoryFestivals(2027).map((f) => [f.name, f.date]))).toEqual({
      元旦: '2027-01-01',
      春节: '2027-02-06',
      清明节: '2027-04-05',
      劳动节: '2027-05-01',
      端午节: '2027-06-09',
      中秋节: '2027-09-15',
      国庆节: '2027-10-01',
    });
  });

  it('refuses a year holding only 01-01, naming every missing festival', () => {
    const message = findImplausibility({ year: 2027, daysOff: ['2027-01-01'], makeUpWorkdays: [] });
    expect(message).toContain('2027年的放假安排不完整');
    for (const name of ['春节（2027-02-06）', '清明节', '劳动节', '端午节', '中秋节', '国庆节']) expect(message).toContain(name);
    expect(message).not.toContain('元旦');
  });

  it('refuses a year of weekends only', () => {
    const weekends = ['2027-01-02', '2027-01-03', '2027-02-06', '2027-02-07'];
    expect(findImplausibility({ year: 2027, daysOff: weekends, makeUpWorkdays: [] })).toContain('元旦（2027-01-01）');
  });
});
