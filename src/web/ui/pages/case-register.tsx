import { useState } from 'preact/hooks';
import { api } from '../api';
import { Async, Card, Empty, ErrorBox, Field, fieldErr, Select, toast, useAction, useLoad, usePageTitle, valueOf } from '../components';
import { navigate } from '../router';
import type { Person, PlanResult, Template } from '../types';
import { Options, REQUEST_KINDS } from './registers/adviser-options';

/** The template a legal-adviser review request is made from: it is addressed to an adviser. */
const ADVISER_TEMPLATE = 'legal-adviser-review';

/** A yes/no question of a template, asked at registration (e.g. 是否重大执法决定); optional in the template view. */
interface TemplateOption {
  key: string;
  label: string;
}
type WithOptions = Template & { options?: TemplateOption[] };

/** 登记事项: an event template the caller may register, its reference, title and anchor dates. */
export function CaseRegisterPage() {
  usePageTitle('登记事项');
  const templates = useLoad(() => api.get<Template[]>('/plans/registrable'), []);
  return (
    <>
      <h1>登记事项</h1>
      <Async state={templates}>
        {(list) =>
          list.length ? (
            <RegisterForm templates={list as WithOptions[]} />
          ) : (
            <Empty>您所在的单位不能登记事项。如需登记，请联系负责该类事项的股室或管理员。</Empty>
          )
        }
      </Async>
    </>
  );
}

function RegisterForm({ templates }: { templates: WithOptions[] }) {
  const [templateId, setTemplateId] = useState(String(templates[0].id));
  const [reference, setReference] = useState('');
  const [title, setTitle] = useState('');
  const [anchors, setAnchors] = useState<Record<string, string>>({});
  const [options, setOptions] = useState<Record<string, boolean>>({});
  const [adviserId, setAdviserId] = useState('');
  const [requestKind, setRequestKind] = useState('contract');
  const act = useAction();
  const template = templates.find((t) => String(t.id) === templateId) ?? templates[0];
  const needsAdviser = template.key === ADVISER_TEMPLATE;
  const advisers = useLoad(() => (needsAdviser ? api.get<Person[]>('/adviser/advisers') : Promise.resolve([])), [needsAdviser]);

  const submit = async (e: Event) => {
    e.preventDefault();
    const given = Object.fromEntries(template.anchors.filter((a) => anchors[a.key]).map((a) => [a.key, anchors[a.key]]));
    const body = {
      templateId: template.id,
      reference: reference.trim(),
      title: title.trim(),
      anchors: given,
      ...(template.options?.length ? { options: Object.fromEntries(template.options.map((o) => [o.key, options[o.key] ?? false])) } : {}),
      ...(needsAdviser && adviserId ? { adviserId: Number(adviserId) } : {}),
    };
    // The register keeps the kind of a review request beside the case (the engine knows nothing of it).
    const result = await act.run(async () => {
      const created = await api.post<PlanResult>('/plans/event', body);
      if (needsAdviser) await api.put(`/advisers/requests/${created.plan.id}`, { kind: requestKind });
      return created;
    });
    if (result) {
      toast(`已登记，生成 ${result.tasksCreated} 项任务`);
      navigate(`/cases/${result.plan.id}`);
    }
  };

  return (
    <form onSubmit={submit} aria-label="登记事项">
      <Card>
        <div class="form-grid">
          <Field label="事项类型" wide>
            <Select value={templateId} onChange={setTemplateId} label="事项类型">
              {templates.map((t) => (
                <option key={t.id} value={String(t.id)}>
                  {t.name}
                </option>
              ))}
            </Select>
          </Field>
          {template.description && <p class="muted small field-wide">{template.description}</p>}
          <Field label="文号 / 案号" error={fieldErr(act.error, 'reference')}>
            <input class="input" name="reference" required maxLength={100} value={reference} onInput={(e) => setReference(valueOf(e))} />
          </Field>
          <Field label="事项名称" error={fieldErr(act.error, 'title')}>
            <input class="input" name="title" required maxLength={200} value={title} onInput={(e) => setTitle(valueOf(e))} />
          </Field>
          {template.anchors.map((a) => (
            <Field
              key={a.key}
              label={`${a.label}${a.required ? '（必填）' : ''}`}
              hint={a.required ? undefined : '可以以后再填'}
              error={fieldErr(act.error, `anchors.${a.key}`)}
            >
              <input
                class="input"
                type="date"
                name={`anchor-${a.key}`}
                required={a.required}
                value={anchors[a.key] ?? ''}
                onInput={(e) => setAnchors({ ...anchors, [a.key]: valueOf(e) })}
              />
            </Field>
          ))}
          {(template.options ?? []).map((o) => (
            <label key={o.key} class="check field-wide">
              <input
                type="checkbox"
                name={`option-${o.key}`}
                checked={options[o.key] ?? false}
                onChange={(e) => setOptions({ ...options, [o.key]: e.currentTarget.checked })}
              />
              {o.label}
            </label>
          ))}
          {needsAdviser && (
            <Field label="审查事项类型">
              <Select value={requestKind} onChange={setRequestKind} label="审查事项类型">
                <Options pairs={REQUEST_KINDS} />
              </Select>
            </Field>
          )}
          {needsAdviser && (
            <Field label="法律顾问" error={fieldErr(act.error, 'adviserId')}>
              <Select value={adviserId} onChange={setAdviserId} label="法律顾问">
                <option value="">（不指定）</option>
                {(advisers.data ?? []).map((p) => (
                  <option key={p.id} value={String(p.id)}>
                    {p.name}
                  </option>
                ))}
              </Select>
            </Field>
          )}
        </div>
        <ErrorBox error={act.error} />
        <div class="form-actions">
          <button type="submit" class="btn btn-primary" disabled={act.busy} data-testid="submit-case">
            登记
          </button>
          <a class="btn" href="#/cases">
            取消
          </a>
        </div>
      </Card>
    </form>
  );
}
