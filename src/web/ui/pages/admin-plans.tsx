import { useEffect, useState } from 'preact/hooks';
import { api, ApiError } from '../api';
import { Async, Badge, Card, Empty, ErrorBox, Field, fieldErr, toast, useAction, useLoad, valueOf } from '../components';
import { dateTime } from '../format';
import { navigate } from '../router';
import { StartOnField } from '../task-states';
import type { CalendarYear, Page, Plan, PlanResult } from '../types';

/** 年度计划: generate a year's plan; a year without holiday data is refused (422) with a way out. */
export function PlansTab({ onCalendar }: { onCalendar(year: number): void }) {
  const plans = useLoad(() => api.get<Page<Plan>>('/plans', { pageSize: 200 }), []);
  const years = useLoad(() => api.get<CalendarYear[]>('/calendar/years'), []);
  const [year, setYear] = useState(() => new URLSearchParams(location.hash.split('?')[1] ?? '').get('year') ?? '');
  const [startOn, setStartOn] = useState('');
  const [done, setDone] = useState<PlanResult | null>(null);
  const create = useAction();

  const annual = (plans.data?.items ?? []).filter((p) => p.kind === 'annual');
  const events = (plans.data?.items ?? []).filter((p) => p.kind === 'event');
  useEffect(() => {
    if (year || !plans.data) return;
    const latest = Math.max(new Date().getFullYear() - 1, ...annual.map((p) => p.year));
    setYear(String(latest + 1));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [plans.data]);

  const submit = async (e: Event) => {
    e.preventDefault();
    setDone(null);
    const result = await create.run(() => api.post<PlanResult>('/plans/annual', { year: Number(year), ...(startOn ? { startOn } : {}) }));
    if (result) {
      setDone(result);
      toast(`已生成${result.plan.year}年度计划`);
      plans.reload();
    }
  };

  const loadedYears = new Set((years.data ?? []).map((y) => y.year));
  const missingCalendar = create.error?.status === 422 && !loadedYears.has(Number(year));

  return (
    <>
      <Card title="生成年度计划">
        <p class="muted small">
          按工作要点目录为某一年度生成法治政府建设工作计划，并向各股室、学校下发任务。同一年度只能生成一次，且须已载入该年的法定节假日安排。
        </p>
        <form class="form form-row" onSubmit={submit} aria-label="生成年度计划">
          <Field label="计划年度" error={fieldErr(create.error, 'year')}>
            <input class="input input-num" type="number" min={2000} max={2100} required value={year} onInput={(e) => setYear(valueOf(e))} />
          </Field>
          <StartOnField year={year} value={startOn} onChange={setStartOn} error={fieldErr(create.error, 'startOn')} />
          <button class="btn btn-primary" type="submit" disabled={create.busy || !year}>
            {create.busy ? '正在生成…' : '生成计划'}
          </button>
        </form>
        {missingCalendar ? (
          <div class="alert alert-warn" role="alert" data-testid="calendar-missing">
            <strong class="alert-title">无法生成{year}年度计划</strong>
            <div>{create.error!.message}</div>
            <div class="form-actions">
              <button type="button" class="btn btn-primary" onClick={() => onCalendar(Number(year))}>
                去载入{year}年节假日安排
              </button>
            </div>
          </div>
        ) : (
          <ErrorBox error={create.error} />
        )}
        {done && (
          <div class="alert alert-ok">
            已生成“{done.plan.title}”，共下发 {done.tasksCreated} 项任务。
            <a href={`#/tasks?plan=${done.plan.id}`}>查看任务</a>
          </div>
        )}
      </Card>
      <Card title="已有计划">
        <Async state={plans}>
          {() =>
            annual.length + events.length === 0 ? (
              <Empty>还没有计划</Empty>
            ) : (
              <div class="table-wrap">
                <table class="table">
                  <thead>
                    <tr>
                      <th>计划</th>
                      <th>类型</th>
                      <th>年度</th>
                      <th>生成时间</th>
                    </tr>
                  </thead>
                  <tbody>
                    {[...annual, ...events].map((p) => (
                      <tr key={p.id}>
                        <td>
                          <a href={`#/tasks?plan=${p.id}`}>{p.title}</a>
                          {p.reference && <span class="muted"> {p.reference}</span>}
                        </td>
                        <td>{p.kind === 'annual' ? <Badge tone="info">年度计划</Badge> : <Badge tone="muted">逐件事项</Badge>}</td>
                        <td>{p.year}</td>
                        <td>{dateTime(p.createdAt)}</td>
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

function example(year: number): string {
  return JSON.stringify(
    {
      year,
      daysOff: [`${year}-01-01`, `${year}-01-02`, `${year}-01-03`],
      makeUpWorkdays: [`${year}-01-04`],
      holidays: [
        { date: `${year}-01-01`, name: '元旦' },
        { date: `${year}-01-02`, name: '元旦' },
        { date: `${year}-01-03`, name: '元旦' },
      ],
    },
    null,
    2,
  );
}

/** 节假日安排: the loaded years, and loading a year as JSON typed in or imported from a file. */
export function CalendarTab({ initialYear, fromPlans }: { initialYear: string; fromPlans: boolean }) {
  const years = useLoad(() => api.get<CalendarYear[]>('/calendar/years'), []);
  const [year, setYear] = useState(initialYear);
  const [json, setJson] = useState('');
  const [loaded, setLoaded] = useState<number | null>(null);
  const save = useAction();

  useEffect(() => {
    if (year || !years.data) return;
    setYear(String(Math.max(new Date().getFullYear(), ...years.data.map((y) => y.year + 1))));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [years.data]);

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const text = await file.text();
    setJson(text);
    try {
      const parsed = JSON.parse(text) as { year?: unknown };
      if (typeof parsed.year === 'number') setYear(String(parsed.year));
    } catch {
      /* shown when submitted */
    }
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    setLoaded(null);
    let body: Record<string, unknown>;
    try {
      const parsed: unknown = JSON.parse(json);
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('内容必须是一个 JSON 对象（以 { 开头）');
      body = parsed as Record<string, unknown>;
    } catch (err) {
      save.setError(new ApiError(400, `JSON 格式有误：${(err as Error).message}。请检查括号、引号和逗号。`));
      return;
    }
    if (body.year === undefined) body = { year: Number(year), ...body };
    if (body.makeUpWorkdays === undefined) body = { ...body, makeUpWorkdays: [] };
    const ok = await save.run(() => api.put<CalendarYear>(`/calendar/years/${Number(year)}`, body));
    if (ok) {
      toast(`已载入${ok.year}年节假日安排`);
      setLoaded(ok.year);
      years.reload();
    }
  };

  return (
    <>
      <Card title="载入某年的放假和调休安排">
        <p class="muted small">
          国务院办公厅每年 11 月前后公布下一年的放假安排。载入后才能按工作日计算该年的期限、生成该年的计划。内容为 JSON：
          <code>year</code> 年份，<code>daysOff</code> 全部放假日期（含落在周末的），<code>makeUpWorkdays</code> 调休上班日期，<code>holidays</code>{' '}
          节日名称（可选）。
        </p>
        <form class="form" onSubmit={submit} aria-label="载入节假日安排">
          <div class="form-row">
            <Field label="年份" error={fieldErr(save.error, 'year')}>
              <input class="input input-num" type="number" min={2000} max={2100} required value={year} onInput={(e) => setYear(valueOf(e))} />
            </Field>
            <label class="btn">
              从文件导入…
              <input
                class="visually-hidden"
                type="file"
                accept=".json,application/json,text/plain"
                data-testid="calendar-file"
                onChange={(e) => void importFile(e.currentTarget.files?.[0])}
              />
            </label>
            <button type="button" class="btn btn-ghost" onClick={() => setJson(example(Number(year) || new Date().getFullYear() + 1))}>
              填入格式示例
            </button>
          </div>
          <Field label="放假安排（JSON）" wide error={fieldErr(save.error, 'daysOff') ?? fieldErr(save.error, 'makeUpWorkdays')}>
            <textarea
              class="input mono"
              rows={12}
              spellcheck={false}
              required
              value={json}
              onInput={(e) => setJson(valueOf(e))}
              placeholder='{"year": 2027, "daysOff": ["2027-01-01", …], "makeUpWorkdays": […]}'
            />
          </Field>
          <ErrorBox error={save.error} />
          <div class="form-actions">
            <button class="btn btn-primary" type="submit" disabled={save.busy || !json.trim()}>
              {save.busy ? '正在载入…' : '载入'}
            </button>
          </div>
        </form>
        {loaded !== null && (
          <div class="alert alert-ok">
            已载入{loaded}年节假日安排。
            {fromPlans && (
              <button type="button" class="btn btn-small btn-primary" onClick={() => navigate(`/admin/plans?year=${loaded}`)}>
                返回生成{loaded}年度计划
              </button>
            )}
          </div>
        )}
      </Card>
      <Card title="已载入的年份">
        <Async state={years}>
          {(list) => (
            <div class="table-wrap">
              <table class="table">
                <thead>
                  <tr>
                    <th>年份</th>
                    <th>来源</th>
                    <th class="num">放假天数</th>
                    <th class="num">调休上班</th>
                    <th>载入时间</th>
                  </tr>
                </thead>
                <tbody>
                  {[...list]
                    .sort((a, b) => b.year - a.year)
                    .map((y) => (
                      <tr key={y.year}>
                        <td>{y.year}</td>
                        <td>{y.source === 'builtin' ? '内置' : '管理员载入'}</td>
                        <td class="num">{y.daysOff.length}</td>
                        <td class="num">{y.makeUpWorkdays.length}</td>
                        <td>{dateTime(y.loadedAt)}</td>
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
