import { useState } from 'preact/hooks';
import { api } from '../../api';
import type { components } from '../../api-types';
import { ErrorBox, Field, fieldErr, Select, toast, useAction, valueOf } from '../../components';
import { CATEGORIES, RISKS } from './inspection-shared';

type Target = components['schemas']['TargetView'];

/** 新增检查对象 one at a time (many at once: the Excel import). */
export function TargetForm({ onDone }: { onDone(): void }) {
  const act = useAction();
  const [form, setForm] = useState({ name: '', category: 'school', area: '', riskLevel: 'low' });
  const submit = async (e: Event) => {
    e.preventDefault();
    if (await act.run(() => api.post<Target>('/inspections/targets', form))) {
      toast(`已添加检查对象 ${form.name}`);
      setForm({ ...form, name: '' });
      onDone();
    }
  };
  return (
    <form class="form" onSubmit={submit} aria-label="新增检查对象">
      <Field label="名称" error={fieldErr(act.error, 'name')}>
        <input class="input" value={form.name} aria-label="检查对象名称" onInput={(e) => setForm({ ...form, name: valueOf(e) })} />
      </Field>
      <Field label="类别">
        <Select value={form.category} onChange={(category) => setForm({ ...form, category })} label="检查对象类别">
          {CATEGORIES.map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="乡镇/街道" error={fieldErr(act.error, 'area')}>
        <input class="input" value={form.area} onInput={(e) => setForm({ ...form, area: valueOf(e) })} />
      </Field>
      <Field label="风险等级">
        <Select value={form.riskLevel} onChange={(riskLevel) => setForm({ ...form, riskLevel })} label="检查对象风险等级">
          {RISKS.map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </Select>
      </Field>
      <button type="submit" class="btn btn-primary" disabled={act.busy}>
        新增检查对象
      </button>
      <ErrorBox error={act.error} />
    </form>
  );
}

/** 停用 / 启用: a target out of the directory is no longer drawn; its history stays. */
export function ActiveToggle({ target, onDone }: { target: Target; onDone(): void }) {
  const act = useAction();
  const flip = async () => {
    if (await act.run(() => api.patch<Target>(`/inspections/targets/${target.id}`, { active: !target.active }))) onDone();
    else if (act.error) toast(act.error.message, 'danger');
  };
  return (
    <button type="button" class="btn btn-ghost btn-small" disabled={act.busy} onClick={() => void flip()}>
      {target.active ? '停用' : '启用'}
    </button>
  );
}
