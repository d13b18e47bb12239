import { useState } from 'preact/hooks';
import { api } from '../api';
import { Async, Badge, Card, Empty, useLoad, usePageTitle } from '../components';
import { date } from '../format';
import type { Page, Plan, PlanState } from '../types';

export const PLAN_STATES: Record<PlanState, [string, string]> = {
  active: ['进行中', 'info'],
  cancelled: ['已撤销', 'muted'],
  done: ['已完成', 'ok'],
};

export function PlanStateBadge({ state }: { state: PlanState }) {
  const [text, tone] = PLAN_STATES[state];
  return <Badge tone={tone}>{text}</Badge>;
}

/** 事项登记 / 我的事项: the cases the caller can see, with a search box and the 登记事项 button. */
export function CasesPage() {
  usePageTitle('事项');
  const [q, setQ] = useState('');
  const [text, setText] = useState('');
  const list = useLoad(() => api.get<Page<Plan>>('/plans', { kind: 'event', q: q || undefined, pageSize: 100, sort: '-createdAt' }), [q]);
  return (
    <>
      <div class="page-head">
        <h1>事项登记</h1>
        <a class="btn btn-primary" href="#/cases/new" data-testid="register-case">
          登记事项
        </a>
      </div>
      <form
        class="filters"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setQ(text.trim());
        }}
      >
        <input
          class="input"
          type="search"
          value={text}
          maxLength={100}
          placeholder="名称或文号、案号"
          aria-label="搜索事项"
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <button type="submit" class="btn btn-small">
          搜索
        </button>
      </form>
      <Card>
        <Async state={list}>
          {(page) =>
            page.items.length ? (
              <table class="table" data-testid="case-list">
                <thead>
                  <tr>
                    <th>文号 / 案号</th>
                    <th>名称</th>
                    <th>状态</th>
                    <th>登记日期</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((p) => (
                    <tr key={p.id}>
                      <td>{p.reference}</td>
                      <td>
                        <a href={`#/cases/${p.id}`}>{p.title}</a>
                      </td>
                      <td>
                        <PlanStateBadge state={p.state} />
                      </td>
                      <td>{date(p.createdAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <Empty>{q ? '没有符合条件的事项' : '还没有登记事项'}</Empty>
            )
          }
        </Async>
        <p class="muted small">共 {list.data?.total ?? 0} 件</p>
      </Card>
    </>
  );
}
