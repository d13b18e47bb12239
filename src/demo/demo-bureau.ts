/**
 * The demo county 教育科技局: the departments of the domain brief §1 with the catalogue roles
 * they play, ten schools, three leaders with their 分管 departments, and the people.
 * Names are invented; the structure follows the eight seed reports.
 */
export const DEMO_BUREAU_NAME = '示范县教育科技局';

/** Shared by every demo account; printed at start. Never used when DEMO=false. */
export const DEMO_PASSWORD = 'Demo@2026';

export interface DemoDepartment {
  code: string;
  name: string;
  kind: 'office' | 'school';
  /** Catalogue roles this department plays. */
  roles: string[];
  head: { login: string; name: string; title: string };
  staff?: { login: string; name: string };
}

export const DEMO_DEPARTMENTS: DemoDepartment[] = [
  {
    code: 'office',
    name: '局办公室',
    kind: 'office',
    roles: ['office'],
    head: { login: 'bgs', name: '王建国', title: '办公室主任' },
    staff: { login: 'bgs-staff', name: '李娜' },
  },
  {
    code: 'legal',
    name: '政策法规股',
    kind: 'office',
    roles: ['legal'],
    head: { login: 'fgg', name: '陈立法', title: '股长' },
    staff: { login: 'fgg-staff', name: '赵敏' },
  },
  { code: 'safety', name: '安全管理股', kind: 'office', roles: ['safety'], head: { login: 'aqg', name: '刘安全', title: '股长' } },
  { code: 'education', name: '教育股', kind: 'office', roles: ['education'], head: { login: 'jyg', name: '孙育人', title: '股长' } },
  { code: 'personnel', name: '人事股', kind: 'office', roles: ['personnel'], head: { login: 'rsg', name: '周人和', title: '股长' } },
  { code: 'finance', name: '计划财务股', kind: 'office', roles: ['finance'], head: { login: 'cwg', name: '吴财', title: '股长' } },
  { code: 'private', name: '民办教育股', kind: 'office', roles: ['private'], head: { login: 'mbg', name: '郑民', title: '股长' } },
  { code: 'approval', name: '行政审批股', kind: 'office', roles: ['approval'], head: { login: 'spg', name: '冯审', title: '股长' } },
  { code: 'supervision', name: '督导室', kind: 'office', roles: ['supervision'], head: { login: 'ddz', name: '何督导', title: '主任' } },
  { code: 'research', name: '教研室', kind: 'office', roles: ['research'], head: { login: 'jys', name: '许教研', title: '主任' } },
  { code: 'petition', name: '信访办', kind: 'office', roles: ['petition'], head: { login: 'xfb', name: '高信', title: '主任' } },
  { code: 'party', name: '党建办', kind: 'office', roles: ['party'], head: { login: 'djb', name: '林党建', title: '主任' } },
  ...[
    ['school-yz', '县第一中学', 'yz', '马明远'],
    ['school-ez', '县第二中学', 'ez', '胡志强'],
    ['school-syxx', '县实验小学', 'syxx', '罗晓红'],
    ['school-cgxx', '城关小学', 'cgxx', '梁春华'],
    ['school-cnxx', '城南小学', 'cnxx', '宋雨'],
    ['school-hsxx', '红山镇中心小学', 'hsxx', '唐军'],
    ['school-qsxx', '青石乡中心小学', 'qsxx', '韩梅'],
    ['school-zxyey', '县中心幼儿园', 'zxyey', '曹丽'],
    ['school-dyyey', '县第一幼儿园', 'dyyey', '彭静'],
    ['school-zz', '县职业中专', 'zz', '邓勇'],
  ].map(([code, name, login, head]): DemoDepartment => ({ code, name, kind: 'school', roles: [], head: { login, name: head, title: '校长' } })),
];

export interface DemoLeader {
  login: string;
  name: string;
  title: string;
  isBureauHead: boolean;
  supervises: string[];
}

export const DEMO_LEADERS: DemoLeader[] = [
  { login: 'juzhang', name: '张振华', title: '党组书记、局长', isBureauHead: true, supervises: ['office', 'legal', 'personnel', 'party'] },
  {
    login: 'fjz-li',
    name: '李文博',
    title: '副局长',
    isBureauHead: false,
    supervises: ['education', 'safety', 'research', 'supervision', 'school-yz', 'school-ez', 'school-syxx', 'school-cgxx', 'school-cnxx'],
  },
  {
    login: 'fjz-yang',
    name: '杨秀英',
    title: '副局长',
    isBureauHead: false,
    supervises: ['finance', 'private', 'approval', 'petition', 'school-hsxx', 'school-qsxx', 'school-zxyey', 'school-dyyey', 'school-zz'],
  },
];

/** 法律顾问 (a public-service lawyer attached to 政策法规股). */
export const DEMO_ADVISER = { login: 'guwen', name: '钱律师', title: '法律顾问', department: 'legal' };
