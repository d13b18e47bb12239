import { useState } from 'preact/hooks';
import { api } from '../api';
import { Async, Badge, Card, Empty, ErrorBox, Field, fieldErr, Select, toast, useAction, useLoad, useSession, valueOf } from '../components';
import { dateTime } from '../format';
import type { Robot, RobotTest } from '../types';

const KIND_NAMES: Record<Robot['kind'], string> = { dingtalk: '钉钉', wecom: '企业微信' };

/**
 * 消息推送: the 钉钉 / 企业微信 group robots that receive the daily digests, urges and (the
 * bureau's) escalations. Admins manage every robot; a head their department's (the API scopes).
 */
export function RobotsPanel() {
  const { me, deptName } = useSession();
  const robots = useLoad(() => api.get<Robot[]>('/robots'), []);
  const act = useAction();

  const test = async (r: Robot) => {
    const result = await act.run(() => api.post<RobotTest>(`/robots/${r.id}/test`));
    if (result) toast(result.ok ? `测试消息已发送到“${r.name}”` : `发送失败：${result.error}`, result.ok ? 'ok' : 'danger');
  };
  const toggle = async (r: Robot) => {
    if (await act.run(() => api.patch<Robot>(`/robots/${r.id}`, { enabled: !r.enabled }))) robots.reload();
  };
  const remove = async (r: Robot) => {
    if (!confirm(`删除群机器人“${r.name}”？`)) return;
    if (await act.run(() => api.delete(`/robots/${r.id}`).then(() => true))) robots.reload();
  };

  return (
    <>
      <Card title="群机器人（钉钉、企业微信）">
        <p class="muted small">
          股室的机器人每个工作日收到本股室的到期和逾期任务汇总，以及对本股室的催办；全局机器人收到逾期督办。密钥加密保存，保存后只显示末四位。
        </p>
        <ErrorBox error={act.error} />
        <Async state={robots}>
          {(list) =>
            list.length ? (
              <div class="table-wrap">
                <table class="table" data-testid="robots">
                  <thead>
                    <tr>
                      <th>名称</th>
                      <th>类型</th>
                      <th>所属</th>
                      <th>Webhook</th>
                      <th>加签密钥</th>
                      <th>修改时间</th>
                      <th />
                    </tr>
                  </thead>
                  <tbody>
                    {list.map((r) => (
                      <tr key={r.id} data-robot-id={r.id}>
                        <td>
                          {r.name} {!r.enabled && <Badge tone="warn">已停用</Badge>}
                        </td>
                        <td>{KIND_NAMES[r.kind]}</td>
                        <td>{r.departmentName ?? '全局（逾期督办）'}</td>
                        <td class="mono small">{r.webhook}</td>
                        <td class="mono small">{r.secret ?? '—'}</td>
                        <td class="muted">{dateTime(r.updatedAt)}</td>
                        <td class="row-actions">
                          <button type="button" class="btn btn-small" disabled={act.busy} onClick={() => test(r)}>
                            发送测试消息
                          </button>
                          <button type="button" class="btn btn-ghost btn-small" disabled={act.busy} onClick={() => toggle(r)}>
                            {r.enabled ? '停用' : '启用'}
                          </button>
                          <button type="button" class="btn btn-ghost btn-small" disabled={act.busy} onClick={() => remove(r)}>
                            删除
                          </button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <Empty>还没有配置群机器人。</Empty>
            )
          }
        </Async>
      </Card>
      <NewRobotForm admin={me.role === 'admin'} ownDepartment={me.role === 'admin' ? null : me.departmentId} deptLabel={deptName} onSaved={robots.reload} />
    </>
  );
}

function NewRobotForm({
  admin,
  ownDepartment,
  deptLabel,
  onSaved,
}: {
  admin: boolean;
  ownDepartment: number | null;
  deptLabel(id: number | null): string;
  onSaved(): void;
}) {
  const { departments } = useSession();
  const [kind, setKind] = useState<Robot['kind']>('dingtalk');
  const [name, setName] = useState('');
  const [webhook, setWebhook] = useState('');
  const [secret, setSecret] = useState('');
  const [department, setDepartment] = useState(ownDepartment === null ? '' : String(ownDepartment));
  const save = useAction();

  const submit = async (e: Event) => {
    e.preventDefault();
    const body = {
      kind,
      name: name.trim(),
      webhook: webhook.trim(),
      departmentId: department ? Number(department) : null,
      ...(kind === 'dingtalk' ? { secret: secret.trim() } : {}),
    };
    if (await save.run(() => api.post<Robot>('/robots', body))) {
      toast('群机器人已保存，可发送测试消息确认');
      setName('');
      setWebhook('');
      setSecret('');
      onSaved();
    }
  };

  return (
    <form onSubmit={submit}>
      <Card title="新增群机器人">
        <div class="form-grid">
          <Field label="类型">
            <Select value={kind} onChange={(v) => setKind(v as Robot['kind'])} label="机器人类型">
              <option value="dingtalk">钉钉自定义机器人</option>
              <option value="wecom">企业微信群机器人</option>
            </Select>
          </Field>
          <Field label="名称" error={fieldErr(save.error, 'name')}>
            <input class="input" required maxLength={60} value={name} placeholder="如：局办公室工作群" onInput={(e) => setName(valueOf(e))} />
          </Field>
          <Field label="所属">
            {admin ? (
              <Select value={department} onChange={setDepartment} label="所属股室">
                <option value="">全局（接收逾期督办）</option>
                {departments.map((d) => (
                  <option key={d.id} value={String(d.id)}>
                    {d.name}
                  </option>
                ))}
              </Select>
            ) : (
              <span>{deptLabel(ownDepartment)}</span>
            )}
          </Field>
          <Field
            label="Webhook 地址"
            wide
            error={fieldErr(save.error, 'webhook')}
            hint={
              kind === 'dingtalk'
                ? '钉钉群 → 群设置 → 机器人 → 添加“自定义”机器人，安全设置选“加签”，复制 Webhook（https://oapi.dingtalk.com/robot/send?access_token=…）'
                : '企业微信群 → 添加群机器人，复制 Webhook 地址（…/cgi-bin/webhook/send?key=…）或其中的 key'
            }
          >
            <input class="input" required maxLength={500} value={webhook} onInput={(e) => setWebhook(valueOf(e))} />
          </Field>
          {kind === 'dingtalk' && (
            <Field label="加签密钥" wide error={fieldErr(save.error, 'secret')} hint="添加机器人时“加签”下显示的 SEC 开头的密钥">
              <input class="input" required maxLength={200} autocomplete="off" value={secret} onInput={(e) => setSecret(valueOf(e))} />
            </Field>
          )}
        </div>
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
