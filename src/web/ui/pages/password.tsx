import { useState } from 'preact/hooks';
import { api } from '../api';
import { Card, ErrorBox, Field, fieldErr, toast, useAction, usePageTitle, useSession, valueOf } from '../components';

export function PasswordPage() {
  usePageTitle('修改密码');
  const session = useSession();
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
    if (ok) {
      toast('密码已修改，请用新密码重新登录');
      session.logout();
    }
  };

  return (
    <div class="narrow">
      <h1 class="page-title">修改密码</h1>
      <Card>
        <form class="form" onSubmit={submit}>
          <ErrorBox error={error} />
          <Field label="当前密码" error={fieldErr(error, 'currentPassword')}>
            <input class="input" type="password" autoComplete="current-password" required value={current} onInput={(e) => setCurrent(valueOf(e))} />
          </Field>
          <Field label="新密码" hint="至少 8 位；修改后其他设备上的登录随之失效" error={fieldErr(error, 'newPassword')}>
            <input class="input" type="password" autoComplete="new-password" required minLength={8} value={next} onInput={(e) => setNext(valueOf(e))} />
          </Field>
          <Field label="再次输入新密码" error={mismatch ? '两次输入的新密码不一致' : undefined}>
            <input class="input" type="password" autoComplete="new-password" required value={again} onInput={(e) => setAgain(valueOf(e))} />
          </Field>
          <div class="form-actions">
            <button class="btn btn-primary" type="submit" disabled={busy}>
              {busy ? '正在保存…' : '修改密码'}
            </button>
          </div>
        </form>
      </Card>
    </div>
  );
}
