import { useState } from 'preact/hooks';
import { api } from '../api';
import { Async, Badge, Card, ErrorBox, Field, fieldErr, toast, useAction, useLoad, usePageTitle, useSession, valueOf } from '../components';
import { navigate } from '../router';
import { ExportButton, ImportBox } from '../excel';
import type { Department, DepartmentImportResult, DepartmentRole } from '../types';
import { BureauTab, RemindersTab } from './admin-settings';
import { CalendarTab, PlansTab } from './admin-plans';
import { SupervisionTab, UsersTab } from './admin-users';
import { RobotsPanel } from './robots';

const TABS: [string, string][] = [
  ['departments', '股室和学校'],
  ['users', '人员账号'],
  ['supervision', '领导分管'],
  ['bureau', '单位设置'],
  ['reminders', '提醒规则'],
  ['robots', '消息推送'],
  ['plans', '年度计划'],
  ['calendar', '节假日安排'],
];

/** 系统管理 (admins): organisation, people, settings, plans and the holiday calendar. */
export function AdminPage({ tab = 'departments', query }: { tab?: string; query: URLSearchParams }) {
  const current = TABS.some(([k]) => k === tab) ? tab : 'departments';
  usePageTitle(`系统管理 · ${TABS.find(([k]) => k === current)![1]}`);
  return (
    <div>
      <div class="page-head">
        <div>
          <h1 class="page-title">系统管理</h1>
          <p class="page-sub">
            组织机构、账号、单位参数、提醒规则、年度计划和节假日安排。
            <a href="/admin/queues" target="_blank" rel="noopener">
              任务队列面板 ↗
            </a>
          </p>
        </div>
      </div>
      <nav class="tabs tabs-scroll" aria-label="管理项目">
        {TABS.map(([k, label]) => (
          <a key={k} href={`#/admin/${k}`} class={`tab${k === current ? ' tab-active' : ''}`} aria-current={k === current ? 'page' : undefined}>
            {label}
          </a>
        ))}
      </nav>
      {current === 'departments' && <DepartmentsTab />}
      {current === 'users' && <UsersTab />}
      {current === 'supervision' && <SupervisionTab />}
      {current === 'bureau' && <BureauTab />}
      {current === 'reminders' && <RemindersTab />}
      {current === 'robots' && <RobotsPanel />}
      {current === 'plans' && <PlansTab onCalendar={(year) => navigate(`/admin/calendar?year=${year}&from=plans`)} />}
      {current === 'calendar' && <CalendarTab initialYear={query.get('year') ?? ''} fromPlans={query.get('from') === 'plans'} />}
    </div>
  );
}

const ROLE_LABELS: Record<string, string> = {
  office: '办公室职责',
  legal: '政策法规（法治工作牵头、合法性审核）',
  safety: '安全管理',
  education: '教育教学',
  personnel: '人事',
  finance: '计划财务',
  private: '民办教育',
  approval: '行政审批',
  supervision: '教育督导',
  research: '教研',
  petition: '信访',
  party: '党建',
};

function DepartmentsTab() {
  const [showImport, setShowImport] = useState(false);
  const session = useSession();
  const roles = useLoad(() => api.get<DepartmentRole[]>('/department-roles'), []);
  const [form, setForm] = useState({ code: '', name: '', kind: 'office' as 'office' | 'school' });
  const create = useAction();
  const change = useAction();
  const [editing, setEditing] = useState<{ id: number; name: string } | null>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    const ok = await create.run(() => api.post<Department>('/departments', { code: form.code.trim(), name: form.name.trim(), kind: form.kind }));
    if (ok) {
      toast(`已新增：${ok.name}`);
      setForm({ code: '', name: '', kind: form.kind });
      await session.reloadDepartments();
    }
  };
  const patch = async (d: Department, body: Partial<Department>, message: string) => {
    const ok = await change.run(() => api.patch<Department>(`/departments/${d.id}`, body));
    if (ok) {
      toast(message);
      setEditing(null);
      await session.reloadDepartments();
    }
  };
  const assign = async (code: string, departmentId: string) => {
    const ok = await change.run(() =>
      departmentId
        ? api.put(`/department-roles/${code}`, { departmentId: Number(departmentId) }).then(() => true)
        : api.delete(`/department-roles/${code}`).then(() => true),
    );
    if (ok) {
      toast('职责分工已保存');
      roles.reload();
    }
  };

  return (
    <>
      <Card
        title={`股室和学校（${session.departments.length}）`}
        actions={
          <>
            <ExportButton path="/departments/export.xlsx" />
            <button type="button" class="btn btn-small" onClick={() => setShowImport(!showImport)}>
              {showImport ? '收起导入' : '导入'}
            </button>
          </>
        }
      >
        {showImport && (
          <ImportBox<DepartmentImportResult>
            path="/departments/import"
            templatePath="/departments/import-template.xlsx"
            what="股室或学校"
            onDone={() => void session.reloadDepartments()}
          />
        )}
        <ErrorBox error={change.error} />
        <div class="table-wrap">
          <table class="table">
            <thead>
              <tr>
                <th>名称</th>
                <th>编码</th>
                <th>类型</th>
                <th>状态</th>
                <th>操作</th>
              </tr>
            </thead>
            <tbody>
              {session.departments.map((d) => (
                <tr key={d.id} class={d.active ? '' : 'row-inactive'}>
                  <td>
                    {editing?.id === d.id ? (
                      <form
                        class="inline-form"
                        onSubmit={(e) => {
                          e.preventDefault();
                          void patch(d, { name: editing.name.trim() }, '名称已修改');
                        }}
                      >
                        <input class="input input-small" value={editing.name} aria-label="新名称" onInput={(e) => setEditing({ id: d.id, name: valueOf(e) })} />
                        <button class="btn btn-small btn-primary" type="submit">
                          保存
                        </button>
                        <button class="btn btn-small btn-ghost" type="button" onClick={() => setEditing(null)}>
                          取消
                        </button>
                      </form>
                    ) : (
                      d.name
                    )}
                  </td>
                  <td class="mono">{d.code}</td>
                  <td>{d.kind === 'school' ? '学校' : '股室'}</td>
                  <td>{d.active ? <Badge tone="ok">启用</Badge> : <Badge tone="muted">已停用</Badge>}</td>
                  <td class="actions">
                    <button type="button" class="btn btn-small btn-ghost" onClick={() => setEditing({ id: d.id, name: d.name })}>
                      改名
                    </button>
                    <button
                      type="button"
                      class="btn btn-small btn-ghost"
                      disabled={change.busy}
                      onClick={() => patch(d, { active: !d.active }, d.active ? `已停用：${d.name}` : `已启用：${d.name}`)}
                    >
                      {d.active ? '停用' : '启用'}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>

      <Card title="新增股室或学校">
        <form class="form form-grid" onSubmit={submit}>
          <Field label="名称" error={fieldErr(create.error, 'name')}>
            <input
              class="input"
              required
              maxLength={100}
              placeholder="如：安全管理股、县第三中学"
              value={form.name}
              onInput={(e) => setForm({ ...form, name: valueOf(e) })}
            />
          </Field>
          <Field label="编码" hint="字母、数字、短横线，如 school-dsz" error={fieldErr(create.error, 'code')}>
            <input class="input" required maxLength={40} value={form.code} onInput={(e) => setForm({ ...form, code: valueOf(e) })} />
          </Field>
          <Field label="类型">
            <select class="input" value={form.kind} onChange={(e) => setForm({ ...form, kind: valueOf(e) as 'office' | 'school' })}>
              <option value="office">股室</option>
              <option value="school">学校</option>
            </select>
          </Field>
          <div class="field-wide">
            <ErrorBox error={create.error} />
            <button class="btn btn-primary" type="submit" disabled={create.busy}>
              新增
            </button>
          </div>
        </form>
      </Card>

      <Card title="职责分工">
        <p class="muted small">清单中的每项职责由哪个股室承担；生成计划时按此分配任务。</p>
        <Async state={roles}>
          {(list) => (
            <div class="table-wrap">
              <table class="table">
                <thead>
                  <tr>
                    <th>职责</th>
                    <th>承担股室</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((r) => (
                    <tr key={r.roleCode}>
                      <td>
                        {ROLE_LABELS[r.roleCode] ?? r.roleCode} <span class="muted mono">{r.roleCode}</span>
                      </td>
                      <td>
                        <select
                          class="input input-small"
                          value={String(r.departmentId)}
                          aria-label={`${r.roleCode} 承担股室`}
                          onChange={(e) => assign(r.roleCode, valueOf(e))}
                        >
                          {session.departments
                            .filter((d) => d.kind === 'office')
                            .map((d) => (
                              <option key={d.id} value={String(d.id)}>
                                {d.name}
                              </option>
                            ))}
                        </select>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Async>
      </Card>
    </>
  );
}
