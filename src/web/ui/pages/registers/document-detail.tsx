import { Fragment, type ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { api } from '../../api';
import type { components } from '../../api-types';
import { Async, Card, Empty, ErrorBox, Field, fieldErr, Select, toast, useAction, useLoad, usePageTitle, valueOf } from '../../components';
import { dateTime } from '../../format';
import { navigate } from '../../router';
import type { Department } from '../../types';
import { DocumentStatusBadge, type NormativeDocument } from './document-badge';

type Detail = components['schemas']['DocumentDetailView'];

const EVENT_NAMES: Record<string, string> = { amended: '修改', repealed: '废止', cleanup: '年度清理' };
const CLEANUP_NAMES: Record<string, string> = { continue: '继续有效', amend: '修改', repeal: '废止' };

/** One entry: its dates, 备案, status history and the cases it is linked to; 政策法规股 edits it here. */
export function DocumentDetail({ id }: { id: number }) {
  const detail = useLoad(() => api.get<Detail>(`/documents/${id}`), [id]);
  const [editing, setEditing] = useState(false);
  usePageTitle(detail.data?.document.title ?? '规范性文件');
  return (
    <Async state={detail}>
      {(d) =>
        editing ? (
          <DocumentForm doc={d.document} onSaved={() => (setEditing(false), detail.reload())} onCancel={() => setEditing(false)} />
        ) : (
          <>
            <div class="page-head">
              <h1>{d.document.title}</h1>
              <div class="card-actions">
                {d.canEdit && (
                  <button type="button" class="btn btn-small" onClick={() => setEditing(true)} data-testid="edit-document">
                    编辑
                  </button>
                )}
                <a class="btn btn-small" href="#/registers/documents">
                  返回台账
                </a>
              </div>
            </div>
            <Facts d={d} />
            {d.canEdit && d.document.status !== 'amended' && d.document.status !== 'repealed' && <StatusForm id={id} onDone={() => detail.reload()} />}
            <Card title="状态和清理记录">
              {d.history.length ? (
                <ul class="timeline" data-testid="document-history">
                  {d.history.map((h) => (
                    <li key={h.id}>
                      <strong>{EVENT_NAMES[h.kind]}</strong> {h.cleanupYear ? `${h.cleanupYear}年度：${CLEANUP_NAMES[h.cleanupResult ?? ''] ?? ''}` : h.onDate}
                      {h.reason && `　${h.reason}`}
                      <span class="muted small">
                        　{h.actorName} {dateTime(h.createdAt)}
                      </span>
                    </li>
                  ))}
                </ul>
              ) : (
                <Empty>暂无修改、废止或清理记录</Empty>
              )}
            </Card>
          </>
        )
      }
    </Async>
  );
}

function Facts({ d }: { d: Detail }) {
  const doc = d.document;
  const rows: [string, ComponentChildren][] = [
    ['文号', doc.docNumber],
    ['起草股室', doc.departmentName],
    ['状态', <DocumentStatusBadge doc={doc} />],
    ['公布日期', doc.publishedOn],
    ['施行日期', doc.effectiveOn],
    ['有效期', `${doc.validityYears}年${doc.provisional ? '（暂行、试行）' : ''}，至 ${doc.expiresOn}`],
    ['备案', `${doc.filedOn ? `${doc.filedOn} 已备案${doc.filedOnFromCase ? '（制定事项“报送备案”完成）' : ''}` : '未备案'}，期限 ${doc.filingDueOn}`],
    ['公平竞争审查', doc.fairCompetitionReviewed ? '已审查' : '未登记'],
  ];
  if (doc.statusOn) rows.push(['修改或废止', `${doc.statusOn}　${doc.statusReason ?? ''}${d.replacedByNumber ? `　替代文件：${d.replacedByNumber}` : ''}`]);
  if (doc.planId) rows.push(['制定事项', <a href={`#/cases/${doc.planId}`}>查看制定事项</a>]);
  if (doc.evaluationPlanId) rows.push(['届满前评估', <a href={`#/cases/${doc.evaluationPlanId}`}>查看评估事项</a>]);
  if (doc.notes) rows.push(['备注', doc.notes]);
  return (
    <Card>
      <dl class="facts" data-testid="document-facts">
        {rows.map(([k, v]) => (
          <Fragment key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </Fragment>
        ))}
      </dl>
    </Card>
  );
}

function StatusForm({ id, onDone }: { id: number; onDone(): void }) {
  const [form, setForm] = useState({ status: 'repealed', on: '', reason: '' });
  const act = useAction();
  const submit = async (e: Event) => {
    e.preventDefault();
    if (await act.run(() => api.post(`/documents/${id}/status`, form))) {
      toast('状态已变更');
      onDone();
    }
  };
  return (
    <form onSubmit={submit} aria-label="修改或废止">
      <Card title="修改或废止">
        <div class="form-grid">
          <Field label="变更为">
            <Select value={form.status} onChange={(status) => setForm({ ...form, status })} label="变更为">
              <option value="repealed">已废止</option>
              <option value="amended">已修改</option>
            </Select>
          </Field>
          <Field label="日期" error={fieldErr(act.error, 'on')}>
            <input class="input" type="date" name="on" required value={form.on} onInput={(e) => setForm({ ...form, on: valueOf(e) })} />
          </Field>
          <Field label="理由" wide error={fieldErr(act.error, 'reason')}>
            <input class="input" name="reason" required maxLength={2000} value={form.reason} onInput={(e) => setForm({ ...form, reason: valueOf(e) })} />
          </Field>
        </div>
        <ErrorBox error={act.error} />
        <div class="form-actions">
          <button type="submit" class="btn btn-primary" disabled={act.busy} data-testid="change-status">
            确认变更
          </button>
        </div>
      </Card>
    </form>
  );
}

/** 登记 (no `doc`) or 编辑 an entry; expiry and 备案 deadline are computed by the server. */
export function DocumentForm({ doc, onSaved, onCancel }: { doc?: NormativeDocument; onSaved?(): void; onCancel?(): void }) {
  usePageTitle(doc ? '编辑规范性文件' : '登记规范性文件');
  const departments = useLoad(() => api.get<Department[]>('/departments'), []);
  const [form, setForm] = useState({
    docNumber: doc?.docNumber ?? '',
    title: doc?.title ?? '',
    departmentId: doc ? String(doc.departmentId) : '',
    publishedOn: doc?.publishedOn ?? '',
    effectiveOn: doc?.effectiveOn ?? '',
    filedOn: doc?.filedOn ?? '',
    provisional: doc?.provisional ?? false,
    fairCompetitionReviewed: doc?.fairCompetitionReviewed ?? false,
    notes: doc?.notes ?? '',
  });
  const act = useAction();
  const text = (key: 'docNumber' | 'title' | 'publishedOn' | 'effectiveOn' | 'filedOn' | 'notes') => ({
    name: key,
    value: form[key],
    onInput: (e: Parameters<typeof valueOf>[0]) => setForm({ ...form, [key]: valueOf(e) }),
  });
  const submit = async (e: Event) => {
    e.preventDefault();
    // A new entry left unticked lets the server judge 暂行/试行 from the title.
    const provisional = doc || form.provisional ? form.provisional : undefined;
    const body = {
      ...form,
      provisional,
      departmentId: Number(form.departmentId),
      effectiveOn: form.effectiveOn || undefined,
      filedOn: form.filedOn || undefined,
    };
    const saved = await act.run(() => (doc ? api.patch<Detail>(`/documents/${doc.id}`, body) : api.post<Detail>('/documents', body)));
    if (!saved) return;
    toast(doc ? '已保存' : '已登记');
    if (onSaved) onSaved();
    else navigate(`/registers/documents/${saved.document.id}`);
  };
  return (
    <form onSubmit={submit} aria-label={doc ? '编辑规范性文件' : '登记规范性文件'}>
      <h1>{doc ? '编辑规范性文件' : '登记规范性文件'}</h1>
      <Card>
        <div class="form-grid">
          <Field label="文号" error={fieldErr(act.error, 'docNumber')}>
            <input class="input" required maxLength={100} {...text('docNumber')} />
          </Field>
          <Field label="标题" error={fieldErr(act.error, 'title')}>
            <input class="input" required maxLength={200} {...text('title')} />
          </Field>
          <Field label="起草股室" error={fieldErr(act.error, 'departmentId')}>
            <Select value={form.departmentId} onChange={(departmentId) => setForm({ ...form, departmentId })} label="起草股室">
              <option value="">（请选择）</option>
              {(departments.data ?? []).map((d) => (
                <option key={d.id} value={String(d.id)}>
                  {d.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="公布日期" error={fieldErr(act.error, 'publishedOn')}>
            <input class="input" type="date" required {...text('publishedOn')} />
          </Field>
          <Field label="施行日期" hint="有效期自此起算；不填同公布日期" error={fieldErr(act.error, 'effectiveOn')}>
            <input class="input" type="date" {...text('effectiveOn')} />
          </Field>
          <Field label="备案日期" error={fieldErr(act.error, 'filedOn')}>
            <input class="input" type="date" {...text('filedOn')} />
          </Field>
          <label class="check field-wide">
            <input type="checkbox" name="provisional" checked={form.provisional} onChange={(e) => setForm({ ...form, provisional: e.currentTarget.checked })} />
            暂行、试行文件（有效期按暂行、试行文件设置）
          </label>
          <label class="check field-wide">
            <input
              type="checkbox"
              name="fairCompetitionReviewed"
              checked={form.fairCompetitionReviewed}
              onChange={(e) => setForm({ ...form, fairCompetitionReviewed: e.currentTarget.checked })}
            />
            已进行公平竞争审查
          </label>
          <Field label="备注" wide error={fieldErr(act.error, 'notes')}>
            <input class="input" maxLength={2000} {...text('notes')} />
          </Field>
        </div>
        <ErrorBox error={act.error} />
        <div class="form-actions">
          <button type="submit" class="btn btn-primary" disabled={act.busy} data-testid="save-document">
            {doc ? '保存' : '登记'}
          </button>
          {onCancel ? (
            <button type="button" class="btn" onClick={onCancel}>
              取消
            </button>
          ) : (
            <a class="btn" href="#/registers/documents">
              取消
            </a>
          )}
        </div>
      </Card>
    </form>
  );
}
