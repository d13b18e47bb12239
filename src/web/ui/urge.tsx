import { useState } from 'preact/hooks';
import { api } from './api';
import { ErrorBox, toast, useAction, valueOf } from './components';

const DEFAULT_MESSAGE = '请抓紧办理，尽快完成并上传佐证材料。';

/** 催办: a leader's message to the department on one task (delivered by e-mail through the outbox). */
export function UrgeForm({ taskId, departmentName, onDone, onCancel }: { taskId: number; departmentName: string; onDone(): void; onCancel(): void }) {
  const [message, setMessage] = useState(DEFAULT_MESSAGE);
  const { busy, error, run } = useAction();

  const send = async (e: Event) => {
    e.preventDefault();
    const ok = await run(() => api.post(`/tasks/${taskId}/urges`, { message: message.trim() }).then(() => true));
    if (ok) {
      toast(`已催办，通知将发送给${departmentName}负责人`);
      onDone();
    }
  };

  return (
    <form class="urge-form" onSubmit={send} aria-label={`催办 ${departmentName}`}>
      <label class="field field-wide">
        <span class="field-label">催办内容（发送给{departmentName}负责人）</span>
        <textarea class="input" rows={2} required maxLength={2000} value={message} onInput={(e) => setMessage(valueOf(e))} autoFocus />
      </label>
      <ErrorBox error={error} />
      <div class="form-actions">
        <button type="submit" class="btn btn-urge btn-small" disabled={busy || !message.trim()}>
          {busy ? '正在发送…' : '发送催办'}
        </button>
        <button type="button" class="btn btn-ghost btn-small" onClick={onCancel}>
          取消
        </button>
      </div>
    </form>
  );
}

/** The button that opens the urge form in place. */
export function UrgeButton({ taskId, departmentName, onDone }: { taskId: number; departmentName: string; onDone?: () => void }) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" class="btn btn-urge" onClick={() => setOpen(true)}>
        催办
      </button>
    );
  }
  return (
    <UrgeForm
      taskId={taskId}
      departmentName={departmentName}
      onCancel={() => setOpen(false)}
      onDone={() => {
        setOpen(false);
        onDone?.();
      }}
    />
  );
}
