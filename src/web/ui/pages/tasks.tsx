import { useEffect, useRef, useState } from 'preact/hooks';
import { api, ApiError, type Query } from '../api';
import { Empty, ErrorBox, Loading, PrintButton, readsWholeBureau, Select, useLoad, usePageTitle, useSession } from '../components';
import { ExportButton } from '../excel';
import { STATUS_NAMES } from '../format';
import { navigate } from '../router';
import { TaskRow } from '../tasklist';
import { YearSelect, yearFilter } from '../year-filter';
import type { Page, Plan, TaskCounts, TaskSummary, TaskView, WorkPoint } from '../types';

type GroupView = Exclude<TaskView, 'all'>;

const GROUPS: { view: GroupView; title: string; tone: string; pageSize: number }[] = [
  { view: 'overdue', title: '逾期', tone: 'danger', pageSize: 50 },
  { view: 'dueSoon', title: '即将到期（5 个工作日内）', tone: 'warn', pageSize: 50 },
  { view: 'open', title: '其他未完成', tone: 'info', pageSize: 20 },
  { view: 'done', title: '已完成', tone: 'ok', pageSize: 10 },
  { view: 'na', title: '不适用', tone: 'muted', pageSize: 10 },
];

function emptyText(view: GroupView, scope: 'mine' | 'all' | 'filtered'): string {
  const who = scope === 'mine' ? '本部门' : '';
  if (scope === 'filtered') {
    return {
      overdue: '没有符合筛选条件的逾期任务',
      dueSoon: '没有符合筛选条件的即将到期任务',
      open: '没有符合筛选条件的其他未完成任务',
      done: '没有符合筛选条件的已完成任务',
      na: '没有符合筛选条件的不适用任务',
    }[view];
  }
  return {
    overdue: `${who}暂无逾期任务`,
    dueSoon: `${who}近 5 个工作日内没有到期的任务`,
    open: `${who}没有其他未完成的任务`,
    done: `${who}还没有已完成的任务`,
    na: `${who}没有不适用的任务`,
  }[view];
}

/** Sort choices of the task lists ('' keeps each group's own order: by deadline, done by completion). */
const TASK_SORTS: [string, string][] = [
  ['', '按分组默认'],
  ['dueOn', '截止日期（早→晚）'],
  ['-dueOn', '截止日期（晚→早）'],
  ['title', '名称'],
  ['department', '股室/学校'],
  ['workPoint', '工作要点'],
  ['-updatedAt', '最近更新'],
];

const planName = (p: Plan | undefined) => (!p ? '' : p.kind === 'annual' ? p.title : `${p.reference ? `${p.reference} ` : ''}${p.title}`);

/** 我的任务 (or, for leaders and admins, 全部任务): grouped overdue / due soon / open / done. */
export function TasksPage({ query }: { query: URLSearchParams }) {
  const { me, departments, deptName } = useSession();
  const whole = readsWholeBureau(me);
  const wp = query.get('wp') ?? '';
  const plan = query.get('plan') ?? '';
  const dept = whole ? (query.get('dept') ?? '') : '';
  const [text, status, sort] = [query.get('q') ?? '', query.get('status') ?? '', query.get('sort') ?? ''];
  // One case's tasks are shown whatever its year; otherwise the current year unless chosen.
  const year = plan ? '' : yearFilter(query.get('year'));
  const filters: Query = { workPointId: wp, planId: plan, departmentId: dept, q: text, status, sort, year };
  const key = `${wp}|${plan}|${dept}|${text}|${status}|${sort}|${year}`;
  const [version, setVersion] = useState(0);
  const refresh = () => setVersion((v) => v + 1);

  const title = whole ? (dept ? `${deptName(Number(dept))}的任务` : '全部任务') : '我的任务';
  usePageTitle(title);
  const workPoints = useLoad(() => api.get<WorkPoint[]>('/work-points'), []);
  const plans = useLoad(() => api.get<Page<Plan>>('/plans', { pageSize: 200 }), []);
  const counts = useLoad(() => api.get<TaskCounts>('/tasks/counts', filters), [key, version]);

  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(query);
    if (value) next.set(name, value);
    else next.delete(name);
    const qs = next.toString();
    navigate(`/tasks${qs ? `?${qs}` : ''}`, true);
  };
  const scope = wp || plan || text || status ? 'filtered' : whole && !dept ? 'all' : 'mine';
  const sortedWorkPoints = [...(workPoints.data ?? [])].sort((a, b) => a.section.localeCompare(b.section, 'en', { numeric: true }));
  const groupRefs = useRef<Record<string, HTMLElement | null>>({});

  return (
    <div>
      <div class="page-head">
        <div>
          <h1 class="page-title">{title}</h1>
          {!whole && <p class="page-sub">{deptName(me.departmentId) || '未分配单位'}</p>}
          {plan && <p class="page-sub">{planName(plans.data?.items.find((p) => String(p.id) === plan))}</p>}
        </div>
        <ExportButton path="/tasks/export.xlsx" query={filters} />
        {plan && <PrintButton />}
      </div>

      <div class="filters" role="search" aria-label="筛选任务">
        {whole && (
          <label class="filter">
            <span>股室/学校</span>
            <Select value={dept} onChange={(v) => setFilter('dept', v)} label="按股室或学校筛选">
              <option value="">全部单位</option>
              {departments.map((d) => (
                <option key={d.id} value={String(d.id)}>
                  {d.name}
                </option>
              ))}
            </Select>
          </label>
        )}
        <label class="filter">
          <span>工作要点</span>
          <Select value={wp} onChange={(v) => setFilter('wp', v)} label="按工作要点筛选">
            <option value="">全部工作要点</option>
            {sortedWorkPoints.map((w) => (
              <option key={w.id} value={String(w.id)}>
                {w.name}
              </option>
            ))}
          </Select>
        </label>
        <label class="filter">
          <span>计划</span>
          <Select value={plan} onChange={(v) => setFilter('plan', v)} label="按计划筛选">
            <option value="">全部计划</option>
            {(plans.data?.items ?? []).map((p) => (
              <option key={p.id} value={String(p.id)}>
                {planName(p)}
              </option>
            ))}
          </Select>
        </label>
        {!plan && <YearSelect value={year} years={[...new Set((plans.data?.items ?? []).map((p) => p.year))]} onChange={(v) => setFilter('year', v)} />}
        <label class="filter">
          <span>名称包含</span>
          <input
            type="search"
            class="input"
            value={text}
            maxLength={100}
            aria-label="按名称、文号、股室或工作要点筛选"
            data-testid="tasks-q"
            onChange={(e) => setFilter('q', e.currentTarget.value.trim())}
          />
        </label>
        <label class="filter">
          <span>状态</span>
          <Select value={status} onChange={(v) => setFilter('status', v)} label="按状态筛选">
            <option value="">全部状态</option>
            {Object.entries(STATUS_NAMES).map(([value, name]) => (
              <option key={value} value={value}>
                {name}
              </option>
            ))}
          </Select>
        </label>
        <label class="filter">
          <span>排序</span>
          <Select value={sort} onChange={(v) => setFilter('sort', v)} label="排序方式">
            {TASK_SORTS.map(([value, name]) => (
              <option key={value} value={value}>
                {name}
              </option>
            ))}
          </Select>
        </label>
        {(wp || plan || dept || text || status || sort) && (
          <button type="button" class="btn btn-ghost btn-small" onClick={() => navigate('/tasks', true)}>
            清除筛选
          </button>
        )}
      </div>

      <div class="stat-tiles">
        {GROUPS.map((g) => (
          <button
            key={g.view}
            type="button"
            class={`stat stat-${g.tone}`}
            onClick={() => groupRefs.current[g.view]?.scrollIntoView({ behavior: 'smooth', block: 'start' })}
          >
            <span class="stat-value" data-testid={`count-${g.view}`}>
              {counts.data ? counts.data[g.view] : '…'}
            </span>
            <span class="stat-label">{g.title.replace(/（.*）/, '')}</span>
          </button>
        ))}
      </div>
      <ErrorBox error={counts.error} onRetry={counts.reload} />

      {GROUPS.map((g) => (
        <section
          key={g.view}
          class={`group group-${g.tone}`}
          ref={(el) => {
            groupRefs.current[g.view] = el;
          }}
          data-group={g.view}
          aria-label={g.title}
        >
          <h2 class="group-title">
            <span class="dot" aria-hidden="true" />
            {g.title}
            {counts.data && <span class="group-count">{counts.data[g.view]}</span>}
          </h2>
          <TaskGroup
            view={g.view}
            filters={filters}
            filterKey={`${key}|${version}`}
            pageSize={g.pageSize}
            empty={emptyText(g.view, scope)}
            showDept={whole && !dept}
            canUrge={me.role === 'leader'}
            onChanged={refresh}
          />
        </section>
      ))}
    </div>
  );
}

function TaskGroup(props: {
  view: GroupView;
  filters: Query;
  filterKey: string;
  pageSize: number;
  empty: string;
  showDept: boolean;
  canUrge: boolean;
  onChanged(): void;
}) {
  const { view, filters, filterKey, pageSize } = props;
  const [items, setItems] = useState<TaskSummary[] | null>(null);
  const [total, setTotal] = useState(0);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | undefined>();
  const [loading, setLoading] = useState(false);
  const [retry, setRetry] = useState(0);

  useEffect(() => {
    let live = true;
    setLoading(true);
    setError(undefined);
    api.get<Page<TaskSummary>>('/tasks', { ...filters, view, pageSize }).then(
      (p) => {
        if (!live) return;
        setItems(p.items);
        setTotal(p.total ?? p.items.length);
        setNext(p.nextCursor);
        setLoading(false);
      },
      (err: ApiError) => {
        if (!live) return;
        setError(err);
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [filterKey, view, retry]);

  const more = async () => {
    setLoading(true);
    try {
      const p = await api.get<Page<TaskSummary>>('/tasks', { ...filters, view, cursor: next, pageSize });
      setItems((prev) => [...(prev ?? []), ...p.items]);
      setNext(p.nextCursor);
    } catch (err) {
      setError(err as ApiError);
    } finally {
      setLoading(false);
    }
  };

  if (items === null) return error ? <ErrorBox error={error} onRetry={() => setRetry((r) => r + 1)} /> : <Loading />;
  if (!items.length) return <Empty>{props.empty}</Empty>;
  return (
    <>
      <ul class="task-list">
        {items.map((t) => (
          <TaskRow
            key={t.id}
            t={t}
            showDept={props.showDept}
            canUrge={props.canUrge && (view === 'overdue' || view === 'dueSoon')}
            onChanged={props.onChanged}
          />
        ))}
      </ul>
      <ErrorBox error={error} />
      {next && (
        <button type="button" class="btn btn-ghost btn-more" onClick={more} disabled={loading}>
          {loading ? '正在加载…' : `显示更多（还有 ${total - items.length} 项）`}
        </button>
      )}
    </>
  );
}
