import { Select } from './components';
import { today } from './format';

/** The current year: lists and the board show it unless another year (or 全部年度) is chosen. */
export const thisYear = (): string => today().slice(0, 4);

/**
 * The `year` query value of a page: empty means the current year, `all` every year. Answers the
 * year to filter by ('' for all).
 */
export const yearFilter = (param: string | null): string => (param === 'all' ? '' : param || thisYear());

/** 计划年度 filter: the current year first by default, then the plans' years, and 全部年度. */
export function YearSelect({ value, years, onChange }: { value: string; years: number[]; onChange(param: string): void }) {
  const shown = [...new Set([Number(thisYear()), ...years])].sort((a, b) => b - a);
  return (
    <label class="filter">
      <span>计划年度</span>
      <Select value={value || 'all'} onChange={(v) => onChange(v === thisYear() ? '' : v)} label="计划年度">
        {shown.map((y) => (
          <option key={y} value={String(y)}>
            {y}年
          </option>
        ))}
        <option value="all">全部年度</option>
      </Select>
    </label>
  );
}
