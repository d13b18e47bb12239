import { useState } from 'preact/hooks';
import { api } from '../../api';
import type { components } from '../../api-types';
import { Async, Badge, Card, Empty, ErrorBox, Field, fieldErr, Select, Tabs, toast, useAction, useLoad, usePageTitle, valueOf } from '../../components';
import { ExportButton, ImportBox } from '../../excel';
import { useCursorPaging } from '../../pager';
import { navigate } from '../../router';
import type { Page } from '../../types';
import { DrawPage } from './inspection-draw-page';
import { DrawsTab } from './inspection-draws';
import { ConflictsTab } from './inspection-conflicts';
import { PlanTab } from './inspection-plan';
import { CATEGORIES, RISKS, useMayEdit } from './inspection-shared';
import { ActiveToggle, TargetForm } from './inspection-target-form';
import { ListFooter } from './list-footer';

type Schemas = components['schemas'];
type Target = Schemas['TargetView'];
type Item = Schemas['ItemView'];

type Tab = 'targets' | 'items' | 'conflicts' | 'draws' | 'plan';
const TABS: [Tab, string][] = [
  ['targets', '检查对象'],
  ['items', '抽查事项'],
  ['conflicts', '检查人员/回避'],
  ['draws', '抽查记录'],
  ['plan', '年度计划/覆盖'],
];

/** `#/registers/inspections[?tab=…]` and `#/registers/inspections/draws/<id>`. */
export function InspectionsRegister({ rest, query }: { rest: string[]; query: URLSearchParams }) {
  usePageTitle('双随机一公开');
  if (rest[0] === 'draws' && rest[1]) return <DrawPage id={Number(rest[1])} />;
  const tab = (TABS.find(([k]) => k === query.get('tab'))?.[0] ?? 'targets') as Tab;
  return (
    <>
      <div class="page-head">
        <h1>双随机一公开</h1>
      </div>
      <Tabs tabs={TABS} value={tab} onChange={(k) => navigate(`/registers/inspections?tab=${k}`)} label="双随机一公开" />
      {tab === 'targets' && <TargetsTab />}
      {tab === 'items' && <ItemsTab />}
      {tab === 'conflicts' && <ConflictsTab />}
      {tab === 'draws' && <DrawsTab />}
      {tab === 'plan' && <PlanTab />}
    </>
  );
}

function TargetsTab() {
  const mayEdit = useMayEdit();
  const [text, setText] = useState('');
  const [filter, setFilter] = useState({ q: '', category: '', riskLevel: '' });
  const query = { q: filter.q || undefined, category: filter.category || undefined, riskLevel: filter.riskLevel || undefined };
  const paging = useCursorPaging(JSON.stringify(filter));
  const list = useLoad(() => api.get<Page<Target>>('/inspections/targets', { ...query, pageSize: 50, cursor: paging.cursor }), [filter, paging.cursor]);
  return (
    <Card title="检查对象名录库" actions={<ExportButton path="/inspections/targets/export.xlsx" query={query} />}>
      <form
        class="filters"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setFilter({ ...filter, q: text.trim() });
        }}
      >
        <input
          class="input"
          type="search"
          value={text}
          maxLength={100}
          placeholder="名称或乡镇/街道"
          aria-label="搜索检查对象"
          onInput={(e) => setText(valueOf(e))}
        />
        <Select value={filter.category} onChange={(category) => setFilter({ ...filter, category })} label="类别">
          <option value="">全部类别</option>
          {CATEGORIES.map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </Select>
        <Select value={filter.riskLevel} onChange={(riskLevel) => setFilter({ ...filter, riskLevel })} label="风险等级">
          <option value="">全部风险等级</option>
          {RISKS.map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </Select>
        <button type="submit" class="btn btn-small">
          搜索
        </button>
      </form>
      <Async state={list}>
        {(page) =>
          page.items.length ? (
            <table class="table" data-testid="target-list">
              <thead>
                <tr>
                  <th>名称</th>
                  <th>类别</th>
                  <th>乡镇/街道</th>
                  <th>风险等级</th>
                  <th>监管股室</th>
                  <th>最近抽中</th>
                  <th>状态</th>
                  {mayEdit && <th />}
                </tr>
              </thead>
              <tbody>
                {page.items.map((t) => (
                  <tr key={t.id}>
                    <td>{t.name}</td>
                    <td>{t.categoryLabel}</td>
                    <td>{t.area}</td>
                    <td>{t.riskLabel}</td>
                    <td>{t.supervisingDepartmentName ?? '—'}</td>
                    <td>{t.lastInspectedOn ?? '—'}</td>
                    <td>{t.active ? <Badge tone="ok">在库</Badge> : <Badge>停用</Badge>}</td>
                    {mayEdit && (
                      <td>
                        <ActiveToggle target={t} onDone={list.reload} />
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <Empty>没有符合条件的检查对象</Empty>
          )
        }
      </Async>
      {list.data && <ListFooter paging={paging} page={list.data} unit="个" />}
      {mayEdit && (
        <>
          <TargetForm onDone={list.reload} />
          <ImportBox path="/inspections/targets/import" templatePath="/inspections/targets/import-template.xlsx" what="检查对象" onDone={list.reload} />
        </>
      )}
    </Card>
  );
}

function ItemsTab() {
  const mayEdit = useMayEdit();
  const list = useLoad(() => api.get<Item[]>('/inspections/items'), []);
  const act = useAction();
  const [form, setForm] = useState({ title: '', legalBasis: '', category: 'school', method: '现场检查', ratioPercent: '' });
  const submit = async (e: Event) => {
    e.preventDefault();
    const body = { ...form, ratioPercent: form.ratioPercent ? Number(form.ratioPercent) : undefined };
    if (await act.run(() => api.post<Item>('/inspections/items', body))) {
      toast('已添加抽查事项');
      setForm({ ...form, title: '', legalBasis: '', ratioPercent: '' });
      list.reload();
    }
  };
  return (
    <Card title="随机抽查事项清单">
      <Async state={list}>
        {(items) =>
          items.length ? (
            <table class="table" data-testid="item-list">
              <thead>
                <tr>
                  <th>抽查事项</th>
                  <th>抽查依据</th>
                  <th>对象类别</th>
                  <th>检查方式</th>
                  <th>比例</th>
                </tr>
              </thead>
              <tbody>
                {items.map((i) => (
                  <tr key={i.id}>
                    <td>{i.title}</td>
                    <td>{i.legalBasis}</td>
                    <td>{i.categoryLabel}</td>
                    <td>{i.method}</td>
                    <td>{i.ratioPercent}%</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <Empty>还没有抽查事项</Empty>
          )
        }
      </Async>
      {mayEdit && (
        <form class="form" onSubmit={submit} aria-label="添加抽查事项">
          <Field label="抽查事项" error={fieldErr(act.error, 'title')}>
            <input class="input" value={form.title} onInput={(e) => setForm({ ...form, title: valueOf(e) })} />
          </Field>
          <Field label="抽查依据" error={fieldErr(act.error, 'legalBasis')}>
            <input class="input" value={form.legalBasis} onInput={(e) => setForm({ ...form, legalBasis: valueOf(e) })} />
          </Field>
          <Field label="对象类别">
            <Select value={form.category} onChange={(category) => setForm({ ...form, category })} label="对象类别">
              {CATEGORIES.map(([k, v]) => (
                <option key={k} value={k}>
                  {v}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="检查方式" error={fieldErr(act.error, 'method')}>
            <input class="input" value={form.method} onInput={(e) => setForm({ ...form, method: valueOf(e) })} />
          </Field>
          <Field label="抽查比例（%）" hint="不填则取系统设置的比例" error={fieldErr(act.error, 'ratioPercent')}>
            <input class="input" type="number" min={1} max={100} value={form.ratioPercent} onInput={(e) => setForm({ ...form, ratioPercent: valueOf(e) })} />
          </Field>
          <button type="submit" class="btn btn-primary" disabled={act.busy}>
            添加
          </button>
          <ErrorBox error={act.error} />
        </form>
      )}
    </Card>
  );
}
