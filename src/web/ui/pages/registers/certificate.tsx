import { useState } from 'preact/hooks';
import { api, ApiError } from '../../api';
import { Async, Card, ErrorBox, Fact, Field, fieldErr, Select, toast, useAction, useLoad, usePageTitle, valueOf } from '../../components';
import { dateTime } from '../../format';
import { navigate } from '../../router';
import { type Certificate, CertificateBadge, OfficeOptions, useCanEdit } from './certificate-parts';

const BACK = '#/registers/certificates';

/** One certificate: its entry, and for 政策法规股 the edit link and the status change with a reason. */
export function CertificateDetail({ id }: { id: number }) {
  const cert = useLoad(() => api.get<Certificate>(`/certificates/${id}`), [id]);
  const canEdit = useCanEdit();
  usePageTitle(cert.data ? `执法证 ${cert.data.certificateNo}` : '执法证');
  return (
    <Async state={cert}>
      {(c) => (
        <>
          <header class="page-head">
            <div>
              <p class="page-sub">
                <a href={BACK}>执法证台账</a>
              </p>
              <h1 class="page-title">
                {c.holderName} · {c.certificateNo} <CertificateBadge c={c} />
              </h1>
            </div>
            {canEdit && (
              <a class="btn" href={`${BACK}/${c.id}/edit`} data-testid="edit-certificate">
                修改
              </a>
            )}
          </header>
          {c.state === 'expired' && <div class="alert alert-danger">此执法证已于 {c.expiresOn} 过期，持证人不得从事执法活动，请办理换证或注销。</div>}
          <Card>
            <dl class="meta-grid" data-testid="certificate-facts">
              <Fact label="持证人">
                {c.holderUserName && c.holderUserName !== c.holderName ? `${c.holderName}（账号：${c.holderUserName}）` : c.holderName}
              </Fact>
              <Fact label="所属股室">{c.departmentName}</Fact>
              <Fact label="执法类别">{c.category}</Fact>
              <Fact label="发证日期">{c.issuedOn}</Fact>
              <Fact label="有效期至">{c.state === 'valid' ? `${c.expiresOn}（剩 ${c.daysLeft} 天）` : c.expiresOn}</Fact>
              <Fact label="状态">{c.stateName}</Fact>
              {c.statusReason && <Fact label="状态变更理由">{c.statusReason}</Fact>}
              {c.notes && <Fact label="备注">{c.notes}</Fact>}
              <Fact label="最后修改">{dateTime(c.updatedAt)}</Fact>
            </dl>
          </Card>
          {canEdit && c.status !== 'revoked' && <StatusCard c={c} onDone={cert.reload} />}
        </>
      )}
    </Async>
  );
}

function StatusCard({ c, onDone }: { c: Certificate; onDone(): void }) {
  const choices = (['valid', 'suspended', 'revoked'] as const).filter((s) => s !== c.status);
  const [status, setStatus] = useState<string>(choices[0]);
  const [reason, setReason] = useState('');
  const act = useAction();
  const names = { valid: '恢复有效', suspended: '暂扣', revoked: '注销' } as Record<string, string>;
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!reason.trim()) {
      act.setError(new ApiError(400, '请填写变更理由'));
      return;
    }
    if (await act.run(() => api.post<Certificate>(`/certificates/${c.id}/status`, { status, reason: reason.trim() }))) {
      toast(`已${names[status]}`);
      setReason('');
      onDone();
    }
  };
  return (
    <Card title="变更状态">
      <form class="form" onSubmit={submit} aria-label="变更执法证状态">
        <Field label="变更为">
          <Select value={status} onChange={setStatus} label="新状态">
            {choices.map((s) => (
              <option key={s} value={s}>
                {names[s]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="理由（必填）" error={fieldErr(act.error, 'reason')} wide>
          <input class="input" name="reason" maxLength={500} value={reason} onInput={(e) => setReason(valueOf(e))} />
        </Field>
        <ErrorBox error={act.error} />
        <div class="form-actions">
          <button class="btn btn-primary" type="submit" disabled={act.busy}>
            确认变更
          </button>
        </div>
      </form>
    </Card>
  );
}

interface FormState {
  holderName: string;
  departmentId: string;
  certificateNo: string;
  category: string;
  issuedOn: string;
  expiresOn: string;
  notes: string;
}

const EMPTY: FormState = { holderName: '', departmentId: '', certificateNo: '', category: '教育行政执法', issuedOn: '', expiresOn: '', notes: '' };

/** 登记 / 修改执法证. */
export function CertificateForm({ id }: { id?: number }) {
  usePageTitle(id ? '修改执法证' : '登记执法证');
  const existing = useLoad(() => (id ? api.get<Certificate>(`/certificates/${id}`) : Promise.resolve(null)), [id]);
  return <Async state={existing}>{(c) => <CertificateFields existing={c} />}</Async>;
}

function CertificateFields({ existing }: { existing: Certificate | null }) {
  const [form, setForm] = useState<FormState>(existing ? { ...existing, departmentId: String(existing.departmentId) } : EMPTY);
  const act = useAction();
  const set = (k: keyof FormState) => (e: Parameters<typeof valueOf>[0]) => setForm({ ...form, [k]: valueOf(e) });
  const submit = async (e: Event) => {
    e.preventDefault();
    const body = {
      holderName: form.holderName.trim(),
      departmentId: Number(form.departmentId),
      certificateNo: form.certificateNo.trim(),
      category: form.category.trim(),
      issuedOn: form.issuedOn,
      ...(form.expiresOn ? { expiresOn: form.expiresOn } : {}),
      notes: form.notes.trim(),
    };
    const saved = await act.run(() => (existing ? api.patch<Certificate>(`/certificates/${existing.id}`, body) : api.post<Certificate>('/certificates', body)));
    if (saved) {
      toast(existing ? '已保存' : '已登记');
      navigate(`/registers/certificates/${saved.id}`);
    }
  };
  const err = (f: string) => fieldErr(act.error, f);
  return (
    <form onSubmit={submit} aria-label={existing ? '修改执法证' : '登记执法证'}>
      <h1>{existing ? `修改执法证 ${existing.certificateNo}` : '登记执法证'}</h1>
      <Card>
        <div class="form-grid">
          <Field label="持证人姓名" error={err('holderName')}>
            <input class="input" name="holderName" required maxLength={50} value={form.holderName} onInput={set('holderName')} />
          </Field>
          <Field label="所属股室" error={err('departmentId')}>
            <Select value={form.departmentId} onChange={(v) => setForm({ ...form, departmentId: v })} label="所属股室">
              <option value="">请选择</option>
              <OfficeOptions />
            </Select>
          </Field>
          <Field label="执法证号" error={err('certificateNo')}>
            <input class="input" name="certificateNo" required maxLength={50} value={form.certificateNo} onInput={set('certificateNo')} />
          </Field>
          <Field label="执法类别" error={err('category')}>
            <input class="input" name="category" required maxLength={50} value={form.category} onInput={set('category')} />
          </Field>
          <Field label="发证日期" error={err('issuedOn')}>
            <input class="input" type="date" name="issuedOn" required value={form.issuedOn} onInput={set('issuedOn')} />
          </Field>
          <Field label="有效期至" hint="不填则按“行政执法证件有效期”设置从发证日期起算" error={err('expiresOn')}>
            <input class="input" type="date" name="expiresOn" value={form.expiresOn} onInput={set('expiresOn')} />
          </Field>
          <Field label="备注" error={err('notes')} wide>
            <textarea class="input" name="notes" rows={2} maxLength={2000} value={form.notes} onInput={set('notes')} />
          </Field>
        </div>
        <ErrorBox error={act.error} />
        <div class="form-actions">
          <button type="submit" class="btn btn-primary" disabled={act.busy} data-testid="save-certificate">
            {existing ? '保存' : '登记'}
          </button>
          <a class="btn" href={existing ? `${BACK}/${existing.id}` : BACK}>
            取消
          </a>
        </div>
      </Card>
    </form>
  );
}
