import { useEffect, useState } from 'preact/hooks';
import { api } from '../api';
import { Async, Card, ErrorBox, Field, fieldErr, toast, useAction, useLoad, usePageTitle, useSession, valueOf } from '../components';
import { dateTime } from '../format';
import type { CalendarFeedIssued, CalendarFeedStatus, NotificationPreferences } from '../types';
import { RobotsPanel } from './robots';

/** 我的设置: the user's notification preferences and calendar feed; a head also manages their department's robots. */
export function SettingsMePage() {
  usePageTitle('我的设置');
  const { me } = useSession();
  return (
    <div>
      <div class="page-head">
        <div>
          <h1 class="page-title">我的设置</h1>
          <p class="page-sub">通知方式、日历订阅{me.role === 'head' ? '和本股室的群机器人' : ''}。</p>
        </div>
      </div>
      <MyNotificationPreferences />
      <MyCalendarFeed />
      {me.role === 'head' && <RobotsPanel />}
    </div>
  );
}

const EMAIL_CHOICES: [keyof Pick<NotificationPreferences, 'digestEmail' | 'weeklyEmail' | 'urgeEmail' | 'escalationEmail'>, string][] = [
  ['digestEmail', '每日到期提醒'],
  ['weeklyEmail', '领导周报'],
  ['urgeEmail', '催办'],
  ['escalationEmail', '逾期督办'],
];

/** Which messages also come by e-mail (系统内通知 always exists), and the DingTalk @ number. */
export function MyNotificationPreferences() {
  const prefs = useLoad(() => api.get<NotificationPreferences>('/me/notification-preferences'), []);
  return <Async state={prefs}>{(p) => <PreferencesForm prefs={p} onSaved={prefs.reload} />}</Async>;
}

function PreferencesForm({ prefs, onSaved }: { prefs: NotificationPreferences; onSaved(): void }) {
  const [value, setValue] = useState(prefs);
  const [mobile, setMobile] = useState(prefs.chatMobile ?? '');
  useEffect(() => {
    setValue(prefs);
    setMobile(prefs.chatMobile ?? '');
  }, [prefs]);
  const save = useAction();

  const submit = async (e: Event) => {
    e.preventDefault();
    const body = { digestEmail: value.digestEmail, weeklyEmail: value.weeklyEmail, urgeEmail: value.urgeEmail, chatMobile: mobile.trim() || null };
    if (await save.run(() => api.put<NotificationPreferences>('/me/notification-preferences', body))) {
      toast('通知设置已保存');
      onSaved();
    }
  };

  return (
    <form onSubmit={submit}>
      <Card title="通知方式" id="notification-preferences">
        <p class="muted small">所有提醒都会出现在“我的通知”中；下面选择哪些同时发送邮件。按局里的规定，逾期督办必须发送邮件。</p>
        <fieldset class="checks" data-testid="email-preferences">
          <legend>同时发送邮件</legend>
          {EMAIL_CHOICES.map(([key, label]) => {
            const required = prefs.required.includes(key);
            return (
              <label key={key} class="check">
                <input type="checkbox" checked={value[key]} disabled={required} onChange={(e) => setValue({ ...value, [key]: e.currentTarget.checked })} />
                {label}
                {required && <span class="muted small">（必须发送）</span>}
              </label>
            );
          })}
        </fieldset>
        <Field label="钉钉群中 @ 我" error={fieldErr(save.error, 'chatMobile')} hint="填写钉钉绑定的手机号，本股室钉钉群的每日提醒会 @ 您；留空则不 @">
          <input class="input" inputMode="numeric" maxLength={11} pattern="1\d{10}" value={mobile} onInput={(e) => setMobile(valueOf(e))} />
        </Field>
        <ErrorBox error={save.error} />
        <div class="form-actions">
          <button type="submit" class="btn btn-primary" disabled={save.busy}>
            保存
          </button>
        </div>
      </Card>
    </form>
  );
}

/** How to add an ICS URL in the calendars county staff use. */
const CLIENTS: [string, string][] = [
  ['Outlook', '日历 → 添加日历 → 从 Internet 订阅，粘贴地址。'],
  ['Apple 日历（Mac / iPhone）', 'Mac：文件 → 新建日历订阅；iPhone：设置 → 日历 → 账户 → 添加账户 → 其他 → 添加已订阅的日历。'],
  ['钉钉 / 企业微信 日历', '日历 → 设置（或“+”）→ 订阅日历 → 通过链接（URL）订阅，粘贴地址。'],
];

/**
 * 日历订阅: a private ICS URL listing the department's open tasks on their due dates. The URL is
 * shown only right after it is generated (the service keeps only a hash of it).
 */
export function MyCalendarFeed() {
  const { me } = useSession();
  const status = useLoad(() => api.get<CalendarFeedStatus>('/me/calendar-feed'), []);
  const [issued, setIssued] = useState<CalendarFeedIssued | null>(null);
  const action = useAction();

  const generate = async (again: boolean) => {
    if (again && !confirm('重新生成后，旧的订阅地址立即失效，已订阅的日历需要换成新地址。继续吗？')) return;
    const result = await action.run(() => api.post<CalendarFeedIssued>('/me/calendar-feed'));
    if (result) {
      setIssued(result);
      status.reload();
    }
  };
  const revoke = async () => {
    if (!confirm('停用后订阅地址立即失效，日历中的任务不再更新。继续吗？')) return;
    if ((await action.run(() => api.delete('/me/calendar-feed').then(() => true))) === true) {
      setIssued(null);
      status.reload();
      toast('已停用日历订阅');
    }
  };
  const copy = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url);
      toast('已复制订阅地址');
    } catch {
      toast('无法自动复制，请手动选中地址复制', 'info');
    }
  };

  if (me.role === 'admin') {
    return (
      <Card title="日历订阅">
        <p class="muted">管理员不承办任务，没有任务日历。股室人员可订阅本股室的任务，局领导可订阅分管股室的任务。</p>
      </Card>
    );
  }
  const scope = me.role === 'leader' ? '您分管股室' : '本股室';
  return (
    <Card title="日历订阅" id="calendar-feed">
      <p>把{scope}未完成的任务按截止日期显示在您常用的日历里（全天事件，任务改期、办结后随之更新）。订阅地址就是凭据，请勿转发。</p>
      <ErrorBox error={action.error} />
      <Async state={status}>
        {(s) => (
          <div data-testid="calendar-feed">
            {issued ? (
              <div class="alert alert-ok" role="status">
                <div>订阅地址（只显示这一次，请现在复制）：</div>
                <div class="form-actions">
                  <input
                    class="input"
                    readOnly
                    value={issued.url}
                    aria-label="订阅地址"
                    data-testid="calendar-feed-url"
                    onFocus={(e) => e.currentTarget.select()}
                  />
                  <button type="button" class="btn btn-small" onClick={() => copy(issued.url)}>
                    复制
                  </button>
                </div>
              </div>
            ) : s.active ? (
              <p data-testid="calendar-feed-active">
                已开通（生成于 {dateTime(s.createdAt)}；{s.lastFetchedAt ? `日历最近读取于 ${dateTime(s.lastFetchedAt)}` : '日历尚未读取'}
                ）。地址只在生成时显示；找不到时请重新生成。
              </p>
            ) : (
              <p class="muted">尚未开通。</p>
            )}
            <div class="form-actions">
              {s.active ? (
                <>
                  <button type="button" class="btn" disabled={action.busy} onClick={() => generate(true)}>
                    重新生成
                  </button>
                  <button type="button" class="btn btn-ghost" disabled={action.busy} onClick={revoke}>
                    停用
                  </button>
                </>
              ) : (
                <button type="button" class="btn btn-primary" disabled={action.busy} onClick={() => generate(false)}>
                  生成订阅地址
                </button>
              )}
            </div>
          </div>
        )}
      </Async>
      <h3>如何订阅</h3>
      <dl class="howto">
        {CLIENTS.map(([client, how]) => (
          <div key={client}>
            <dt>{client}</dt>
            <dd>{how}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
