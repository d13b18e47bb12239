import { useState } from 'preact/hooks';
import { api, ApiError } from './api';
import { ErrorBox, toast, useAction, valueOf } from './components';

/** Accept (with an optional note) or return (with a required reason) a task submitted for review. */
export function ReviewPanel({ taskId, onDone }: { taskId: number; onDone(action: 'accept' | 'return'): void }) {
  const [text, setText] = useState('');
  const { busy, error, setError, run } = useAction();

  const act = async (action: 'accept' | 'return') => {
    if (action === 'return' && !text.trim()) {
      setError(new ApiError(400, '退回时必须填写理由，告诉承办股室需要补充或修改什么'));
      return;
    }
    const body = action === 'accept' ? (text.trim() ? { note: text.trim() } : {}) : { reason: text.trim() };
    const ok = await run(() => api.post(`/tasks/${taskId}/${action}`, body).then(() => true));
    if (ok) {
      toast(action === 'accept' ? '已审核通过' : '已退回，承办股室会看到退回理由');
      setText('');
      onDone(action);
    }
  };

  return (
    <div class="review-panel">
      <label class="field field-wide">
        <span class="field-label">审核意见 / 退回理由</span>
        <textarea
          class="input"
          rows={3}
          maxLength={5000}
          placeholder="通过时可填写审核意见；退回时必须写明理由"
          value={text}
          onInput={(e) => setText(valueOf(e))}
          aria-label="审核意见或退回理由"
        />
      </label>
      <ErrorBox error={error} />
      <div class="form-actions">
        <button type="button" class="btn btn-primary" disabled={busy} onClick={() => act('accept')}>
          审核通过
        </button>
        <button type="button" class="btn btn-danger" disabled={busy} onClick={() => act('return')}>
          退回
        </button>
      </div>
    </div>
  );
}
