import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { api, ApiError, onPasswordChangeRequired, onUnauthorized, PASSWORD_CHANGE_REQUIRED } from './api';
import { Badge, ErrorBox, Loading, readsWholeBureau, SessionContext, Logo, Toasts, useSession, type AppSession } from './components';
import { AdminPage } from './pages/admin';
import { AdviserPage } from './pages/adviser';
import { CasePage } from './pages/case';
import { CaseRegisterPage } from './pages/case-register';
import { CasesPage } from './pages/cases';
import { BindersPage } from './pages/binders';
import { LoginPage } from './pages/login';
import { NotificationsPage } from './pages/notifications';
import { OutboxPage } from './pages/outbox';
import { AnnualReportPage } from './pages/annual-report';
import { OversightPage } from './pages/oversight';
import { MustChangePasswordScreen, PasswordPage } from './pages/password';
import { RegistersPage } from './pages/registers';
import { ReviewPage } from './pages/review';
import { SearchPage } from './pages/search';
import { SettingsMePage } from './pages/settings-me';
import { TaskPage } from './pages/task';
import { TasksPage } from './pages/tasks';
import { navigate, useRoute, type Route } from './router';
import { clearToken, getToken, syncCookie } from './session';
import { useUnreadCount } from './unread';
import type { AuthOptions, Bureau, CalendarHealth, Department, DepartmentRole, Page, TaskSummary, User } from './types';

interface SessionData {
  me: User;
  departments: Department[];
  bureauName: string;
}

type State =
  | { phase: 'boot' }
  | { phase: 'anon'; notice?: string }
  | { phase: 'mustChange' }
  | { phase: 'failed'; error: ApiError }
  | { phase: 'ready'; data: SessionData };

async function loadSession(): Promise<SessionData> {
  const [me, departments, bureau] = await Promise.all([api.get<User>('/users/me'), api.get<Department[]>('/departments'), api.get<Bureau>('/bureau')]);
  return { me, departments, bureauName: bureau.name };
}

export function homeOf(me: User): string {
  if (me.role === 'leader') return '/oversight';
  if (me.role === 'admin') return '/admin';
  return '/tasks';
}

/** On every screen of a demo installation: its accounts and data are public, not for real work. */
function DemoBanner() {
  const [demo, setDemo] = useState(false);
  useEffect(() => {
    api.get<AuthOptions>('/auth/options').then(
      (o) => setDemo(o.demo),
      () => setDemo(false),
    );
  }, []);
  if (!demo) return null;
  return (
    <div class="demo-banner" role="note" data-testid="demo-banner">
      演示数据 · 本系统为演示环境，账号和密码公开，请勿录入真实工作信息
    </div>
  );
}

export function App() {
  return (
    <>
      <DemoBanner />
      <Screens />
    </>
  );
}

function Screens() {
  const route = useRoute();
  const [state, setState] = useState<State>(() => (getToken() ? { phase: 'boot' } : { phase: 'anon' }));

  const boot = useCallback(() => {
    setState({ phase: 'boot' });
    syncCookie();
    loadSession().then(
      (data) => setState({ phase: 'ready', data }),
      (err: ApiError) =>
        setState(
          err.status === 401
            ? { phase: 'anon', notice: err.message }
            : err.code === PASSWORD_CHANGE_REQUIRED
              ? { phase: 'mustChange' }
              : { phase: 'failed', error: err },
        ),
    );
  }, []);

  useEffect(() => {
    onUnauthorized((message) => {
      clearToken();
      setState({ phase: 'anon', notice: message });
    });
    onPasswordChangeRequired(() => setState({ phase: 'mustChange' }));
    if (getToken()) boot();
  }, [boot]);

  const logout = useCallback(() => {
    clearToken();
    setState({ phase: 'anon' });
    navigate('/login');
  }, []);

  if (state.phase === 'boot')
    return (
      <div class="boot">
        <Loading text="正在进入法治督办…" />
      </div>
    );
  if (state.phase === 'failed') {
    return (
      <div class="boot">
        <ErrorBox error={state.error} onRetry={boot} title="无法加载" />
      </div>
    );
  }
  if (state.phase === 'mustChange') {
    return (
      <>
        <MustChangePasswordScreen
          onChanged={() => {
            clearToken();
            setState({ phase: 'anon', notice: '密码已修改，请用新密码登录' });
          }}
          onLogout={logout}
        />
        <Toasts />
      </>
    );
  }
  if (state.phase === 'anon') {
    return (
      <>
        <LoginPage
          notice={state.notice}
          onLoggedIn={(result) => {
            if (result.mustChangePassword) return setState({ phase: 'mustChange' });
            boot();
            if (route.path === '/' || route.path === '/login') navigate(homeOf(result.user), true);
          }}
        />
        <Toasts />
      </>
    );
  }
  return <Shell data={state.data} route={route} logout={logout} />;
}

function Shell({ data, route, logout }: { data: SessionData; route: Route; logout(): void }) {
  const [departments, setDepartments] = useState(data.departments);
  useEffect(() => setDepartments(data.departments), [data.departments]);
  const session = useMemo<AppSession>(() => {
    const names = new Map(departments.map((d) => [d.id, d.name]));
    return {
      me: data.me,
      departments,
      bureauName: data.bureauName,
      deptName: (id) => (id == null ? '' : (names.get(id) ?? `单位 ${id}`)),
      logout,
      reloadDepartments: async () => setDepartments(await api.get<Department[]>('/departments')),
    };
  }, [data, departments, logout]);

  useEffect(() => {
    if (route.path === '/' || route.path === '/login') navigate(homeOf(data.me), true);
  }, [route.path, data.me]);

  return (
    <SessionContext.Provider value={session}>
      <div class="shell">
        <TopBar session={session} path={route.path} />
        <MainNav route={route} me={data.me} />
        {data.me.role === 'admin' && <CalendarHealthBanner route={route} />}
        <main class="page" id="main">
          <RouteView route={route} />
        </main>
        <footer class="footer">法治督办 · {data.bureauName}</footer>
      </div>
      <Toasts />
    </SessionContext.Provider>
  );
}

function TopBar({ session, path }: { session: AppSession; path: string }) {
  const { me } = session;
  const where = me.departmentId !== null ? session.deptName(me.departmentId) : '';
  const unread = useUnreadCount(path);
  return (
    <header class="topbar">
      <a class="brand" href="#/">
        <Logo />
        <span class="brand-text">
          <span class="brand-name">法治督办</span>
          <span class="brand-sub">{session.bureauName}</span>
        </span>
      </a>
      <HeaderSearch path={path} />
      <div class="userbox" data-testid="userbox">
        <span class="user-id">
          <span class="user-name" data-testid="user-name">
            {me.name}
          </span>
          <span class="user-meta">
            <span data-testid="user-role">{me.roleName}</span>
            {where && (
              <>
                <span class="sep">·</span>
                <span data-testid="user-dept">{where}</span>
              </>
            )}
            {me.title && me.role !== 'admin' && (
              <>
                <span class="sep">·</span>
                <span>{me.title}</span>
              </>
            )}
          </span>
        </span>
        <a
          class="btn btn-ghost btn-small bell"
          href="#/notifications"
          data-testid="unread-badge"
          data-unread={unread ?? 0}
          aria-label={unread ? `通知，${unread} 条未读` : '通知'}
        >
          通知
          {unread ? <Badge tone="danger">{unread > 99 ? '99+' : unread}</Badge> : null}
        </a>
        <a class="btn btn-ghost btn-small" href="#/settings" data-testid="my-settings">
          我的设置
        </a>
        <a class="btn btn-ghost btn-small" href="#/password">
          修改密码
        </a>
        <button type="button" class="btn btn-ghost btn-small" onClick={session.logout} data-testid="logout">
          退出
        </button>
      </div>
    </header>
  );
}

/** The search box of the header: opens the results page (`#/search?q=`). */
function HeaderSearch({ path }: { path: string }) {
  const [text, setText] = useState('');
  useEffect(() => {
    if (path !== '/search') setText('');
  }, [path]);
  const submit = (e: Event) => {
    e.preventDefault();
    const q = text.trim();
    if (q) navigate(`/search?q=${encodeURIComponent(q)}`);
  };
  return (
    <form class="topsearch" role="search" onSubmit={submit}>
      <input
        type="search"
        class="input"
        value={text}
        maxLength={100}
        placeholder="搜索任务、文号、股室…"
        aria-label="搜索任务和事项"
        data-testid="header-search"
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <button type="submit" class="btn btn-ghost btn-small">
        搜索
      </button>
    </form>
  );
}

function MainNav({ route, me }: { route: Route; me: User }) {
  const [reviewCount, setReviewCount] = useState<number | null>(null);
  useEffect(() => {
    if (me.role === 'admin') return;
    api.get<Page<TaskSummary>>('/tasks/review-queue', { pageSize: 1 }).then(
      (p) => setReviewCount(p.total),
      () => setReviewCount(null),
    );
  }, [route.path, me.role]);
  const whole = readsWholeBureau(me);
  // The annual report is also for the department playing the catalogue's `legal` role (政策法规股).
  const [readsReports, setReadsReports] = useState(false);
  useEffect(() => {
    if (whole || me.departmentId === null) return;
    api.get<DepartmentRole[]>('/department-roles').then(
      (roles) => setReadsReports(roles.some((r) => r.roleCode === 'legal' && r.departmentId === me.departmentId)),
      () => setReadsReports(false),
    );
  }, [whole, me.departmentId]);
  const items: [string, string, number | null][] = [];
  if (me.role === 'admin') items.push(['/admin', '系统管理', null]);
  if (whole) items.push(['/oversight', '督办看板', null]);
  if (whole || readsReports) items.push(['/reports', '年度报告', null]);
  items.push(['/tasks', whole ? '全部任务' : '我的任务', null]);
  items.push(me.role === 'adviser' ? ['/adviser', '法律顾问审查', null] : ['/cases', '事项', null]);
  if (me.role !== 'admin' && (me.role === 'leader' || me.role === 'adviser' || reviewCount)) items.push(['/review', '待我审核', reviewCount]);
  // Staff outside 政策法规股 are refused by the API with a clear message; advisers never bind.
  if (me.role !== 'adviser') items.push(['/registers', '台账', null]);
  if (me.role !== 'adviser') items.push(['/binders', '佐证材料汇编', null]);
  items.push(['/notifications', '我的通知', null]);
  if (me.role === 'admin') items.push(['/outbox', '发件箱', null]);
  const current = `/${route.parts[0] ?? ''}`;
  return (
    <nav class="mainnav" aria-label="主菜单">
      {items.map(([to, label, count]) => (
        <a key={to} href={`#${to}`} class={`navlink${current === to ? ' navlink-active' : ''}`} aria-current={current === to ? 'page' : undefined}>
          {label}
          {count ? <Badge tone="danger">{count}</Badge> : null}
        </a>
      ))}
    </nav>
  );
}

/**
 * Admins only: this year's holidays missing, or next year's from 11-01 (re-read on every page
 * change, so it goes away once the year is loaded).
 */
function CalendarHealthBanner({ route }: { route: Route }) {
  const [health, setHealth] = useState<CalendarHealth | null>(null);
  useEffect(() => {
    api.get<CalendarHealth>('/calendar/health').then(setHealth, () => setHealth(null));
  }, [route.path]);
  if (!health?.warning) return null;
  return (
    <div class="alert alert-warn calendar-health" role="alert" data-testid="calendar-health">
      {health.warning} <a href={`#/admin/calendar?year=${health.missingYear}`}>去载入</a>
    </div>
  );
}

function RouteView({ route }: { route: Route }) {
  const { me } = useSession();
  const [section, id] = route.parts;
  const whole = readsWholeBureau(me);
  switch (section) {
    case 'tasks':
      return id ? <TaskPage id={id} /> : <TasksPage query={route.query} />;
    case 'review':
      return <ReviewPage />;
    case 'cases':
      return id === 'new' ? <CaseRegisterPage /> : id ? <CasePage id={id} /> : <CasesPage />;
    case 'adviser':
      return me.role === 'adviser' ? <AdviserPage /> : <Forbidden />;
    case 'oversight':
      return whole ? <OversightPage query={route.query} /> : <Forbidden />;
    case 'reports':
      return <AnnualReportPage query={route.query} />;
    case 'registers':
      return me.role === 'adviser' ? <Forbidden /> : <RegistersPage route={route} />;
    case 'notifications':
      return <NotificationsPage />;
    case 'binders':
      return me.role === 'adviser' ? <Forbidden /> : <BindersPage />;
    case 'outbox':
      return me.role === 'admin' ? <OutboxPage /> : <Forbidden />;
    case 'admin':
      return me.role === 'admin' ? <AdminPage tab={id} query={route.query} /> : <Forbidden />;
    case 'search':
      return <SearchPage query={route.query} />;
    case 'password':
      return <PasswordPage />;
    case 'settings':
      return <SettingsMePage />;
    case undefined:
    case 'login':
      return <Loading />;
    default:
      return (
        <div class="notice-page">
          <h1>页面不存在</h1>
          <p>地址有误或页面已移动。</p>
          <a class="btn" href="#/">
            回到首页
          </a>
        </div>
      );
  }
}

function Forbidden() {
  return (
    <div class="notice-page">
      <h1>无权访问此页面</h1>
      <p>您的角色不能使用此功能。如需开通，请联系系统管理员。</p>
      <a class="btn" href="#/">
        回到首页
      </a>
    </div>
  );
}
