import { useEffect, useState } from 'preact/hooks';
import { api } from '../api';
import { Async, Card, ErrorBox, Field, fieldErr, toast, useAction, useLoad, usePageTitle, useSession, valueOf } from '../components';
import type { NotificationPreferences } from '../types';
import { RobotsPanel } from './robots';

/** 我的设置: the user's notification preferences; a head also manages their department's robots. */
export function SettingsMePage() {
  usePageTitle('我的设置');
  const { me } = useSession();
  return (
    <div>
      <div class="page-head">
        <div>
          <h1 class="page-title">我的设置</h1>
          <p class="page-sub">通知方式{me.role === 'head' ? '和本股室的群机器人' : ''}。</p>
        </div>
      </div>
      <MyNotificationPreferences />
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
