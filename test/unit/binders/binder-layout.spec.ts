import { binderPaths, itemFolder, safeName } from '../../../src/binders/binder-layout';

const source = (fileName: string, over: Partial<Parameters<typeof binderPaths>[0][number]> = {}) => ({
  workPointName: '组织领导',
  taskTitle: '召开专题会议',
  periodLabel: '2026年第一季度',
  departmentName: '局办公室',
  fileName,
  ...over,
});

describe('binder layout', () => {
  it('makes names safe for Windows, macOS and Linux', () => {
    expect(safeName('问答：是否合规?.pdf')).toBe('问答：是否合规_.pdf');
    expect(safeName('a/b\\c:d*e"f<g>h|i')).toBe('a_b_c_d_e_f_g_h_i');
    expect(safeName('报告. . ')).toBe('报告');
    expect(safeName('  ')).toBe('_');
    expect(safeName('CON.pdf')).toBe('_CON.pdf');
    expect(safeName('tab\there')).toBe('tab_here');
    const long = safeName(`${'长'.repeat(300)}.docx`);
    expect(long).toHaveLength(120);
    expect(long.endsWith('.docx')).toBe(true);
  });

  it('adds the period to the item folder unless the task has none', () => {
    expect(itemFolder('召开专题会议', '2026年第一季度')).toBe('召开专题会议（2026年第一季度）');
    expect(itemFolder('合法性审核', '本事项')).toBe('合法性审核');
    expect(itemFolder('清理文件', '一次性')).toBe('清理文件');
  });

  it('files each source under 工作要点/事项/单位 and numbers clashes within one folder (case-insensitively)', () => {
    expect(
      binderPaths([
        source('纪要.pdf'),
        source('纪要.pdf'),
        source('Photo.JPG'),
        source('photo.jpg'),
        source('纪要.pdf', { departmentName: '政策法规股' }),
        source('README'),
        source('README'),
        source('index.xlsx', { workPointName: '' }),
      ]),
    ).toEqual([
      '组织领导/召开专题会议（2026年第一季度）/局办公室/纪要.pdf',
      '组织领导/召开专题会议（2026年第一季度）/局办公室/纪要 (2).pdf',
      '组织领导/召开专题会议（2026年第一季度）/局办公室/Photo.JPG',
      '组织领导/召开专题会议（2026年第一季度）/局办公室/photo (2).jpg',
      '组织领导/召开专题会议（2026年第一季度）/政策法规股/纪要.pdf',
      '组织领导/召开专题会议（2026年第一季度）/局办公室/README',
      '组织领导/召开专题会议（2026年第一季度）/局办公室/README (2)',
      '未分类/召开专题会议（2026年第一季度）/局办公室/index.xlsx',
    ]);
  });
});
