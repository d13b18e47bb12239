import { DIGEST_MAX_ITEMS, type DepartmentItems, type Digest, type DigestItem, type EscalatedItem, type BureauEscalations } from './reminder-planner';

export interface SummaryLine {
  name: string;
  total: number;
  done: number;
  overdue: number;
  completionRate: number;
  late: number;
  /** Done on time ÷ done; null before anything is done. */
  onTimeRate: number | null;
}

const percent = (rate: number | null): string => (rate === null ? '—' : `${Math.round(rate * 100)}%`);

/** The leaders' weekly figures (from the oversight summary). */
export interface WeeklyFigures {
  byDepartment: SummaryLine[];
  byWorkPoint: SummaryLine[];
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const PREFIX = '【法治督办】';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Where an item stands, in words ("已逾期 3 个工作日"). */
export function when(item: DigestItem): string {
  if (item.state === 'overdue') return `已逾期 ${item.workingDays} 个工作日`;
  if (item.state === 'dueToday') return '今日到期';
  return `还剩 ${item.workingDays} 个工作日`;
}

const SECTION_TITLES = { overdue: '已逾期', dueToday: '今日到期', dueSoon: '即将到期' } as const;

function subjectOf(digest: Digest): string {
  const overdue = digest.counts.overdue;
  const soon = digest.counts.dueToday + digest.counts.dueSoon;
  if (overdue || soon) {
    const parts = [overdue ? `${overdue}项任务已逾期` : '', soon ? `${soon}项任务即将到期` : ''].filter(Boolean);
    return PREFIX + parts.join('，');
  }
  if (digest.escalationCount) return `${PREFIX}逾期督办：${digest.escalationCount}项任务${digest.weekly ? '（附本周汇总）' : ''}`;
  return `${PREFIX}本周法治工作督办汇总`;
}

/** "另有 N 项…请登录查看" under a list cut at DIGEST_MAX_ITEMS; `where` is the page listing them all. */
export const moreText = (more: number, where: string): string => `另有 ${more} 项未列出，请登录系统查看：${where}`;

/** The pages that list everything a digest only counts: the recipient's tasks, the bureau's overdue tasks. */
export const listLinks = (baseUrl: string) => {
  const base = baseUrl.replace(/\/$/, '');
  return { tasks: `${base}/#/tasks`, overdue: `${base}/#/oversight` };
};

/**
 * One e-mail per recipient: the department's items grouped (overdue first, the longest overdue
 * first), then escalations (counted per department when there are many), then the weekly figures;
 * each item with department, work point, due date, days and a link. A section lists at most
 * DIGEST_MAX_ITEMS items and links to the full list for the rest.
 */
export function renderDigest(recipientName: string, digest: Digest, baseUrl: string, weekly?: WeeklyFigures): RenderedMail {
  const link = (id: number) => `${baseUrl.replace(/\/$/, '')}/#/tasks/${id}`;
  const lists = listLinks(baseUrl);
  const text: string[] = [`${recipientName}：您好！`, ''];
  const html: string[] = [`<p>${escapeHtml(recipientName)}：您好！</p>`];
  const more = (count: number, where: string) => {
    text.push(`- ……${moreText(count, where)}`);
    html.push(`<p>另有 ${count} 项未列出，<a href="${escapeHtml(where)}">请登录系统查看</a>。</p>`);
  };
  const table = (title: string, items: DigestItem[], total: number, where: string) => {
    text.push(`【${title}】`);
    html.push(
      `<h3>${escapeHtml(title)}（${total}项）</h3><table border="1" cellpadding="4" cellspacing="0"><tr><th>任务</th><th>承办单位</th><th>工作要点</th><th>截止日期</th><th>状态</th></tr>`,
    );
    for (const item of items) {
      const t = item.task;
      const rule = t.scheduleText ? `（${t.scheduleText}）` : '';
      text.push(`- ${t.title}｜${t.departmentName}｜${t.workPointName}｜截止 ${t.dueOn}${rule}｜${when(item)}｜${link(t.id)}`);
      html.push(
        `<tr><td><a href="${escapeHtml(link(t.id))}">${escapeHtml(t.title)}</a></td><td>${escapeHtml(t.departmentName)}</td><td>${escapeHtml(t.workPointName)}</td><td>${t.dueOn}${escapeHtml(rule)}</td><td>${escapeHtml(when(item))}</td></tr>`,
      );
    }
    html.push('</table>');
    if (total > items.length) more(total - items.length, where);
    text.push('');
  };
  for (const state of ['overdue', 'dueToday', 'dueSoon'] as const) {
    const items = digest.items.filter((i) => i.state === state);
    if (digest.counts[state]) table(SECTION_TITLES[state], items, digest.counts[state], lists.tasks);
  }
  if (digest.escalationCount) {
    const title = '逾期督办（分管或主管的股室）';
    if (digest.escalationCount > digest.escalations.length) {
      // Too many to list: counts per department first, then the longest overdue.
      const shown = digest.escalationsByDepartment.slice(0, DIGEST_MAX_ITEMS);
      const rest = digest.escalationsByDepartment.slice(DIGEST_MAX_ITEMS);
      const lines = shown.map((d) => [d.departmentName, String(d.count)]);
      if (rest.length) lines.push([`其余 ${rest.length} 个单位`, String(rest.reduce((n, d) => n + d.count, 0))]);
      text.push(`【${title}：各单位逾期项数】`, ...lines.map(([name, count]) => `- ${name}：${count} 项`), '');
      html.push(
        `<h3>${escapeHtml(title)}：各单位逾期项数</h3><table border="1" cellpadding="4" cellspacing="0"><tr><th>承办单位</th><th>逾期项数</th></tr>`,
        ...lines.map(([name, count]) => `<tr><td>${escapeHtml(name)}</td><td>${count}</td></tr>`),
        '</table>',
      );
    }
    table(digest.escalationCount > digest.escalations.length ? `${title}：逾期最久的任务` : title, digest.escalations, digest.escalationCount, lists.overdue);
  }
  if (digest.weekly && weekly) {
    const figures = (title: string, lines: SummaryLine[]) => {
      text.push(
        `【${title}】`,
        ...lines.map(
          (l) =>
            `- ${l.name}：共 ${l.total} 项，已完成 ${l.done} 项（${percent(l.completionRate)}），按期完成率 ${percent(l.onTimeRate)}（逾期完成 ${l.late} 项），逾期 ${l.overdue} 项`,
        ),
        '',
      );
      html.push(
        `<h3>${escapeHtml(title)}</h3><table border="1" cellpadding="4" cellspacing="0"><tr><th>名称</th><th>总数</th><th>已完成</th><th>完成率</th><th>按期完成率</th><th>逾期完成</th><th>逾期</th></tr>`,
        ...lines.map(
          (l) =>
            `<tr><td>${escapeHtml(l.name)}</td><td>${l.total}</td><td>${l.done}</td><td>${percent(l.completionRate)}</td><td>${percent(l.onTimeRate)}</td><td>${l.late}</td><td>${l.overdue}</td></tr>`,
        ),
        '</table>',
      );
    };
    figures('本周汇总：各股室逾期与完成情况', weekly.byDepartment);
    figures('本周汇总：各工作要点完成情况', weekly.byWorkPoint);
  }
  text.push(`请登录法治督办系统办理：${baseUrl}`, '', '（本邮件由系统自动发送，请勿直接回复）');
  html.push(`<p>请登录<a href="${escapeHtml(baseUrl)}">法治督办系统</a>办理。</p><p style="color:#888">本邮件由系统自动发送，请勿直接回复。</p>`);
  return { subject: subjectOf(digest), text: text.join('\n'), html: html.join('\n') };
}

/** To each admin, once a day, while a holiday year the service needs is not loaded. */
export function renderCalendarNotice(recipientName: string, year: number, warning: string, baseUrl: string): RenderedMail {
  const link = `${baseUrl.replace(/\/$/, '')}/#/admin/calendar?year=${year}`;
  return {
    subject: `${PREFIX}请载入${year}年法定节假日安排`,
    text: [`${recipientName}：您好！`, '', warning, '', `载入页面：${link}`, '', '（本提示每天发送一次，载入后停止）'].join('\n'),
    html: [
      `<p>${escapeHtml(recipientName)}：您好！</p>`,
      `<p>${escapeHtml(warning)}</p>`,
      `<p><a href="${escapeHtml(link)}">前往“节假日安排”载入</a></p>`,
      '<p style="color:#888">本提示每天发送一次，载入后停止。</p>',
    ].join('\n'),
  };
}

/** 催办: sent at once to the department head. */
export function renderUrge(
  recipientName: string,
  leaderName: string,
  message: string,
  task: { id: number; title: string; dueOn: string | null; departmentName: string },
  baseUrl: string,
): RenderedMail {
  const link = `${baseUrl.replace(/\/$/, '')}/#/tasks/${task.id}`;
  const due = task.dueOn ? `截止 ${task.dueOn}` : '期限待定';
  return {
    subject: `${PREFIX}催办：${task.title}`,
    text: [
      `${recipientName}：您好！`,
      '',
      `${leaderName}对以下任务进行了催办：`,
      `${task.title}｜${task.departmentName}｜${due}`,
      `催办意见：${message}`,
      '',
      `办理链接：${link}`,
    ].join('\n'),
    html: [
      `<p>${escapeHtml(recipientName)}：您好！</p>`,
      `<p>${escapeHtml(leaderName)}对以下任务进行了催办：</p>`,
      `<p><a href="${escapeHtml(link)}">${escapeHtml(task.title)}</a>（${escapeHtml(task.departmentName)}，${escapeHtml(due)}）</p>`,
      `<blockquote>${escapeHtml(message)}</blockquote>`,
    ].join('\n'),
  };
}

/** A markdown post to a chat group (钉钉 / 企业微信 robot): `title` is DingTalk's notification line. */
export interface ChatPost {
  title: string;
  markdown: string;
}

/** Items listed per post; longer lists end with a count and the link. */
const CHAT_MAX_ITEMS = 15;
/** WeCom refuses markdown over 4096 bytes (DingTalk allows more): long titles list fewer items. */
const CHAT_MAX_BYTES = 4000;

/** The post with as many items (up to CHAT_MAX_ITEMS) as fit in CHAT_MAX_BYTES. */
function fitted(render: (maxItems: number) => ChatPost): ChatPost {
  for (let max = CHAT_MAX_ITEMS; ; max -= 1) {
    const post = render(max);
    if (max <= 1 || Buffer.byteLength(post.markdown) <= CHAT_MAX_BYTES) return post;
  }
}

const taskLink = (baseUrl: string, id: number) => `${baseUrl.replace(/\/$/, '')}/#/tasks/${id}`;
/** Markdown link text: brackets would end the link early. */
const linkText = (s: string) => s.replace(/[[\]]/g, ' ');

/** `items`: the first of `total` (the rest are counted, with the link). */
function chatItems(items: DigestItem[], total: number, baseUrl: string, withDepartment: boolean, max: number): string[] {
  const lines = items
    .slice(0, max)
    .map(
      (i) =>
        `- [${linkText(i.task.title)}](${taskLink(baseUrl, i.task.id)})${withDepartment ? `｜${i.task.departmentName}` : ''}｜截止 ${i.task.dueOn}｜${when(i)}`,
    );
  const shown = Math.min(max, items.length);
  if (total > shown) lines.push(`- ……另有 ${total - shown} 项，请登录系统查看`);
  return lines;
}

const chatFooter = (baseUrl: string) => `[打开法治督办系统](${baseUrl})`;

/**
 * A department's daily post: its overdue, due-today and due-soon tasks with links; `mentions`
 * (mobile numbers, DingTalk only) are written as `@138…` so the robot notifies those people.
 */
export function renderChatDigest(departmentName: string, list: DepartmentItems, baseUrl: string, mentions: string[] = []): ChatPost {
  const { overdue } = list.counts;
  const soon = list.counts.dueToday + list.counts.dueSoon;
  const title = `${PREFIX}${departmentName}：${[overdue ? `${overdue}项已逾期` : '', soon ? `${soon}项即将到期` : ''].filter(Boolean).join('，')}`;
  return fitted((max) => {
    const body = [`### ${title}`];
    for (const state of ['overdue', 'dueToday', 'dueSoon'] as const) {
      const total = list.counts[state];
      const group = list.items.filter((i) => i.state === state);
      if (total) body.push(`**${SECTION_TITLES[state]}（${total}项）**`, chatItems(group, total, baseUrl, false, max).join('\n'));
    }
    if (mentions.length) body.push(`请 ${mentions.map((m) => `@${m}`).join(' ')} 及时办理`);
    body.push(chatFooter(baseUrl));
    return { title, markdown: body.join('\n\n') };
  });
}

/** The bureau's daily post of escalated tasks (overdue past the policy's thresholds). */
export function renderChatEscalations(escalated: BureauEscalations, baseUrl: string): ChatPost {
  const { counts } = escalated;
  const title = `${PREFIX}逾期督办：${counts.bureauHead + counts.supervisor}项任务`;
  const ofLevel = (level: EscalatedItem['level']) => escalated.items.filter((i) => i.level === level);
  return fitted((max) => {
    const body = [`### ${title}`];
    if (counts.bureauHead)
      body.push(`**已报局长（${counts.bureauHead}项）**`, chatItems(ofLevel('bureauHead'), counts.bureauHead, baseUrl, true, max).join('\n'));
    if (counts.supervisor)
      body.push(`**已报分管领导（${counts.supervisor}项）**`, chatItems(ofLevel('supervisor'), counts.supervisor, baseUrl, true, max).join('\n'));
    body.push(chatFooter(baseUrl));
    return { title, markdown: body.join('\n\n') };
  });
}

/** 催办 to the urged department's group. */
export function renderChatUrge(
  leaderName: string,
  message: string,
  task: { id: number; title: string; dueOn: string | null; departmentName: string },
  baseUrl: string,
): ChatPost {
  const title = `${PREFIX}催办：${task.title}`;
  const quoted = message
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n');
  return {
    title,
    markdown: [
      `### ${PREFIX}催办`,
      `${leaderName}对${task.departmentName}的任务进行了催办：`,
      `[${linkText(task.title)}](${taskLink(baseUrl, task.id)})｜${task.dueOn ? `截止 ${task.dueOn}` : '期限待定'}`,
      quoted,
      chatFooter(baseUrl),
    ].join('\n\n'),
  };
}
