import type { ComponentChildren, JSX } from 'preact';
import { createContext } from 'preact';
import { useCallback, useContext, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from './api';
import { dueText, fieldLabel, STATUS_NAMES } from './format';
import type { Department, TaskStatus, TaskSummary, User } from './types';

// ---------------------------------------------------------------- session context

export interface AppSession {
  me: User;
  departments: Department[];
  bureauName: string;
  deptName(id: number | null | undefined): string;
  logout(): void;
  reloadDepartments(): Promise<void>;
}

export const SessionContext = createContext<AppSession | null>(null);

export function useSession(): AppSession {
  const s = useContext(SessionContext);
  if (!s) throw new Error('no session');
  return s;
}

export function readsWholeBureau(me: User): boolean {
  return me.role === 'admin' || me.role === 'leader';
}

// ---------------------------------------------------------------- data loading

export interface Loaded<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload(): void;
}

function asApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  return new ApiError(0, err instanceof Error ? `出错了：${err.message}` : '出错了，请刷新页面重试');
}

/** Runs `load` when `deps` change; keeps the last data while reloading (no flicker). */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: ApiError; loading: boolean }>({ loading: true });
  const [tick, setTick] = useState(0);
  const latest = useRef(0);
  useEffect(() => {
    const id = ++latest.current;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (data) => id === latest.current && setState({ data, loading: false }),
      (err: unknown) => id === latest.current && setState((s) => ({ data: s.data, error: asApiError(err), loading: false })),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}

/** A button's async action: busy flag, the error to show, and success callback. */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const run = useCallback(async <R,>(fn: () => Promise<R>): Promise<R | undefined> => {
    setBusy(true);
    setError(undefined);
    try {
      return await fn();
    } catch (err) {
      setError(asApiError(err));
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, setError, run };
}

// ---------------------------------------------------------------- small pieces

export function Loading({ text = '正在加载…' }: { text?: string }) {
  return (
    <div class="loading" role="status">
      <span class="spinner" aria-hidden="true" />
      {text}
    </div>
  );
}

export function Empty({ children }: { children: ComponentChildren }) {
  return <div class="empty">{children}</div>;
}

/** The API's own sentence, and for validation errors each field in words. */
export function ErrorBox({ error, onRetry, title }: { error: ApiError | undefined; onRetry?: () => void; title?: string }) {
  if (!error) return null;
  const validation = error.fields.length > 0;
  return (
    <div class="alert alert-danger" role="alert">
      {title && <strong class="alert-title">{title}</strong>}
      <div>{validation ? '提交的内容有误，请检查：' : error.message}</div>
      {validation && (
        <ul class="field-errors">
          {error.fields.map((f) => (
            <li key={f.field + f.message}>
              <b>{fieldLabel(f.field)}</b>：{f.message}
            </li>
          ))}
        </ul>
      )}
      {onRetry && (
        <button type="button" class="btn btn-small" onClick={onRetry}>
          重试
        </button>
      )}
    </div>
  );
}

/** Shows a loader's state: spinner, error with retry, or the content. */
export function Async<T>({ state, children }: { state: Loaded<T>; children: (data: T) => ComponentChildren }) {
  if (state.data === undefined) {
    if (state.error) return <ErrorBox error={state.error} onRetry={state.reload} />;
    return <Loading />;
  }
  return (
    <>
      {state.error && <ErrorBox error={state.error} onRetry={state.reload} />}
      {children(state.data)}
    </>
  );
}

export function Badge({ tone = 'muted', children, title }: { tone?: string; children: ComponentChildren; title?: string }) {
  return (
    <span class={`badge badge-${tone}`} title={title}>
      {children}
    </span>
  );
}

const STATUS_TONES: Record<TaskStatus, string> = { open: 'info', submitted: 'purple', returned: 'danger', done: 'ok', na: 'muted', cancelled: 'muted' };

export function StatusBadge({ status }: { status: TaskStatus }) {
  return <Badge tone={STATUS_TONES[status]}>{STATUS_NAMES[status]}</Badge>;
}

export function DueChip({ task }: { task: Pick<TaskSummary, 'dueOn' | 'daysLeft' | 'status' | 'backfill' | 'naReason'> }) {
  // Only what the department must still act on counts down: not 补录, not with 政策法规股.
  if ((task.status !== 'open' && task.status !== 'returned') || task.backfill || task.naReason !== null) return null;
  const d = dueText(task);
  return <Badge tone={d.tone}>{d.text}</Badge>;
}

export function Field({ label, hint, error, children, wide }: { label: string; hint?: string; error?: string; children: ComponentChildren; wide?: boolean }) {
  return (
    <label class={`field${wide ? ' field-wide' : ''}${error ? ' field-invalid' : ''}`}>
      <span class="field-label">{label}</span>
      {children}
      {hint && !error && <span class="field-hint">{hint}</span>}
      {error && <span class="field-error">{error}</span>}
    </label>
  );
}

/** The message of the API's validation error for one field, if any. */
export function fieldErr(error: ApiError | undefined, field: string): string | undefined {
  const hit = error?.fields.filter((f) => f.field === field || f.field.startsWith(`${field}.`));
  return hit && hit.length ? hit.map((f) => f.message).join('；') : undefined;
}

/** One label and value of a `<dl class="meta-grid">` (the grid places each pair in one cell). */
export function Fact({ label, children, mono }: { label: string; children: ComponentChildren; mono?: boolean }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd class={mono ? 'mono break-all' : undefined}>{children}</dd>
    </div>
  );
}

export function Card({
  title,
  actions,
  children,
  class: cls,
  id,
}: {
  title?: ComponentChildren;
  actions?: ComponentChildren;
  children: ComponentChildren;
  class?: string;
  id?: string;
}) {
  return (
    <section class={`card${cls ? ` ${cls}` : ''}`} id={id}>
      {(title || actions) && (
        <header class="card-head">
          {title && <h2>{title}</h2>}
          {actions && <div class="card-actions">{actions}</div>}
        </header>
      )}
      {children}
    </section>
  );
}

export function Tabs<K extends string>({ tabs, value, onChange, label }: { tabs: [K, string][]; value: K; onChange(k: K): void; label: string }) {
  return (
    <div class="tabs" role="tablist" aria-label={label}>
      {tabs.map(([k, text]) => (
        <button key={k} type="button" role="tab" aria-selected={k === value} class={`tab${k === value ? ' tab-active' : ''}`} onClick={() => onChange(k)}>
          {text}
        </button>
      ))}
    </div>
  );
}

export function Select({
  value,
  onChange,
  children,
  label,
  id,
}: {
  value: string;
  onChange(v: string): void;
  children: ComponentChildren;
  label?: string;
  id?: string;
}) {
  return (
    <select id={id} class="input" value={value} aria-label={label} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
      {children}
    </select>
  );
}

/** A list's 排序 choice: `[value, label]` pairs, the API's `sort` values ('' = the list's own order). */
export function SortSelect({ value, options, onChange }: { value: string; options: [string, string][]; onChange(v: string): void }) {
  return (
    <label class="filter">
      <span>排序</span>
      <Select value={value} onChange={onChange} label="排序方式">
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </Select>
    </label>
  );
}

/** 打印: the browser's print dialog; the print stylesheet leaves only the page's content. */
export function PrintButton() {
  return (
    <button type="button" class="btn btn-small print-button" onClick={() => window.print()} data-testid="print">
      打印
    </button>
  );
}

export type InputEvent = JSX.TargetedEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, Event>;
export const valueOf = (e: InputEvent) => e.currentTarget.value;

// ---------------------------------------------------------------- toasts

type Toast = { id: number; text: string; tone: 'ok' | 'danger' | 'info' };
let toasts: Toast[] = [];
let listeners: ((t: Toast[]) => void)[] = [];
let nextId = 1;

export function toast(text: string, tone: Toast['tone'] = 'ok'): void {
  const t = { id: nextId++, text, tone };
  toasts = [...toasts, t];
  listeners.forEach((l) => l(toasts));
  setTimeout(() => {
    toasts = toasts.filter((x) => x.id !== t.id);
    listeners.forEach((l) => l(toasts));
  }, 4500);
}

export function Toasts() {
  const [list, setList] = useState<Toast[]>(toasts);
  useEffect(() => {
    listeners.push(setList);
    return () => {
      listeners = listeners.filter((l) => l !== setList);
    };
  }, []);
  return (
    <div class="toasts" aria-live="polite">
      {list.map((t) => (
        <div key={t.id} class={`toast toast-${t.tone}`} role="status">
          {t.text}
        </div>
      ))}
    </div>
  );
}

/** Sets the document title for the page shown. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · 法治督办` : '法治督办';
  }, [title]);
}

export function Logo() {
  return (
    <svg class="logo" viewBox="0 0 64 64" aria-hidden="true">
      <rect width="64" height="64" rx="14" fill="currentColor" />
      <path d="M32 10l18 7v13c0 11-8 20-18 24-10-4-18-13-18-24V17z" fill="#fff" />
      <path d="M24 33l6 6 11-13" stroke="#c8352b" stroke-width="5" fill="none" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}
