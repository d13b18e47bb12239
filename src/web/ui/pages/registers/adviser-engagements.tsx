import { useState } from 'preact/hooks';
import { api } from '../../api';
import type { components } from '../../api-types';
import { Async, Badge, Card, Empty, ErrorBox, Field, fieldErr, Select, toast, useAction, useLoad, useSession, valueOf } from '../../components';
import { ExportButton, ImportBox } from '../../excel';
import { useCursorPaging } from '../../pager';
import type { Page, Person } from '../../types';
import { Options } from './adviser-options';
import { ListFooter } from './list-footer';

type Schemas = components['schemas'];
export type Engagement = Schemas['EngagementView'];
type Status = Engagement['status'];

const STATUS_TONES: Record<Status, string> = { pending: 'info', active: 'ok', expired: 'warn', dismissed: 'muted' };
const STATUS_NAMES: Record<Status, string> = { pending: '未开始', active: '有效', expired: '到期', dismissed: '解聘' };

/** 顾问: the engagements the caller may see, with status filter, search, export, and for 政策法规股 the form and import. */
export function EngagementsTab({ canEdit }: { canEdit: boolean }) {
  const [status, setStatus] = useState('');
  const [q, setQ] = useState('');
  const [editing, setEditing] = useState<Engagement | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const query = { status: status || undefined, q: q || undefined };
  const paging = useCursorPaging(`${status}|${q}`);
  const list = useLoad(() => api.get<Page<Engagement>>('/advisers/engagements', { ...query, pageSize: 50, cursor: paging.cursor }), [status, q, paging.cursor]);
  return (
    <>
      <div class="filters" role="search">
        <label class="filter">
          <span>状态</span>
          <Select value={status} onChange={setStatus} label="状态">
            <option value="">全部状态</option>
            <Options pairs={Object.entries(STATUS_NAMES)} />
          </Select>
        </label>
        <label class="filter">
          <span>搜索</span>
          <input
            class="input"
            type="search"
            maxLength={100}
            placeholder="名称或联系人"
            aria-label="搜索顾问"
            value={q}
            onInput={(e) => setQ(valueOf(e).trim())}
          />
        </label>
        <ExportButton path="/advisers/engagements/export.xlsx" query={query} />
        {canEdit && (
          <>
            <button type="button" class="btn btn-small" onClick={() => setImporting(!importing)}>
              导入
            </button>
            <button type="button" class="btn btn-primary btn-small" data-testid="new-engagement" onClick={() => setEditing('new')}>
              登记聘任
            </button>
          </>
        )}
      </div>
      {importing && (
        <Card title="导入法律顾问聘任">
          <ImportBox path="/advisers/engagements/import" templatePath="/advisers/engagements/import-template.xlsx" what="聘任" onDone={() => list.reload()} />
        </Card>
      )}
      {editing && (
        <EngagementForm
          engagement={editing === 'new' ? null : editing}
          onDone={() => {
            setEditing(null);
            list.reload();
          }}
        />
      )}
      <Card>
        <Async state={list}>
          {(page) =>
            page.items.length ? (
              <table class="table" data-testid="engagement-list">
                <thead>
                  <tr>
                    <th>名称</th>
                    <th>聘请方式</th>
                    <th>覆盖学校</th>
                    <th>合同期限</th>
                    <th>状态</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((e) => (
                    <tr key={e.id}>
                      <td>
                        {e.name}
                        <div class="muted small">
                          {e.kindName}
                          {e.contact && ` · ${e.contact}`} {e.phone}
                          {e.advisers.length > 0 && ` · 账号：${e.advisers.map((a) => a.name).join('、')}`}
                        </div>
                        {e.note && <div class="muted small">{e.note}</div>}
                      </td>
                      <td>{e.engagedByName}</td>
                      <td>{e.schools.map((s) => s.name).join('、') || '—'}</td>
                      <td>
                        {e.startOn} 至 {e.endOn}
                        {e.fee !== null && <div class="muted small">年费用 {e.fee} 元</div>}
                      </td>
                      <td>
                        <Badge tone={STATUS_TONES[e.status]} title={e.dismissReason ?? undefined}>
                          {e.statusName}
                        </Badge>
                        {e.dismissedOn && <div class="muted small">{e.dismissedOn} 解聘</div>}
                      </td>
                      <td>{e.canEdit && <EngagementActions engagement={e} onEdit={() => setEditing(e)} onChanged={() => list.reload()} />}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <Empty>没有符合条件的法律顾问聘任</Empty>
            )
          }
        </Async>
        {list.data && <ListFooter paging={paging} page={list.data} unit="项" />}
      </Card>
    </>
  );
}

function EngagementActions({ engagement, onEdit, onChanged }: { engagement: Engagement; onEdit(): void; onChanged(): void }) {
  const act = useAction();
  const dismiss = async () => {
    const reason = window.prompt(`解聘「${engagement.name}」的原因`);
    if (!reason) return;
    const done = await act.run(() => api.post(`/advisers/engagements/${engagement.id}/dismiss`, { dismissedOn: today(), reason }));
    if (done) {
      toast('已解聘');
      onChanged();
    }
  };
  return (
    <>
      <button type="button" class="btn btn-ghost btn-small" onClick={onEdit}>
        修改
      </button>
      {engagement.status !== 'dismissed' && (
        <button type="button" class="btn btn-ghost btn-small" onClick={() => void dismiss()}>
          解聘
        </button>
      )}
      <ErrorBox error={act.error} />
    </>
  );
}

/** Today in Asia/Shanghai, the day a 解聘 entered now takes effect. */
const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());

function EngagementForm({ engagement, onDone }: { engagement: Engagement | null; onDone(): void }) {
  const { departments } = useSession();
  const schools = departments.filter((d) => d.kind === 'school' && d.active);
  const advisers = useLoad(() => api.get<Person[]>('/adviser/advisers'), []);
  const [form, setForm] = useState({
    kind: engagement?.kind ?? 'firm',
    name: engagement?.name ?? '',
    contact: engagement?.contact ?? '',
    phone: engagement?.phone ?? '',
    engagedBy: engagement?.engagedBy ?? 'schools',
    startOn: engagement?.startOn ?? '',
    endOn: engagement?.endOn ?? '',
    fee: engagement?.fee === null || engagement === null ? '' : String(engagement.fee),
    note: engagement?.note ?? '',
  });
  const [schoolIds, setSchoolIds] = useState<number[]>(engagement?.schools.map((s) => s.id) ?? []);
  const [adviserIds, setAdviserIds] = useState<number[]>(engagement?.advisers.map((a) => a.id) ?? []);
  const act = useAction();
  const set = (key: keyof typeof form) => (e: Event) => setForm({ ...form, [key]: (e.currentTarget as HTMLInputElement).value });
  const toggle = (list: number[], id: number) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);
  const submit = async (e: Event) => {
    e.preventDefault();
    const body = { ...form, fee: form.fee === '' ? null : Number(form.fee), schoolIds, adviserUserIds: adviserIds };
    const saved = await act.run(() =>
      engagement ? api.patch<Engagement>(`/advisers/engagements/${engagement.id}`, body) : api.post<Engagement>('/advisers/engagements', body),
    );
    if (saved) {
      toast('已保存');
      onDone();
    }
  };
  return (
    <Card title={engagement ? `修改：${engagement.name}` : '登记法律顾问聘任'}>
      <form class="form form-grid" onSubmit={submit} aria-label="法律顾问聘任">
        <Field label="类型">
          <Select value={form.kind} onChange={(v) => setForm({ ...form, kind: v as typeof form.kind })} label="类型">
            <option value="firm">律师事务所</option>
            <option value="person">个人</option>
          </Select>
        </Field>
        <Field label="名称" error={fieldErr(act.error, 'name')}>
          <input class="input" name="name" required maxLength={100} value={form.name} onInput={set('name')} />
        </Field>
        <Field label="联系人">
          <input class="input" name="contact" maxLength={50} value={form.contact} onInput={set('contact')} />
        </Field>
        <Field label="联系电话">
          <input class="input" name="phone" maxLength={30} value={form.phone} onInput={set('phone')} />
        </Field>
        <Field label="聘请方">
          <Select value={form.engagedBy} onChange={(v) => setForm({ ...form, engagedBy: v as typeof form.engagedBy })} label="聘请方">
            <option value="schools">学校（一校一聘 / 多校连聘）</option>
            <option value="bureau">教育局</option>
          </Select>
        </Field>
        <Field label="年费用（元）" error={fieldErr(act.error, 'fee')}>
          <input class="input" name="fee" type="number" min={0} value={form.fee} onInput={set('fee')} />
        </Field>
        <Field label="合同开始日期" error={fieldErr(act.error, 'startOn')}>
          <input class="input" name="startOn" type="date" required value={form.startOn} onInput={set('startOn')} />
        </Field>
        <Field label="合同结束日期" error={fieldErr(act.error, 'endOn')}>
          <input class="input" name="endOn" type="date" required value={form.endOn} onInput={set('endOn')} />
        </Field>
        <fieldset class="checks field-wide">
          <legend>覆盖学校</legend>
          {schools.map((s) => (
            <label key={s.id} class="check">
              <input type="checkbox" name={`school-${s.id}`} checked={schoolIds.includes(s.id)} onChange={() => setSchoolIds(toggle(schoolIds, s.id))} />
              {s.name}
            </label>
          ))}
        </fieldset>
        <fieldset class="checks field-wide">
          <legend>法律顾问账号</legend>
          {(advisers.data ?? []).map((a) => (
            <label key={a.id} class="check">
              <input type="checkbox" checked={adviserIds.includes(a.id)} onChange={() => setAdviserIds(toggle(adviserIds, a.id))} />
              {a.name}
            </label>
          ))}
        </fieldset>
        <Field label="备注" wide>
          <input class="input" name="note" maxLength={1000} value={form.note} onInput={set('note')} />
        </Field>
        <ErrorBox error={act.error} />
        <div class="form-actions">
          <button type="submit" class="btn btn-primary" disabled={act.busy} data-testid="save-engagement">
            保存
          </button>
          <button type="button" class="btn" onClick={onDone}>
            取消
          </button>
        </div>
      </form>
    </Card>
  );
}
