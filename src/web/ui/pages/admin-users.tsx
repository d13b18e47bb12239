import { useEffect, useState } from 'preact/hooks';
import { api } from '../api';
import { Async, Badge, Card, Empty, ErrorBox, Field, fieldErr, SortSelect, toast, useAction, useLoad, useSession, valueOf } from '../components';
import { ROLE_NAMES } from '../format';
import { ExportButton, ImportBox } from '../excel';
import type { CreatedUser, ImportedUser, Page, PasswordReset, Role, User, UserImportResult } from '../types';

const ROLES: Role[] = ['head', 'staff', 'leader', 'adviser', 'admin'];
const NEEDS_DEPARTMENT: Role[] = ['head', 'staff', 'adviser'];

const EMPTY_FORM = { login: '', name: '', email: '', role: 'staff' as Role, departmentId: '', title: '', isBureauHead: false, password: '' };

/** Accounts: create, disable/enable, reset password (the new password is shown once). */
export function UsersTab() {
  const session = useSession();
  const [dept, setDept] = useState('');
  const [role, setRole] = useState('');
  const [status, setStatus] = useState('');
  const [sort, setSort] = useState('');
  const users = useLoad(() => api.get<Page<User>>('/users', { departmentId: dept, role, status, sort, pageSize: 200 }), [dept, role, status, sort]);
  const [form, setForm] = useState(EMPTY_FORM);
  const [showCreate, setShowCreate] = useState(false);
  const [showImport, setShowImport] = useState(false);
  const [imported, setImported] = useState<ImportedUser[]>([]);
  const [secret, setSecret] = useState<{ who: string; password: string; kind: 'initial' | 'reset' } | null>(null);
  const create = useAction();
  const change = useAction();

  const submit = async (e: Event) => {
    e.preventDefault();
    const body = {
      login: form.login.trim(),
      name: form.name.trim(),
      email: form.email.trim(),
      role: form.role,
      departmentId: form.departmentId ? Number(form.departmentId) : null,
      ...(form.title.trim() ? { title: form.title.trim() } : {}),
      ...(form.role === 'leader' ? { isBureauHead: form.isBureauHead } : {}),
      ...(form.password ? { password: form.password } : {}),
    };
    const result = await create.run(() => api.post<CreatedUser>('/users', body));
    if (result) {
      toast(`已创建账号：${body.name}`);
      if (result.initialPassword) setSecret({ who: `${body.name}（${body.login}）`, password: result.initialPassword, kind: 'initial' });
      setForm(EMPTY_FORM);
      setShowCreate(false);
      users.reload();
    }
  };

  const toggle = async (u: User) => {
    if (u.active && !confirm(`停用 ${u.name} 的账号？停用后立即无法登录。`)) return;
    const ok = await change.run(() => api.patch<User>(`/users/${u.id}`, { active: !u.active }));
    if (ok) {
      toast(u.active ? `已停用：${u.name}` : `已启用：${u.name}`);
      users.reload();
    }
  };

  const reset = async (u: User) => {
    if (!confirm(`重置 ${u.name} 的密码？原密码和已登录的会话将失效。`)) return;
    const result = await change.run(() => api.post<PasswordReset>(`/users/${u.id}/reset-password`));
    if (result) setSecret({ who: `${u.name}（${u.login}）`, password: result.temporaryPassword, kind: 'reset' });
  };

  return (
    <>
      {secret && (
        <div class="alert alert-warn secret" role="alert">
          <strong class="alert-title">{secret.kind === 'initial' ? '初始密码' : '临时密码'}（只显示这一次）</strong>
          {secret.who}：
          <code class="secret-value" data-testid="one-time-password">
            {secret.password}
          </code>
          <div class="alert-foot">请当面或通过安全渠道告知本人，并提醒登录后修改密码。</div>
          <button type="button" class="btn btn-small" onClick={() => setSecret(null)}>
            我已记下
          </button>
        </div>
      )}
      <Card
        title="人员账号"
        actions={
          <>
            <ExportButton path="/users/export.xlsx" query={{ departmentId: dept, role, status, sort }} />
            <button type="button" class="btn btn-small" onClick={() => setShowImport(!showImport)}>
              {showImport ? '收起导入' : '导入'}
            </button>
            <button type="button" class="btn btn-primary btn-small" onClick={() => setShowCreate(!showCreate)}>
              {showCreate ? '收起' : '＋ 新建账号'}
            </button>
          </>
        }
      >
        {showImport && (
          <ImportBox<UserImportResult>
            path="/users/import"
            templatePath="/users/import-template.xlsx"
            what="账号"
            onDone={(r) => {
              setImported(r.users);
              users.reload();
            }}
          />
        )}
        {imported.length > 0 && (
          <div class="alert alert-warn" role="status">
            <strong class="alert-title">新账号的一次性初始密码（只显示这一次）</strong>
            <ul>
              {imported.map((u) => (
                <li key={u.userId}>
                  {u.name}（{u.login}）：<code>{u.initialPassword}</code>
                </li>
              ))}
            </ul>
            <div class="alert-foot">请当面或通过安全渠道告知本人；首次登录后必须修改密码。</div>
            <button type="button" class="btn btn-small" onClick={() => setImported([])}>
              我已记下
            </button>
          </div>
        )}
        {showCreate && (
          <form class="form form-grid create-box" onSubmit={submit} aria-label="新建账号">
            <Field label="姓名" error={fieldErr(create.error, 'name')}>
              <input class="input" required maxLength={60} value={form.name} onInput={(e) => setForm({ ...form, name: valueOf(e) })} />
            </Field>
            <Field label="登录名" hint="字母、数字、点、下划线、短横线" error={fieldErr(create.error, 'login')}>
              <input class="input" required maxLength={60} value={form.login} onInput={(e) => setForm({ ...form, login: valueOf(e) })} />
            </Field>
            <Field label="电子邮箱" hint="接收提醒和催办" error={fieldErr(create.error, 'email')}>
              <input class="input" type="email" required value={form.email} onInput={(e) => setForm({ ...form, email: valueOf(e) })} />
            </Field>
            <Field label="角色" error={fieldErr(create.error, 'role')}>
              <select class="input" value={form.role} onChange={(e) => setForm({ ...form, role: valueOf(e) as Role })}>
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {ROLE_NAMES[r]}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={NEEDS_DEPARTMENT.includes(form.role) ? '所属股室/学校（必填）' : '所属股室/学校'} error={fieldErr(create.error, 'departmentId')}>
              <select
                class="input"
                value={form.departmentId}
                required={NEEDS_DEPARTMENT.includes(form.role)}
                onChange={(e) => setForm({ ...form, departmentId: valueOf(e) })}
              >
                <option value="">（无）</option>
                {session.departments
                  .filter((d) => d.active)
                  .map((d) => (
                    <option key={d.id} value={String(d.id)}>
                      {d.name}
                    </option>
                  ))}
              </select>
            </Field>
            <Field label="职务" error={fieldErr(create.error, 'title')}>
              <input
                class="input"
                maxLength={40}
                placeholder="如：股长、副局长、校长"
                value={form.title}
                onInput={(e) => setForm({ ...form, title: valueOf(e) })}
              />
            </Field>
            <Field label="初始密码" hint="不填则自动生成并显示一次；至少 8 位" error={fieldErr(create.error, 'password')}>
              <input
                class="input"
                type="password"
                autoComplete="new-password"
                minLength={8}
                value={form.password}
                onInput={(e) => setForm({ ...form, password: valueOf(e) })}
              />
            </Field>
            {form.role === 'leader' && (
              <label class="check field-wide">
                <input type="checkbox" checked={form.isBureauHead} onChange={(e) => setForm({ ...form, isBureauHead: e.currentTarget.checked })} />
                局长（第一责任人，接收最高一级督办升级）
              </label>
            )}
            <div class="field-wide">
              <ErrorBox error={create.error} />
              <button class="btn btn-primary" type="submit" disabled={create.busy}>
                {create.busy ? '正在创建…' : '创建账号'}
              </button>
            </div>
          </form>
        )}
        <div class="filters">
          <label class="filter">
            <span>单位</span>
            <select class="input" value={dept} onChange={(e) => setDept(valueOf(e))}>
              <option value="">全部</option>
              {session.departments.map((d) => (
                <option key={d.id} value={String(d.id)}>
                  {d.name}
                </option>
              ))}
            </select>
          </label>
          <label class="filter">
            <span>角色</span>
            <select class="input" value={role} onChange={(e) => setRole(valueOf(e))}>
              <option value="">全部</option>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {ROLE_NAMES[r]}
                </option>
              ))}
            </select>
          </label>
          <label class="filter">
            <span>状态</span>
            <select class="input" value={status} onChange={(e) => setStatus(valueOf(e))}>
              <option value="">全部</option>
              <option value="active">在用</option>
              <option value="inactive">已停用</option>
            </select>
          </label>
          <SortSelect
            value={sort}
            options={[
              ['', '创建先后'],
              ['name', '姓名'],
              ['login', '登录名'],
              ['role', '角色'],
              ['-createdAt', '最近创建'],
            ]}
            onChange={setSort}
          />
        </div>
        <ErrorBox error={change.error} />
        <Async state={users}>
          {(p) =>
            p.items.length === 0 ? (
              <Empty>没有符合条件的账号</Empty>
            ) : (
              <div class="table-wrap">
                <table class="table">
                  <thead>
                    <tr>
                      <th>姓名</th>
                      <th>角色</th>
                      <th>单位 / 职务</th>
                      <th>电子邮箱</th>
                      <th>状态</th>
                      <th>操作</th>
                    </tr>
                  </thead>
                  <tbody>
                    {p.items.map((u) => (
                      <tr key={u.id} class={u.active ? '' : 'row-inactive'} data-login={u.login}>
                        <td>
                          <b>{u.name}</b> <span class="muted mono">{u.login}</span>
                        </td>
                        <td>
                          {u.roleName}
                          {u.isBureauHead && <Badge tone="purple">局长</Badge>}
                        </td>
                        <td>
                          {session.deptName(u.departmentId) || '—'}
                          {u.title && <span class="muted"> · {u.title}</span>}
                        </td>
                        <td class="break">{u.email}</td>
                        <td>{u.active ? <Badge tone="ok">启用</Badge> : <Badge tone="muted">已停用</Badge>}</td>
                        <td class="actions">
                          <button type="button" class="btn btn-small btn-ghost" disabled={change.busy || u.id === session.me.id} onClick={() => toggle(u)}>
                            {u.active ? '停用' : '启用'}
                          </button>
                          <button type="button" class="btn btn-small btn-ghost" disabled={change.busy} onClick={() => reset(u)}>
                            重置密码
                          </button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )
          }
        </Async>
      </Card>
    </>
  );
}

/** 领导分管: which departments each leader supervises (their 督办看板 shows those first). */
export function SupervisionTab() {
  const leaders = useLoad(() => api.get<Page<User>>('/users', { role: 'leader', pageSize: 200 }), []);
  return (
    <Async state={leaders}>
      {(p) =>
        p.items.length === 0 ? (
          <Empty>还没有局领导账号。请先在“人员账号”中新建角色为“局领导”的账号。</Empty>
        ) : (
          <div class="stack">
            {p.items.map((l) => (
              <LeaderSupervision key={l.id} leader={l} onSaved={leaders.reload} />
            ))}
          </div>
        )
      }
    </Async>
  );
}

function LeaderSupervision({ leader, onSaved }: { leader: User; onSaved(): void }) {
  const { departments } = useSession();
  const [chosen, setChosen] = useState(new Set(leader.supervisedDepartmentIds));
  useEffect(() => setChosen(new Set(leader.supervisedDepartmentIds)), [leader]);
  const save = useAction();
  const dirty = chosen.size !== leader.supervisedDepartmentIds.length || leader.supervisedDepartmentIds.some((id) => !chosen.has(id));
  const flip = (id: number) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChosen(next);
  };
  const submit = async () => {
    const ok = await save.run(() => api.put<User>(`/users/${leader.id}/supervised-departments`, { departmentIds: [...chosen].sort((a, b) => a - b) }));
    if (ok) {
      toast(`已保存${leader.name}的分管单位`);
      onSaved();
    }
  };
  const group = (kind: 'office' | 'school') => departments.filter((d) => d.kind === kind && (d.active || chosen.has(d.id)));
  return (
    <Card title={`${leader.name}${leader.title ? ` · ${leader.title}` : ''}`} actions={<span class="muted">分管 {chosen.size} 个单位</span>}>
      {(['office', 'school'] as const).map((kind) => (
        <fieldset key={kind} class="checks">
          <legend>{kind === 'office' ? '股室' : '学校'}</legend>
          {group(kind).map((d) => (
            <label key={d.id} class="check">
              <input type="checkbox" checked={chosen.has(d.id)} onChange={() => flip(d.id)} />
              {d.name}
            </label>
          ))}
        </fieldset>
      ))}
      <ErrorBox error={save.error} />
      <div class="form-actions">
        <button type="button" class="btn btn-primary" disabled={!dirty || save.busy} onClick={submit}>
          保存分管
        </button>
        {dirty && <span class="muted">有未保存的修改</span>}
      </div>
    </Card>
  );
}
