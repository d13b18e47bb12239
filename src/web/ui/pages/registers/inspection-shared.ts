import { useSession } from '../../components';

/** 检查对象类别 and 风险等级 as the API's codes with their labels. */

export const CATEGORIES: [string, string][] = [
  ['school', '中小学校'],
  ['kindergarten', '幼儿园'],
  ['training', '校外培训机构'],
  ['private', '民办学校'],
  ['other', '其他'],
];
export const RISKS: [string, string][] = [
  ['low', '低'],
  ['medium', '中'],
  ['high', '高'],
];

/** Heads, staff and admins see the forms; the server decides (only 政策法规股, 民办教育股 and admins may edit). */
export function useMayEdit(): boolean {
  const { me } = useSession();
  return me.role === 'admin' || me.role === 'head' || me.role === 'staff';
}
