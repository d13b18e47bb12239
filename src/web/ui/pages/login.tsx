import { useState } from 'preact/hooks';
import { api } from '../api';
import { ErrorBox, Field, Logo, useAction, usePageTitle, valueOf } from '../components';
import { saveToken } from '../session';
import type { LoginResult } from '../types';

export function LoginPage({ notice, onLoggedIn }: { notice?: string; onLoggedIn(result: LoginResult): void }) {
  usePageTitle('登录');
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, run } = useAction();

  const submit = async (e: Event) => {
    e.preventDefault();
    const result = await run(() => api.post<LoginResult>('/auth/login', { login: login.trim(), password }));
    if (result) {
      saveToken(result.token, result.expiresAt);
      onLoggedIn(result);
    }
  };

  return (
    <div class="login-screen">
      <form class="login-card" onSubmit={submit} aria-label="登录">
        <div class="login-brand">
          <Logo />
          <div>
            <h1>法治督办</h1>
            <p>法治政府建设工作清单与任务督办</p>
          </div>
        </div>
        {notice && !error && <div class="alert alert-info">{notice}</div>}
        <ErrorBox error={error} />
        <Field label="登录名">
          <input class="input" name="login" autoComplete="username" autoFocus required value={login} onInput={(e) => setLogin(valueOf(e))} />
        </Field>
        <Field label="密码">
          <input
            class="input"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onInput={(e) => setPassword(valueOf(e))}
          />
        </Field>
        <button class="btn btn-primary btn-block" type="submit" disabled={busy}>
          {busy ? '正在登录…' : '登录'}
        </button>
        <p class="login-foot">忘记密码请联系系统管理员重置。</p>
      </form>
    </div>
  );
}
