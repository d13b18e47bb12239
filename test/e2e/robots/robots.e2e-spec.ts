import { randomBytes } from 'node:crypto';
import { OutboxMessage } from '../../../src/mail/outbox-message.entity';
import { ChatRobot } from '../../../src/robots/chat-robot.entity';
import { DATABASES } from '../support/databases';
import { must, type TaskSummary } from '../support/engine-fixtures';
import { expectError } from '../support/expectations';
import {
  bootReminderApp,
  createReminderBureau,
  outboxRows,
  petitionTask,
  pinClock,
  PUBLIC_BASE_URL,
  queueSettled,
  reminderEnv,
  runAndEnqueue,
  type ReminderBureau,
} from '../support/reminder-fixtures';
import type { TestApp } from '../support/test-app';
import { type RobotPost, WebhookReceiver } from '../support/webhook-receiver';

/**
 * Issue 14 (points 3 and 4) — 钉钉 / 企业微信 robots through the outbox, against a local webhook
 * receiver that checks every DingTalk signature, and the users' notification preferences.
 * Wednesday 2026-06-10, 局办公室 (分管 王副局长):
 *   late10 due 05-27 — 10 working days overdue (escalated to the bureau head)
 *   late3  due 06-05 —  3 working days overdue (escalated to the supervising leader)
 *   soon1  due 06-11 —  1 working day left
 */
const DAY = '2026-06-10';
const OFFICE_TOKEN = 'office-ding-token-7f3a';
const OFFICE_SECRET = 'SECoffice0123456789abcdefSIGN';
const OFFICE_KEY = 'office-wecom-key-19c2';
const BUREAU_TOKEN = 'bureau-ding-token-55e1';
const BUREAU_SECRET = 'SECbureau0123456789abcdefSIGN';
const LEGAL_TOKEN = 'legal-ding-token-0b7d';
const LEGAL_SECRET = 'SEClegal0123456789abcdefSIGN';
const HEAD_MOBILE = '13800138000';
const CREDENTIALS = [OFFICE_TOKEN, OFFICE_SECRET, OFFICE_KEY, BUREAU_TOKEN, BUREAU_SECRET, LEGAL_TOKEN, LEGAL_SECRET];

describe.each(DATABASES)('chat robots and notification preferences (%s)', (db) => {
  let receiver: WebhookReceiver;
  let t: TestApp;
  let b: ReminderBureau;
  let s: Record<'late10' | 'late3' | 'soon1', TaskSummary>;
  const robot: Record<'office' | 'officeWecom' | 'bureau' | 'legal', number> = { office: 0, officeWecom: 0, bureau: 0, legal: 0 };

  beforeAll(async () => {
    receiver = await WebhookReceiver.start();
    for (const [token, secret] of [
      [OFFICE_TOKEN, OFFICE_SECRET],
      [BUREAU_TOKEN, BUREAU_SECRET],
      [LEGAL_TOKEN, LEGAL_SECRET],
    ]) {
      receiver.expectDingtalk(token, secret);
    }
    const env = reminderEnv(undefined, {
      ROBOT_SECRET_KEY: randomBytes(32).toString('hex'),
      ROBOT_ALLOWED_HOSTS: receiver.host,
      MAIL_SEND_ATTEMPTS: '3',
    });
    t = await bootReminderApp(DAY, { db, env });
    b = await createReminderBureau(t);
    s = {
      late10: await petitionTask(t, b, '信访〔2026〕1号', '2026-05-12', '2026-05-27'),
      late3: await petitionTask(t, b, '信访〔2026〕2号', '2026-05-21', '2026-06-05'),
      soon1: await petitionTask(t, b, '信访〔2026〕4号', '2026-05-27', '2026-06-11'),
    };
  });
  afterAll(async () => {
    await t?.close();
    await receiver?.close();
  });
  afterEach(() => expect(receiver.problems).toEqual([]));

  const link = (task: TaskSummary) => `${PUBLIC_BASE_URL}/#/tasks/${task.id}`;
  const markdownOf = (p: RobotPost) => p.body.markdown.text ?? p.body.markdown.content ?? '';
  const noCredentials = (body: unknown) => {
    const json = JSON.stringify(body);
    for (const c of CREDENTIALS) expect(json).not.toContain(c);
  };

  describe('configuration', () => {
    it('a head configures a robot of their own department; an admin any, the bureau’s included', async () => {
      const head = await b.as(b.head.office);
      const office = must(
        await head.post('/robots').send({ kind: 'dingtalk', name: '局办公室工作群', webhook: receiver.dingtalkWebhook(OFFICE_TOKEN), secret: OFFICE_SECRET }),
        201,
        'office robot',
      );
      expect(office).toEqual(
        expect.objectContaining({ kind: 'dingtalk', name: '局办公室工作群', departmentId: b.dept.office, departmentName: '局办公室', enabled: true }),
      );
      robot.office = office.id;
      robot.officeWecom = must(
        await b.admin
          .post('/robots')
          .send({ kind: 'wecom', name: '局办公室企业微信群', departmentId: b.dept.office, webhook: receiver.wecomWebhook(OFFICE_KEY) }),
        201,
        'wecom robot',
      ).id;
      const bureau = must(
        await b.admin.post('/robots').send({ kind: 'dingtalk', name: '局督办群', webhook: receiver.dingtalkWebhook(BUREAU_TOKEN), secret: BUREAU_SECRET }),
        201,
        'bureau robot',
      );
      expect(bureau).toEqual(expect.objectContaining({ departmentId: null, departmentName: null }));
      robot.bureau = bureau.id;
      robot.legal = must(
        await (
          await b.as(b.head.legal)
        )
          .post('/robots')
          .send({ kind: 'dingtalk', name: '法规股群', webhook: receiver.dingtalkWebhook(LEGAL_TOKEN), secret: LEGAL_SECRET }),
        201,
        'legal robot',
      ).id;
      expect(must(await head.get('/robots'), 200, 'head list').map((r: { id: number }) => r.id)).toEqual([robot.office, robot.officeWecom]);
      expect(must(await b.admin.get('/robots'), 200, 'admin list')).toHaveLength(4);
    });

    it('refuses what a head may not do, and webhooks that are not the vendors’ (in Chinese)', async () => {
      const head = await b.as(b.head.office);
      expectError(await head.post('/robots').send({ kind: 'wecom', name: 'x', departmentId: b.dept.legal, webhook: receiver.wecomWebhook('k1234567') }), 403);
      expectError(await head.get(`/robots/${robot.legal}`), 404);
      expectError(await head.patch(`/robots/${robot.bureau}`).send({ enabled: false }), 404);
      expectError(await (await b.as(b.staff.office)).get('/robots'), 403);
      const bad = (body: object) => b.admin.post('/robots').send({ kind: 'dingtalk', name: '群', departmentId: b.dept.safety, ...body });
      const refused = [
        expectError(await bad({ webhook: 'https://evil.example.com/robot/send?access_token=abc', secret: 'SECx' }), 400).message,
        expectError(await bad({ webhook: 'http://oapi.dingtalk.com/robot/send?access_token=abc', secret: 'SECx' }), 400).message,
        expectError(await bad({ webhook: 'https://oapi.dingtalk.com/robot/send', secret: 'SECx' }), 400).message,
        expectError(await bad({ webhook: 'not a url', secret: 'SECx' }), 400).message,
      ];
      expect(refused.slice(0, 2)).toEqual(Array(2).fill('Webhook 地址必须以 https://oapi.dingtalk.com/ 开头（钉钉机器人的地址）'));
      expect(refused[2]).toBe('Webhook 地址中缺少 access_token 参数，请复制完整的地址');
      expectError(await bad({ webhook: receiver.dingtalkWebhook('t') }), 400); // DingTalk without 加签 secret
      expect(must(await b.admin.get('/robots'), 200, 'list')).toHaveLength(4);
    });

    it('never returns a credential: list, one, create and update answers are masked; the database holds them encrypted', async () => {
      const head = await b.as(b.head.office);
      const one = must(await head.get(`/robots/${robot.office}`), 200, 'one');
      expect(one.webhook).toBe(`http://${receiver.host}/robot/send?access_token=****7f3a`);
      expect(one.secret).toBe('****SIGN');
      const updated = must(await head.patch(`/robots/${robot.office}`).send({ name: '局办公室工作群（新）', secret: OFFICE_SECRET }), 200, 'update');
      expect(updated).toEqual(expect.objectContaining({ name: '局办公室工作群（新）', secret: '****SIGN' }));
      const wecom = must(await b.admin.get(`/robots/${robot.officeWecom}`), 200, 'wecom');
      expect(wecom).toEqual(expect.objectContaining({ webhook: `http://${receiver.host}/cgi-bin/webhook/send?key=****19c2`, secret: null }));
      for (const body of [one, updated, wecom, must(await b.admin.get('/robots'), 200, 'list'), must(await head.get('/robots'), 200, 'head list')])
        noCredentials(body);
      noCredentials(await t.dataSource.getRepository(ChatRobot).find());
    });

    it('发送测试消息 posts a signed message at once; a wrong secret comes back as the vendor’s error', async () => {
      const head = await b.as(b.head.office);
      expect(must(await head.post(`/robots/${robot.office}/test`), 200, 'test')).toEqual({ ok: true, error: null });
      const [post] = receiver.accepted(OFFICE_TOKEN);
      expect(post.body.markdown.title).toBe('法治督办测试消息');
      expect(markdownOf(post)).toContain('群机器人“局办公室工作群（新）”配置正确');
      must(await head.patch(`/robots/${robot.office}`).send({ secret: 'SECwrong-secret-000000' }), 200, 'wrong secret');
      const failed = must(await head.post(`/robots/${robot.office}/test`), 200, 'test');
      expect(failed).toEqual({ ok: false, error: `钉钉机器人返回错误 310000：sign not match for ${OFFICE_TOKEN}` });
      expect(receiver.problems.splice(0)).toEqual([`sign not match for ${OFFICE_TOKEN}`]);
      must(await head.patch(`/robots/${robot.office}`).send({ secret: OFFICE_SECRET }), 200, 'right secret');
      receiver.posts.splice(0);
    });
  });

  describe('preferences', () => {
    it('default to everything by e-mail; escalation e-mail cannot be switched off (400)', async () => {
      const leader = await b.as(b.officeLeader);
      expect(must(await leader.get('/me/notification-preferences'), 200, 'prefs')).toEqual({
        digestEmail: true,
        weeklyEmail: true,
        urgeEmail: true,
        escalationEmail: true,
        chatMobile: null,
        required: ['escalationEmail'],
      });
      const refused = expectError(await leader.put('/me/notification-preferences').send({ escalationEmail: false, weeklyEmail: false }), 400);
      expect(refused.message).toBe('按局里的规定，逾期督办必须发送邮件，不能关闭');
      expect(must(await leader.get('/me/notification-preferences'), 200, 'prefs').weeklyEmail).toBe(true);
      expectError(await leader.put('/me/notification-preferences').send({ chatMobile: '12345' }), 400);
    });

    it('the office head switches the digest e-mail off and asks to be @-ed in the DingTalk group', async () => {
      const head = await b.as(b.head.office);
      const saved = must(await head.put('/me/notification-preferences').send({ digestEmail: false, chatMobile: HEAD_MOBILE }), 200, 'save');
      expect(saved).toEqual(expect.objectContaining({ digestEmail: false, urgeEmail: true, escalationEmail: true, chatMobile: HEAD_MOBILE }));
    });
  });

  describe(`the daily run of ${DAY}`, () => {
    let posts: RobotPost[];

    beforeAll(async () => {
      pinClock(t, DAY, '09:00');
      await runAndEnqueue(t);
      await queueSettled(t);
      await receiver.waitFor(() => receiver.posts.length >= 3, 15_000, 'three posts');
      await queueSettled(t);
      posts = [...receiver.posts];
    });

    it('posts the department digest once to each of its robots, and the escalations once to the bureau robot', () => {
      expect(posts.map((p) => [p.token, p.accepted]).sort()).toEqual(
        [
          [BUREAU_TOKEN, true],
          [OFFICE_KEY, true],
          [OFFICE_TOKEN, true],
        ].sort(),
      );
    });

    it('the department digest: markdown in Chinese, overdue first, each task linked; DingTalk @s who asked', () => {
      const ding = posts.find((p) => p.token === OFFICE_TOKEN)!;
      expect(ding.body.markdown.title).toBe('【法治督办】局办公室：2项已逾期，1项即将到期');
      const lines = markdownOf(ding)
        .split('\n')
        .filter((l) => l.startsWith('- '));
      expect(lines).toEqual([
        `- [${s.late10.title}](${link(s.late10)})｜截止 2026-05-27｜已逾期 10 个工作日`,
        `- [${s.late3.title}](${link(s.late3)})｜截止 2026-06-05｜已逾期 3 个工作日`,
        `- [${s.soon1.title}](${link(s.soon1)})｜截止 2026-06-11｜还剩 1 个工作日`,
      ]);
      expect(markdownOf(ding)).toContain(`请 @${HEAD_MOBILE} 及时办理`);
      expect(ding.body.at).toEqual({ atMobiles: [HEAD_MOBILE] });
      const wecom = posts.find((p) => p.token === OFFICE_KEY)!;
      expect(wecom.body).toEqual({ msgtype: 'markdown', markdown: { content: expect.stringContaining('### 【法治督办】局办公室：2项已逾期，1项即将到期') } });
      expect(markdownOf(wecom)).not.toContain('@');
    });

    it('the bureau robot hears the escalations by level', () => {
      const text = markdownOf(posts.find((p) => p.token === BUREAU_TOKEN)!);
      expect(text).toContain('**已报局长（1项）**');
      expect(text).toContain(`- [${s.late10.title}](${link(s.late10)})｜局办公室｜截止 2026-05-27｜已逾期 10 个工作日`);
      expect(text).toContain('**已报分管领导（1项）**');
    });

    it('honours the preferences: no digest e-mail for the head who switched it off; the leaders’ escalation e-mails go out', async () => {
      const keys = (await outboxRows(t)).filter((r) => r.channel === 'email').map((r) => r.idempotencyKey);
      expect(keys).not.toContain(`digest-${b.head.office.id}-${DAY}`);
      expect(keys).toEqual(expect.arrayContaining([`digest-${b.officeLeader.id}-${DAY}`, `digest-${b.bureauHead.id}-${DAY}`]));
    });

    it('records each chat message in the outbox under its own key, sent once; a second run adds nothing', async () => {
      const chat = (await outboxRows(t)).filter((r) => r.channel !== 'email');
      expect(chat.map((r) => [r.idempotencyKey, r.channel, r.status, r.attempts]).sort()).toEqual(
        [
          [`digest-dept-${b.dept.office}-${DAY}-robot-${robot.office}`, 'dingtalk', 'sent', 1],
          [`digest-dept-${b.dept.office}-${DAY}-robot-${robot.officeWecom}`, 'wecom', 'sent', 1],
          [`escalation-${DAY}-robot-${robot.bureau}`, 'dingtalk', 'sent', 1],
        ].sort(),
      );
      expect(await runAndEnqueue(t)).toEqual([]);
      await queueSettled(t);
      expect(receiver.posts).toHaveLength(3);
      const listed = must(await b.admin.get('/outbox?channel=wecom'), 200, 'outbox');
      expect(listed.items).toEqual([
        expect.objectContaining({ channel: 'wecom', robotId: robot.officeWecom, kind: 'digest', status: 'sent', recipientId: null }),
      ]);
    });
  });

  describe('催办 and delivery faults', () => {
    const urge = async (task: TaskSummary, message: string) =>
      must(await (await b.as(b.officeLeader)).post(`/tasks/${task.id}/urges`).send({ message }), 201, 'urge').id as number;
    const rowOf = async (key: string) => (await t.dataSource.getRepository(OutboxMessage).findOneBy({ idempotencyKey: key }))!;
    const urgePosts = (token: string, message: string) => receiver.posts.filter((p) => p.token === token && markdownOf(p).includes(message));

    it('an urge goes to the urged department’s robots (and e-mail to its head), not to other groups', async () => {
      const id = await urge(s.late3, '请本周五前办结');
      await receiver.waitFor(
        () => urgePosts(OFFICE_TOKEN, '请本周五前办结').length + urgePosts(OFFICE_KEY, '请本周五前办结').length >= 2,
        15_000,
        'urge posts',
      );
      await queueSettled(t);
      const [ding] = urgePosts(OFFICE_TOKEN, '请本周五前办结');
      expect(ding.body.markdown.title).toBe(`【法治督办】催办：${s.late3.title}`);
      expect(markdownOf(ding)).toContain('王副局长对局办公室的任务进行了催办：');
      expect(markdownOf(ding)).toContain(`[${s.late3.title}](${link(s.late3)})｜截止 2026-06-05`);
      expect(markdownOf(ding)).toContain('> 请本周五前办结');
      expect(urgePosts(BUREAU_TOKEN, '请本周五前办结')).toEqual([]);
      expect(urgePosts(LEGAL_TOKEN, '请本周五前办结')).toEqual([]);
      expect((await rowOf(`urge-${id}-robot-${robot.office}`)).status).toBe('sent');
      expect((await rowOf(`urge-${id}-${b.head.office.id}`)).channel).toBe('email');
    });

    it('a receiver outage (HTTP 500, then an errcode) and recovery: delivered exactly once after retries', async () => {
      receiver.failNext(OFFICE_TOKEN, '500', 'errcode');
      const id = await urge(s.late10, '第二次催办：请立即办理');
      const key = `urge-${id}-robot-${robot.office}`;
      await receiver.waitFor(() => urgePosts(OFFICE_TOKEN, '第二次催办').some((p) => p.accepted), 20_000, 'the delivery after the outage');
      await queueSettled(t);
      expect(urgePosts(OFFICE_TOKEN, '第二次催办').map((p) => p.accepted)).toEqual([false, false, true]);
      expect(await rowOf(key)).toEqual(expect.objectContaining({ status: 'sent', attempts: 3, lastError: null }));
    });

    it('an outage longer than the retry chain leaves the message failed, with the error, in the admins’ outbox; a re-send delivers it once', async () => {
      receiver.failNext(OFFICE_TOKEN, '500', '500', 'errcode');
      const id = await urge(s.soon1, '第三次催办');
      const key = `urge-${id}-robot-${robot.office}`;
      const failed = await receiver.waitFor(() => urgePosts(OFFICE_TOKEN, '第三次催办').length >= 3, 20_000, 'three failed attempts');
      expect(failed).toBe(true);
      await queueSettled(t);
      const row = await rowOf(key);
      expect(row).toEqual(expect.objectContaining({ status: 'failed', attempts: 3, lastError: '钉钉机器人返回错误 130101：send too fast' }));
      const listed = must(await b.admin.get('/outbox?channel=dingtalk&status=failed'), 200, 'failed');
      expect(listed.items).toEqual([
        expect.objectContaining({ id: row.id, lastError: '钉钉机器人返回错误 130101：send too fast', toAddress: '钉钉群机器人：局办公室工作群（新）' }),
      ]);
      noCredentials(listed);
      must(await b.admin.post(`/outbox/${row.id}/retry`), 200, 'retry');
      await receiver.waitFor(() => urgePosts(OFFICE_TOKEN, '第三次催办').some((p) => p.accepted), 15_000, 'the re-send');
      await queueSettled(t);
      expect(urgePosts(OFFICE_TOKEN, '第三次催办').filter((p) => p.accepted)).toHaveLength(1);
      expect((await rowOf(key)).status).toBe('sent');
    });

    it('a disabled robot keeps its messages unsent, never posted', async () => {
      must(await b.admin.patch(`/robots/${robot.officeWecom}`).send({ enabled: false }), 200, 'disable');
      const before = receiver.posts.filter((p) => p.token === OFFICE_KEY).length;
      const id = await urge(s.late3, '第四次催办');
      await receiver.waitFor(() => urgePosts(OFFICE_TOKEN, '第四次催办').length >= 1, 15_000, 'the DingTalk post');
      await queueSettled(t);
      expect(receiver.posts.filter((p) => p.token === OFFICE_KEY)).toHaveLength(before);
      // Disabled before the urge: the urge writes nothing for it.
      expect(await t.dataSource.getRepository(OutboxMessage).findOneBy({ idempotencyKey: `urge-${id}-robot-${robot.officeWecom}` })).toBeNull();
    });
  });
});

describe('chat robots without ROBOT_SECRET_KEY', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootReminderApp(DAY, { env: reminderEnv() });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('refuses to save a robot with a message naming the missing setting (503), and stores nothing', async () => {
    const admin = t.as(t.adminToken);
    const body = { kind: 'wecom', name: '群', webhook: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abcdef123456' };
    const refused = expectError(await admin.post('/robots').send(body), 503);
    expect(refused.message).toContain('ROBOT_SECRET_KEY');
    expect(must(await admin.get('/robots'), 200, 'list')).toEqual([]);
  });
});
