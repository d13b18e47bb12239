/** The choices of the 法律顾问台账, shared by its tabs, the 登记事项 form and the adviser's page. */

export const REQUEST_KINDS: [string, string][] = [
  ['contract', '合同'],
  ['decision', '重大决策'],
  ['normative', '规范性文件'],
  ['litigation', '诉讼复议'],
  ['petition', '信访'],
  ['other', '其他'],
];

export const OPINION_RESULTS: [string, string][] = [
  ['lawful', '合法'],
  ['lawfulAfterChanges', '修改后合法'],
  ['unlawful', '不合法'],
  ['other', '其他意见'],
];

export const thisYear = () => Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));

/** `<option>`s from `[value, label]` pairs. */
export function Options({ pairs }: { pairs: [string, string][] }) {
  return (
    <>
      {pairs.map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </>
  );
}

/** This year and the two before, as `<option>`s. */
export function YearOptions() {
  return <Options pairs={[0, 1, 2].map((back) => [String(thisYear() - back), `${thisYear() - back}年`])} />;
}
