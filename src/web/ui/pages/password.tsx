import { useState } from 'preact/hooks';
import { api } from '../api';
import { Card, ErrorBox, Field, fieldErr, Logo, toast, useAction, usePageTitle, useSession, valueOf } from '../components';

const POLICY_HINT = '至少 8 位，不能是常见密码（如 12345678、woaini1314），不能与登录名相同；修改后其他设备上的登录随之失效';

/** Current password, new password twice; `onChanged` runs once the API has accepted the change. */
function PasswordForm({ currentLabel, onChanged }: { currentLabel: string; onChanged(): void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const { busy, error, setError, run } = useAction();
  const [mismatch, setMismatch] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    setMismatch(next !== again);
    if (next !== again) return;
    setError(undefined);
    const ok = await run(() => api.post('/auth/password', { currentPassword: current, newPassword: next }).then(() => true));
    if (ok) onChanged();
  };

  return (
    <form class="form" onSubmit={submit} aria-label="修改密码">
      <ErrorBox error={error} />
      <Field label={currentLabel} error={fieldErr(error, 'currentPassword')}>
        <input
          class="input"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          value={current}
          onInput={(e) => setCurrent(valueOf(e))}
        />
      </Field>
      <Field label="新密码" hint={POLICY_HINT} error={fieldErr(error, 'newPassword')}>
        <input
          class="input"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          minLength={8}
          value={next}
          onInput={(e) => setNext(valueOf(e))}
        />
      </Field>
      <Field label="再次输入新密码" error={mismatch ? '两次输入的新密码不一致' : undefined}>
        <input class="input" name="again" type="password" autoComplete="new-password" required value={again} onInput={(e) => setAgain(valueOf(e))} />
      </Field>
      <div class="form-actions">
        <button class="btn btn-primary" type="submit" disabled={busy}>
          {busy ? '正在保存…' : '修改密码'}
        </button>
      </div>
    </form>
  );
}

export function PasswordPage() {
  usePageTitle('修改密码');
  const session = useSession();
  return (
    <div class="narrow">
      <h1 class="page-title">修改密码</h1>
      <Card>
        <PasswordForm
          currentLabel="当前密码"
          onChanged={() => {
            toast('密码已修改，请用新密码重新登录');
            session.logout();
          }}
        />
      </Card>
    </div>
  );
}

/**
 * Shown instead of the application while the password is one an admin issued (the generated
 * first-admin password, or a reset): the API refuses everything else until it is replaced.
 */
export function MustChangePasswordScreen({ onChanged, onLogout }: { onChanged(): void; onLogout(): void }) {
  usePageTitle('请修改初始密码');
  return (
    <div class="login-screen">
      <div class="login-card" data-testid="must-change-password">
        <div class="login-brand">
          <Logo />
          <div>
            <h1>请先修改密码</h1>
            <p>您正在使用管理员生成或重置的临时密码，修改后才能继续使用法治督办。</p>
          </div>
        </div>
        <PasswordForm currentLabel="临时密码" onChanged={onChanged} />
        <button type="button" class="btn btn-ghost btn-block" onClick={onLogout}>
          退出登录
        </button>
      </div>
    </div>
  );
}
