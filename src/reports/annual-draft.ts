import { AlignmentType, convertMillimetersToTwip, Document, HighlightColor, LineRuleType, Packer, Paragraph, TextRun } from 'docx';

/** What the draft is written from: the figures as sentences, grouped by work point. */
export interface DraftInput {
  year: number;
  bureauName: string;
  workPoints: { name: string; sentences: string[]; missing: string[] }[];
  departments: { departmentName: string; onTime: number; late: number; overdue: number; pending: number; onTimeRate: number | null }[];
}

/** The five parts of the report required by 厅字〔2019〕28号, in order. */
export const DRAFT_HEADINGS = [
  '一、主要举措和成效',
  '二、党政主要负责人履行推进法治建设第一责任人职责情况',
  '三、存在的不足和原因',
  '四、下一年度工作打算',
  '五、其他需要报告的情况',
] as const;

/**
 * Fonts of GB/T 9704 official documents. The east-asian name is the official font; ascii/hAnsi name
 * the font found on every Chinese Windows, which Word uses for digits and Latin text and falls
 * back to when the official font is not installed.
 */
const FONTS = {
  title: { eastAsia: '方正小标宋简体', ascii: '宋体', hAnsi: '宋体' },
  body: { eastAsia: '仿宋_GB2312', ascii: '仿宋', hAnsi: '仿宋' },
  heading1: { eastAsia: '黑体', ascii: '黑体', hAnsi: '黑体' },
  heading2: { eastAsia: '楷体_GB2312', ascii: '楷体', hAnsi: '楷体' },
};
/** Sizes in half-points: 2号 = 22 pt, 3号 = 16 pt. */
const SIZE_2 = 44;
const SIZE_3 = 32;
/** Fixed line spacing of 28 pt, in twips. */
const LINE = { line: 560, lineRule: LineRuleType.EXACT };
/** Two characters of 3号 text. */
const INDENT = { firstLine: 2 * 16 * 20 };

const CHINESE_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

const run = (text: string, font: (typeof FONTS)[keyof typeof FONTS], extra: { bold?: boolean; size?: number } = {}) =>
  new TextRun({ text, font, size: extra.size ?? SIZE_3, bold: extra.bold });

/** A marked gap for the author: highlighted so that none is left in by mistake. */
const placeholder = (what: string) => new TextRun({ text: `【请填写：${what}】`, font: FONTS.body, size: SIZE_3, highlight: HighlightColor.YELLOW });

const body = (...children: TextRun[]) => new Paragraph({ children, spacing: LINE, indent: INDENT });
const heading1 = (text: string) => new Paragraph({ children: [run(text, FONTS.heading1)], spacing: LINE, indent: INDENT });
const heading2 = (n: number, text: string) =>
  new Paragraph({ children: [run(`（${CHINESE_NUMBERS[n]}）${text}`, FONTS.heading2)], spacing: LINE, indent: INDENT });

const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`);

function measures(input: DraftInput): Paragraph[] {
  const out: Paragraph[] = [heading1(DRAFT_HEADINGS[0]), body(placeholder('本年度法治政府建设总体情况概述'))];
  input.workPoints.forEach((w, i) => {
    out.push(heading2(i, w.name));
    const figures = w.sentences.length ? [run(`${w.sentences.join('，')}。`, FONTS.body)] : [];
    out.push(body(...figures, placeholder(`${w.name}方面的主要举措和成效`)));
    for (const m of w.missing) out.push(body(placeholder(`${m}（系统尚无相应台账，请人工统计）`)));
  });
  out.push(heading2(input.workPoints.length, '各股室按期完成情况'));
  input.departments.forEach((d, i) => {
    const text = `按期完成${d.onTime}项，逾期完成${d.late}项，逾期未完成${d.overdue}项，尚未到期${d.pending}项，按期完成率${percent(d.onTimeRate)}。`;
    out.push(body(run(`${i + 1}. ${d.departmentName}`, FONTS.body, { bold: true }), run(`：${text}`, FONTS.body)));
  });
  return out;
}

/** The annual report draft as .docx bytes: A4, GB/T 9704 margins and fonts, figures filled in. */
export async function buildAnnualDraft(input: DraftInput): Promise<Buffer> {
  const title = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { ...LINE, line: 700, after: 560 },
    children: [run(`${input.bureauName}${input.year}年度法治政府建设情况报告`, FONTS.title, { size: SIZE_2 })],
  });
  const rest = [
    [DRAFT_HEADINGS[1], '党政主要负责人履行推进法治建设第一责任人职责的情况（重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办）'],
    [DRAFT_HEADINGS[2], '存在的不足和原因'],
    [DRAFT_HEADINGS[3], `${input.year + 1}年度推进法治政府建设的主要安排`],
    [DRAFT_HEADINGS[4], '其他需要报告的情况；没有的写“无”'],
  ].flatMap(([heading, what]) => [heading1(heading), body(placeholder(what))]);
  const signature = [
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { ...LINE, before: 560 }, children: [run(input.bureauName, FONTS.body)] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: LINE, children: [placeholder('成文日期')] }),
  ];
  const doc = new Document({
    styles: { default: { document: { run: { font: FONTS.body, size: SIZE_3 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: {
              top: convertMillimetersToTwip(37),
              bottom: convertMillimetersToTwip(35),
              left: convertMillimetersToTwip(28),
              right: convertMillimetersToTwip(26),
            },
          },
        },
        children: [title, ...measures(input), ...rest, ...signature],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
