import { renderChatDigest, renderChatEscalations, renderDigest, renderUrge, type WeeklyFigures } from '../../../src/reminders/digest-renderer';
import { digestNotifications } from '../../../src/reminders/digest-notifications';
import {
  DIGEST_MAX_ITEMS,
  type BureauEscalations,
  type DepartmentItems,
  type Digest,
  type DigestItem,
  type EscalatedItem,
  type ItemState,
  type PlannedTask,
} from '../../../src/reminders/reminder-planner';

const BASE = 'https://fazhi.example.gov.cn';

const task = (id: number, extra: Partial<PlannedTask> = {}): PlannedTask => ({
  id,
  title: `任务${id}`,
  dueOn: '2026-06-10',
  departmentId: 1,
  departmentName: '政策法规股',
  workPointName: '行政执法三项制度',
  assigneeId: null,
  ...extra,
});
const item = (id: number, state: ItemState, workingDays: number, extra: Partial<PlannedTask> = {}): DigestItem => ({
  task: task(id, extra),
  state,
  workingDays,
});
const countsOf = (items: DigestItem[]) => ({
  overdue: items.filter((i) => i.state === 'overdue').length,
  dueToday: items.filter((i) => i.state === 'dueToday').length,
  dueSoon: items.filter((i) => i.state === 'dueSoon').length,
});
/** A digest whose lists are complete (nothing cut): the counts are those of the lists. */
const digest = (d: Partial<Digest>): Digest => ({
  items: [],
  escalations: [],
  weekly: false,
  counts: countsOf(d.items ?? []),
  escalationCount: d.escalations?.length ?? 0,
  escalationsByDepartment: [],
  ...d,
});
const listOf = (items: DigestItem[]): DepartmentItems => ({ items, counts: countsOf(items) });
const escalatedOf = (items: EscalatedItem[]): BureauEscalations => ({
  items,
  counts: { bureauHead: items.filter((i) => i.level === 'bureauHead').length, supervisor: items.filter((i) => i.level === 'supervisor').length },
});

describe('subject', () => {
  it.each<[string, Partial<Digest>, string]>([
    ['three due soon', { items: [item(1, 'dueSoon', 7), item(2, 'dueSoon', 3), item(3, 'dueSoon', 1)] }, '【法治督办】3项任务即将到期'],
    ['due today counts as due soon', { items: [item(1, 'dueToday', 0)] }, '【法治督办】1项任务即将到期'],
    ['overdue and due soon', { items: [item(1, 'overdue', 4), item(2, 'overdue', 1), item(3, 'dueToday', 0)] }, '【法治督办】2项任务已逾期，1项任务即将到期'],
    ['overdue only', { items: [item(1, 'overdue', 2)] }, '【法治督办】1项任务已逾期'],
    [
      'escalations only',
      {
        escalations: [
          { ...item(1, 'overdue', 3), level: 'supervisor' },
          { ...item(2, 'overdue', 10), level: 'bureauHead' },
        ],
      },
      '【法治督办】逾期督办：2项任务',
    ],
    [
      'escalation on the summary day',
      { escalations: [{ ...item(1, 'overdue', 3), level: 'supervisor' }], weekly: true },
      '【法治督办】逾期督办：1项任务（附本周汇总）',
    ],
    ['weekly summary only', { weekly: true }, '【法治督办】本周法治工作督办汇总'],
  ])('%s', (_label, d, subject) => {
    expect(renderDigest('张三', digest(d), BASE).subject).toBe(subject);
  });
});

describe('body', () => {
  const d = digest({
    items: [
      item(11, 'overdue', 3, { title: '行政处罚决定公示', dueOn: '2026-06-05', departmentName: '政策法规股', workPointName: '行政执法三项制度' }),
      item(12, 'dueToday', 0, { title: '信访事项书面告知', dueOn: '2026-06-10', departmentName: '局办公室', workPointName: '监督与化解' }),
      item(13, 'dueSoon', 3, { title: '法治课进校园', dueOn: '2026-06-15', departmentName: '教育股', workPointName: '普法与依法治校' }),
    ],
  });
  const mail = renderDigest('王股长', d, `${BASE}/`);

  it('greets the recipient and lists each item with department, work point, due date, days and link', () => {
    expect(mail.text.split('\n')[0]).toBe('王股长：您好！');
    const lines = mail.text.split('\n').filter((l) => l.startsWith('- '));
    expect(lines).toEqual([
      `- 行政处罚决定公示｜政策法规股｜行政执法三项制度｜截止 2026-06-05｜已逾期 3 个工作日｜${BASE}/#/tasks/11`,
      `- 信访事项书面告知｜局办公室｜监督与化解｜截止 2026-06-10｜今日到期｜${BASE}/#/tasks/12`,
      `- 法治课进校园｜教育股｜普法与依法治校｜截止 2026-06-15｜还剩 3 个工作日｜${BASE}/#/tasks/13`,
    ]);
  });

  it('groups overdue first, then due today, then due soon (text and HTML)', () => {
    const order = (s: string, words: string[]) => words.map((w) => s.indexOf(w));
    const text = order(mail.text, ['【已逾期】', '【今日到期】', '【即将到期】']);
    expect(text.every((i) => i >= 0)).toBe(true);
    expect([...text].sort((a, b) => a - b)).toEqual(text);
    const html = order(mail.html, ['已逾期（1项）', '今日到期（1项）', '即将到期（1项）']);
    expect(html.every((i) => i >= 0)).toBe(true);
    expect([...html].sort((a, b) => a - b)).toEqual(html);
  });

  it('links every task in the HTML and never doubles the slash of the base URL', () => {
    for (const id of [11, 12, 13]) expect(mail.html).toContain(`<a href="${BASE}/#/tasks/${id}">`);
    expect(mail.text).not.toContain('//#');
    expect(mail.html).toContain('<td>局办公室</td><td>监督与化解</td><td>2026-06-10</td><td>今日到期</td>');
  });

  it('escapes HTML in names and titles (the text part keeps them verbatim)', () => {
    const evil = renderDigest(
      '<b>张</b>',
      digest({ items: [item(1, 'dueSoon', 1, { title: '<script>alert("x")</script> & \'y\'', departmentName: 'A&B股', workPointName: '<i>要点</i>' })] }),
      BASE,
    );
    expect(evil.html).not.toContain('<script>');
    expect(evil.html).not.toContain('<b>');
    expect(evil.html).not.toContain('<i>');
    expect(evil.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
    expect(evil.html).toContain('<td>A&amp;B股</td><td>&lt;i&gt;要点&lt;/i&gt;</td>');
    expect(evil.html).toContain('&lt;b&gt;张&lt;/b&gt;：您好！');
    expect(evil.text).toContain('<script>alert("x")</script>');
  });

  it('lists escalations under their own heading after the department’s items', () => {
    const mail2 = renderDigest(
      '李副局长',
      digest({ escalations: [{ ...item(5, 'overdue', 10, { departmentName: '安全管理股' }), level: 'bureauHead' }] }),
      BASE,
    );
    expect(mail2.text).toContain('【逾期督办（分管或主管的股室）】');
    expect(mail2.text).toContain(`- 任务5｜安全管理股｜行政执法三项制度｜截止 2026-06-10｜已逾期 10 个工作日｜${BASE}/#/tasks/5`);
  });

  it('adds the weekly figures when given, by department and by work point, with the on-time rate', () => {
    const figures: WeeklyFigures = {
      byDepartment: [{ name: '政策法规股', total: 10, done: 4, overdue: 2, completionRate: 0.4, late: 1, onTimeRate: 0.75 }],
      byWorkPoint: [{ name: '学法用法', total: 3, done: 0, overdue: 0, completionRate: 0, late: 0, onTimeRate: null }],
    };
    const w = renderDigest('王局长', digest({ weekly: true }), BASE, figures);
    expect(w.subject).toBe('【法治督办】本周法治工作督办汇总');
    expect(w.text).toContain('- 政策法规股：共 10 项，已完成 4 项（40%），按期完成率 75%（逾期完成 1 项），逾期 2 项');
    expect(w.text).toContain('- 学法用法：共 3 项，已完成 0 项（0%），按期完成率 —（逾期完成 0 项），逾期 0 项');
    expect(w.html).toContain('<td>政策法规股</td><td>10</td><td>4</td><td>40%</td><td>75%</td><td>1</td><td>2</td>');
    // Without figures the flag alone adds no table.
    expect(renderDigest('王局长', digest({ weekly: true }), BASE).text).not.toContain('本周汇总');
  });

  it('ends with the system link and the do-not-reply note', () => {
    expect(mail.text).toContain(`请登录法治督办系统办理：${BASE}/`);
    expect(mail.text.trimEnd().endsWith('（本邮件由系统自动发送，请勿直接回复）')).toBe(true);
  });
});

describe('urge (催办)', () => {
  it('names the task in the subject and carries the leader’s message, escaped in HTML', () => {
    const mail = renderUrge(
      '王股长',
      '李副局长',
      '请于本周五前完成 <尽快>',
      { id: 7, title: '信访事项书面告知', dueOn: '2026-06-10', departmentName: '局办公室' },
      BASE,
    );
    expect(mail.subject).toBe('【法治督办】催办：信访事项书面告知');
    expect(mail.text).toContain('李副局长对以下任务进行了催办：');
    expect(mail.text).toContain('信访事项书面告知｜局办公室｜截止 2026-06-10');
    expect(mail.text).toContain('催办意见：请于本周五前完成 <尽快>');
    expect(mail.text).toContain(`${BASE}/#/tasks/7`);
    expect(mail.html).toContain('<blockquote>请于本周五前完成 &lt;尽快&gt;</blockquote>');
  });

  it('a task without a due date says so', () => {
    expect(renderUrge('王', '李', '快', { id: 1, title: 'x', dueOn: null, departmentName: 'd' }, BASE).text).toContain('期限待定');
  });
});

describe('chat posts (钉钉 / 企业微信 markdown)', () => {
  it('a department digest: sections overdue first, each task a markdown link, the @ of who asked', () => {
    const post = renderChatDigest('政策法规股', listOf([item(1, 'overdue', 2), item(2, 'dueToday', 0), item(3, 'dueSoon', 3, { title: '审查[草案]' })]), BASE, [
      '13800138000',
    ]);
    expect(post.title).toBe('【法治督办】政策法规股：1项已逾期，2项即将到期');
    expect(post.markdown.split('\n\n')).toEqual([
      '### 【法治督办】政策法规股：1项已逾期，2项即将到期',
      '**已逾期（1项）**',
      `- [任务1](${BASE}/#/tasks/1)｜截止 2026-06-10｜已逾期 2 个工作日`,
      '**今日到期（1项）**',
      `- [任务2](${BASE}/#/tasks/2)｜截止 2026-06-10｜今日到期`,
      '**即将到期（1项）**',
      // Brackets in a title would end the link text early.
      `- [审查 草案 ](${BASE}/#/tasks/3)｜截止 2026-06-10｜还剩 3 个工作日`,
      '请 @13800138000 及时办理',
      `[打开法治督办系统](${BASE})`,
    ]);
  });

  it('long lists are cut to what fits WeCom’s 4096 bytes, ending with a count', () => {
    const many = Array.from({ length: 40 }, (_, i) => item(i + 1, 'overdue', 5, { title: `关于${'规范性文件合法性审核'.repeat(5)}的任务${i + 1}` }));
    const post = renderChatDigest('政策法规股', listOf(many), BASE);
    expect(Buffer.byteLength(post.markdown)).toBeLessThanOrEqual(4000);
    const listed = post.markdown.split('\n').filter((l) => l.startsWith('- ['));
    expect(listed.length).toBeGreaterThan(5);
    expect(post.markdown).toContain(`- ……另有 ${40 - listed.length} 项，请登录系统查看`);
  });

  it('escalations are grouped by the level they reached, with the department', () => {
    const post = renderChatEscalations(
      escalatedOf([
        { ...item(1, 'overdue', 12), level: 'bureauHead' },
        { ...item(2, 'overdue', 4), level: 'supervisor' },
      ]),
      BASE,
    );
    expect(post.title).toBe('【法治督办】逾期督办：2项任务');
    expect(post.markdown).toContain(`**已报局长（1项）**\n\n- [任务1](${BASE}/#/tasks/1)｜政策法规股｜截止 2026-06-10｜已逾期 12 个工作日`);
    expect(post.markdown).toContain(`**已报分管领导（1项）**\n\n- [任务2](${BASE}/#/tasks/2)｜政策法规股｜截止 2026-06-10｜已逾期 4 个工作日`);
  });
});

describe('lists cut at DIGEST_MAX_ITEMS', () => {
  const overdue = Array.from({ length: 3 }, (_, i) => item(i + 1, 'overdue', 9 - i));
  const escalations: EscalatedItem[] = [
    { ...item(7, 'overdue', 30), level: 'bureauHead' },
    { ...item(8, 'overdue', 28), level: 'bureauHead' },
  ];
  const cut = digest({
    items: overdue,
    counts: { overdue: 5003, dueToday: 0, dueSoon: 0 },
    escalations,
    escalationCount: 400_000,
    escalationsByDepartment: [
      { departmentName: '基础教育股', count: 250_000 },
      { departmentName: '第1中学', count: 149_998 },
      { departmentName: '第2小学', count: 2 },
    ],
  });

  it('the e-mail counts every item, lists the shortlist and links to the full lists for the rest', () => {
    const mail = renderDigest('局长', cut, BASE);
    expect(mail.subject).toBe('【法治督办】5003项任务已逾期');
    expect(mail.text).toContain(`- ……另有 5000 项未列出，请登录系统查看：${BASE}/#/tasks`);
    expect(mail.html).toContain(`已逾期（5003项）`);
    expect(mail.html).toContain(`另有 5000 项未列出，<a href="${BASE}/#/tasks">请登录系统查看</a>`);
    // 400,000 escalations: counts per department, then the longest overdue, then the link.
    expect(mail.text).toContain('【逾期督办（分管或主管的股室）：各单位逾期项数】\n- 基础教育股：250000 项\n- 第1中学：149998 项\n- 第2小学：2 项');
    expect(mail.text).toContain('【逾期督办（分管或主管的股室）：逾期最久的任务】\n- 任务7｜');
    expect(mail.text).toContain(`- ……另有 399998 项未列出，请登录系统查看：${BASE}/#/oversight`);
    expect(mail.text.split('\n').filter((l) => l.includes('/#/tasks/'))).toHaveLength(5);
  });

  it('a bureau of a thousand departments: the count lines are cut too', () => {
    const byDepartment = Array.from({ length: 1000 }, (_, i) => ({ departmentName: `第${i + 1}中学`, count: 1000 - i }));
    const mail = renderDigest('局长', digest({ escalations, escalationCount: 500_500, escalationsByDepartment: byDepartment }), BASE);
    expect(mail.text.split('\n').filter((l) => /^- 第\d+中学：/.test(l))).toHaveLength(DIGEST_MAX_ITEMS);
    const restCount = byDepartment.slice(DIGEST_MAX_ITEMS).reduce((n, d) => n + d.count, 0);
    expect(mail.text).toContain(`- 其余 ${1000 - DIGEST_MAX_ITEMS} 个单位：${restCount} 项`);
  });

  it('a chat post counts what its shortlist leaves out', () => {
    const post = renderChatDigest('基础教育股', { items: overdue, counts: { overdue: 5003, dueToday: 0, dueSoon: 0 } }, BASE);
    expect(post.title).toBe('【法治督办】基础教育股：5003项已逾期');
    expect(post.markdown).toContain('**已逾期（5003项）**');
    expect(post.markdown).toContain('- ……另有 5000 项，请登录系统查看');
    const bureau = renderChatEscalations({ items: escalations, counts: { bureauHead: 300_000, supervisor: 100_000 } }, BASE);
    expect(bureau.title).toBe('【法治督办】逾期督办：400000项任务');
    expect(bureau.markdown).toContain('- ……另有 299998 项，请登录系统查看');
    expect(bureau.markdown).toContain('**已报分管领导（100000项）**\n\n- ……另有 100000 项，请登录系统查看');
  });

  it('我的通知: one notice per listed task and one counting the rest, per kind', () => {
    const rows = digestNotifications(1, '2026-06-10', cut, { items: 11, escalations: 11, weekly: null });
    expect(rows.filter((r) => r.taskId !== null).map((r) => r.taskId)).toEqual([1, 2, 3, 7, 8]);
    const more = rows.filter((r) => r.taskId === null);
    expect(more.map((r) => [r.kind, r.sourceKey, r.outboxMessageId])).toEqual([
      ['reminder', 'reminder-2026-06-10-more', 11],
      ['escalation', 'escalation-2026-06-10-more', 11],
    ]);
    expect(more[0].text).toBe('今日提醒另有 5000 项任务未逐项列出（共 5003 项已逾期、0 项即将到期），请在“我的任务”中查看');
    expect(more[1].text).toBe(
      '逾期督办另有 399998 项任务未逐项列出（共 400000 项；最多的单位：基础教育股 250000 项、第1中学 149998 项、第2小学 2 项），请在督办看板中查看',
    );
    // A digest listed in full adds no counting notice.
    expect(digestNotifications(1, '2026-06-10', digest({ items: overdue }), { items: null, escalations: null, weekly: null })).toHaveLength(3);
  });
});
