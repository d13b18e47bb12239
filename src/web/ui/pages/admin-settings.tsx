import { useEffect, useState } from 'preact/hooks';
import { api } from '../api';
import { Async, Card, Empty, ErrorBox, Field, fieldErr, toast, useAction, useLoad, valueOf } from '../components';
import { dateTime } from '../format';
import type { Bureau, Queued, ReminderPolicy, ReminderRun } from '../types';

/** 单位设置: the bureau's name and its local numbers (filing window, study counts …). */
export function BureauTab() {
  const bureau = useLoad(() => api.get<Bureau>('/bureau'), []);
  return <Async state={bureau}>{(b) => <BureauForm bureau={b} onSaved={bureau.reload} />}</Async>;
}

function BureauForm({ bureau, onSaved }: { bureau: Bureau; onSaved(): void }) {
  const [name, setName] = useState(bureau.name);
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(bureau.settings.map((s) => [s.key, String(s.value)])));
  useEffect(() => {
    setName(bureau.name);
    setValues(Object.fromEntries(bureau.settings.map((s) => [s.key, String(s.value)])));
  }, [bureau]);
  const save = useAction();

  const submit = async (e: Event) => {
    e.preventDefault();
    const settings: Record<string, number> = {};
    for (const s of bureau.settings) if (values[s.key] !== String(s.value)) settings[s.key] = Number(values[s.key]);
    const body = { ...(name.trim() !== bureau.name ? { name: name.trim() } : {}), ...(Object.keys(settings).length ? { settings } : {}) };
    if (!Object.keys(body).length) {
      toast('没有修改', 'info');
      return;
    }
    const ok = await save.run(() => api.patch<Bureau>('/bureau', body));
    if (ok) {
      toast('单位设置已保存；只影响之后生成的计划');
      onSaved();
    }
  };

  return (
    <form onSubmit={submit}>
      <Card title="单位名称">
        <Field label="单位名称" error={fieldErr(save.error, 'name')}>
          <input class="input" required maxLength={100} value={name} onInput={(e) => setName(valueOf(e))} />
        </Field>
      </Card>
      <Card title="本地化参数">
        <p class="muted small">各地规定不同的期限和数量。修改只影响之后生成的计划和事项，已下发的任务不变。</p>
        <div class="table-wrap">
          <table class="table">
            <thead>
              <tr>
                <th>参数</th>
                <th>取值</th>
                <th>默认</th>
              </tr>
            </thead>
            <tbody>
              {bureau.settings.map((s) => (
                <tr key={s.key}>
                  <td>{s.label}</td>
                  <td>
                    <span class="input-unit">
                      <input
                        class="input input-num"
                        type="number"
                        min={0}
                        step={1}
                        required
                        aria-label={s.label}
                        value={values[s.key]}
                        onInput={(e) => setValues({ ...values, [s.key]: valueOf(e) })}
                      />
                      {s.unit}
                    </span>
                  </td>
                  <td class="muted">
                    {s.defaultValue} {s.unit}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <ErrorBox error={save.error} />
        <div class="form-actions">
          <button type="submit" class="btn btn-primary" disabled={save.busy}>
            保存设置
          </button>
        </div>
      </Card>
    </form>
  );
}

const WEEKDAYS = ['', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'];

/** 提醒规则: when reminders go out (working days), escalation, daily time; recent runs. */
export function RemindersTab() {
  const policy = useLoad(() => api.get<ReminderPolicy>('/reminder-policy'), []);
  const runs = useLoad(() => api.get<ReminderRun[]>('/reminder-runs'), []);
  const runNow = useAction();
  const start = async () => {
    const ok = await runNow.run(() => api.post<Queued>('/reminder-runs'));
    if (ok) {
      toast(ok.queued ? '已开始执行今天的提醒；同一天重复执行不会重复发送' : '今天的提醒已在执行中', 'info');
      setTimeout(runs.reload, 1500);
    }
  };
  return (
    <>
      <Async state={policy}>{(p) => <PolicyForm policy={p} onSaved={policy.reload} />}</Async>
      <Card
        title="最近的提醒运行"
        actions={
          <button type="button" class="btn btn-small" disabled={runNow.busy} onClick={start}>
            立即执行今天的提醒
          </button>
        }
      >
        <ErrorBox error={runNow.error} />
        <Async state={runs}>
          {(list) =>
            list.length === 0 ? (
              <Empty>还没有运行记录</Empty>
            ) : (
              <div class="table-wrap">
                <table class="table">
                  <thead>
                    <tr>
                      <th>日期</th>
                      <th>开始</th>
                      <th>结束</th>
                      <th class="num">邮件数</th>
                      <th class="num">跳过的任务</th>
                      <th>原因</th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.map((r) => (
                      <tr key={r.runDate}>
                        <td>{r.runDate}</td>
                        <td>{dateTime(r.startedAt)}</td>
                        <td>{r.finishedAt ? dateTime(r.finishedAt) : r.skipReason ? '未完成' : '进行中'}</td>
                        <td class="num">{r.messages}</td>
                        <td class="num" title="截止日期所在年份尚未载入节假日安排">
                          {r.skippedTasks}
                        </td>
                        <td data-testid="run-reason">{r.skipReason ?? ''}</td>
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

function PolicyForm({ policy, onSaved }: { policy: ReminderPolicy; onSaved(): void }) {
  const [f, setF] = useState({ ...policy, daysBeforeText: policy.daysBefore.join('、') });
  useEffect(() => setF({ ...policy, daysBeforeText: policy.daysBefore.join('、') }), [policy]);
  const save = useAction();
  const submit = async (e: Event) => {
    e.preventDefault();
    const daysBefore = f.daysBeforeText
      .split(/[,，、\s]+/)
      .filter(Boolean)
      .map(Number);
    const body = {
      enabled: f.enabled,
      daysBefore,
      onDueDate: f.onDueDate,
      overdueDaily: f.overdueDaily,
      escalateToSupervisorAfter: Number(f.escalateToSupervisorAfter),
      escalateToBureauHeadAfter: Number(f.escalateToBureauHeadAfter),
      weeklySummaryWeekday: Number(f.weeklySummaryWeekday),
      runAt: f.runAt,
    };
    const ok = await save.run(() => api.put<ReminderPolicy>('/reminder-policy', body));
    if (ok) {
      toast('提醒规则已保存');
      onSaved();
    }
  };
  return (
    <Card title="提醒规则">
      <form class="form form-grid" onSubmit={submit}>
        <label class="check field-wide">
          <input type="checkbox" checked={f.enabled} onChange={(e) => setF({ ...f, enabled: e.currentTarget.checked })} />
          发送到期提醒和督办邮件
        </label>
        <Field label="到期前第几个工作日提醒" hint="多个用顿号或逗号分隔，如 7、3、1" error={fieldErr(save.error, 'daysBefore')}>
          <input class="input" value={f.daysBeforeText} onInput={(e) => setF({ ...f, daysBeforeText: valueOf(e) })} />
        </Field>
        <Field label="每日发送时间（北京时间）" error={fieldErr(save.error, 'runAt')}>
          <input class="input" type="time" required value={f.runAt} onInput={(e) => setF({ ...f, runAt: valueOf(e) })} />
        </Field>
        <Field label="逾期满几个工作日报分管领导" error={fieldErr(save.error, 'escalateToSupervisorAfter')}>
          <input
            class="input"
            type="number"
            min={1}
            max={60}
            required
            value={f.escalateToSupervisorAfter}
            onInput={(e) => setF({ ...f, escalateToSupervisorAfter: Number(valueOf(e)) })}
          />
        </Field>
        <Field label="逾期满几个工作日报局长" error={fieldErr(save.error, 'escalateToBureauHeadAfter')}>
          <input
            class="input"
            type="number"
            min={1}
            max={120}
            required
            value={f.escalateToBureauHeadAfter}
            onInput={(e) => setF({ ...f, escalateToBureauHeadAfter: Number(valueOf(e)) })}
          />
        </Field>
        <Field label="领导周汇总发送日" hint="遇节假日顺延到下一个工作日">
          <select class="input" value={String(f.weeklySummaryWeekday)} onChange={(e) => setF({ ...f, weeklySummaryWeekday: Number(valueOf(e)) })}>
            {WEEKDAYS.slice(1).map((w, i) => (
              <option key={w} value={String(i + 1)}>
                {w}
              </option>
            ))}
          </select>
        </Field>
        <div class="field-wide checks-inline">
          <label class="check">
            <input type="checkbox" checked={f.onDueDate} onChange={(e) => setF({ ...f, onDueDate: e.currentTarget.checked })} />
            到期当日提醒
          </label>
          <label class="check">
            <input type="checkbox" checked={f.overdueDaily} onChange={(e) => setF({ ...f, overdueDaily: e.currentTarget.checked })} />
            逾期后每个工作日提醒股室负责人
          </label>
        </div>
        <div class="field-wide">
          <ErrorBox error={save.error} />
          <div class="form-actions">
            <button type="submit" class="btn btn-primary" disabled={save.busy}>
              保存提醒规则
            </button>
            {policy.updatedAt && <span class="muted">上次修改 {dateTime(policy.updatedAt)}</span>}
          </div>
        </div>
      </form>
    </Card>
  );
}
