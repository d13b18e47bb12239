import { api } from '../../api';
import { Async, useLoad } from '../../components';
import type { Schemas } from './certificate-parts';

type Officer = Schemas['OfficerView'];
type TaskOfficers = Schemas['TaskOfficers'];

/** An enforcement step's officers: those holding a certificate valid on the completion day, `required` of them at least. */
export function OfficerPicker({
  required,
  on,
  value,
  onChange,
  error,
}: {
  required: number;
  on: string;
  value: number[];
  onChange(ids: number[]): void;
  error?: string;
}) {
  const holders = useLoad(() => api.get<Officer[]>('/certificates/holders', { on }), [on]);
  const toggle = (id: number, checked: boolean) => onChange(checked ? [...value, id] : value.filter((v) => v !== id));
  return (
    // A fieldset, not the Field label: the checkboxes have labels of their own.
    <fieldset class={`field field-wide${error ? ' field-invalid' : ''}`}>
      <legend class="field-label">执法人员（持有效执法证，不少于 {required} 名）</legend>
      <Async state={holders}>
        {(list) =>
          list.length ? (
            <div style={{ display: 'flex', flexDirection: 'column', gap: '4px' }} data-testid="officer-picker">
              {list.map((o) => (
                <label key={o.certificateId} class="check">
                  <input
                    type="checkbox"
                    name="officer"
                    checked={value.includes(o.certificateId)}
                    onChange={(e) => toggle(o.certificateId, e.currentTarget.checked)}
                  />
                  {o.holderName}（{o.certificateNo}，{o.category}）
                </label>
              ))}
            </div>
          ) : (
            <p class="muted">该日没有持有效执法证的人员，请先在执法证台账中登记。</p>
          )
        }
      </Async>
      {error ? (
        <span class="field-error">{error}</span>
      ) : (
        <span class="field-hint">
          已选 {value.length} 名；只列出在 {on} 持有效执法证的人员
        </span>
      )}
    </fieldset>
  );
}

/** The officers recorded when the step was completed. */
export function RecordedOfficers({ officers }: { officers: TaskOfficers }) {
  if (!officers.officers.length) return null;
  return <div data-testid="task-officers">执法人员：{officers.officers.map((o) => `${o.holderName}（执法证号 ${o.certificateNo}）`).join('、')}</div>;
}
