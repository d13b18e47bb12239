import { useRef, useState } from 'preact/hooks';
import { ApiError, upload, type UploadHandle } from './api';
import { ErrorBox, toast, valueOf } from './components';
import { fileSize, today } from './format';

interface Progress {
  names: string[];
  loaded: number;
  total: number;
}

/** Evidence upload: drop files or pick them; they go at once, with a progress bar (XMLHttpRequest). */
export function EvidenceUpload({ taskId, activityId, onUploaded }: { taskId: number; activityId?: number; onUploaded(): void }) {
  const [effectiveOn, setEffectiveOn] = useState('');
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<ApiError | undefined>();
  const [dragging, setDragging] = useState(false);
  const handle = useRef<UploadHandle<unknown> | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const send = async (files: File[]) => {
    if (!files.length || progress) return;
    setError(undefined);
    const form = new FormData();
    if (effectiveOn) form.append('effectiveOn', effectiveOn);
    if (activityId !== undefined) form.append('activityId', String(activityId));
    for (const f of files) form.append('files', f, f.name);
    const total = files.reduce((n, f) => n + f.size, 0);
    setProgress({ names: files.map((f) => f.name), loaded: 0, total });
    handle.current = upload(`/tasks/${taskId}/evidence`, form, (loaded, all) => setProgress((p) => p && { ...p, loaded, total: all }));
    try {
      await handle.current.done;
      toast(files.length === 1 ? `已上传：${files[0].name}` : `已上传 ${files.length} 个文件`);
      onUploaded();
    } catch (err) {
      setError(err as ApiError);
    } finally {
      handle.current = null;
      setProgress(null);
      if (input.current) input.current.value = '';
    }
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void send(Array.from(e.dataTransfer?.files ?? []));
  };

  const pct = progress && progress.total ? Math.min(100, Math.round((progress.loaded / progress.total) * 100)) : 0;
  return (
    <div class="upload">
      <label class="field field-inline">
        <span class="field-label">材料所证明事项的日期</span>
        <input class="input input-date" type="date" value={effectiveOn} max={today()} onInput={(e) => setEffectiveOn(valueOf(e))} />
        <span class="field-hint">不填则为今天</span>
      </label>
      {progress ? (
        <div class="upload-progress" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} aria-label="上传进度">
          <div class="upload-progress-text">
            正在上传 {progress.names.length === 1 ? progress.names[0] : `${progress.names.length} 个文件`}… {pct}%（{fileSize(progress.loaded)} /{' '}
            {fileSize(progress.total)}）
          </div>
          <div class="bar">
            <div class="bar-fill" style={{ width: `${pct}%` }} />
          </div>
          <button type="button" class="btn btn-ghost btn-small" onClick={() => handle.current?.abort()}>
            取消上传
          </button>
        </div>
      ) : (
        <label
          class={`dropzone${dragging ? ' dropzone-active' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <input
            ref={input}
            class="visually-hidden"
            type="file"
            multiple
            data-testid="evidence-input"
            aria-label="选择佐证材料文件"
            onChange={(e) => void send(Array.from(e.currentTarget.files ?? []))}
          />
          <svg viewBox="0 0 24 24" class="dropzone-icon" aria-hidden="true">
            <path
              d="M12 16V4m0 0l-5 5m5-5l5 5M4 16v3a1 1 0 001 1h14a1 1 0 001-1v-3"
              fill="none"
              stroke="currentColor"
              stroke-width="2"
              stroke-linecap="round"
              stroke-linejoin="round"
            />
          </svg>
          <span>
            把文件拖到这里，或 <u>点击选择文件</u>
          </span>
          <span class="field-hint">可一次选择多个文件：PDF、Word、Excel、图片、音视频等</span>
        </label>
      )}
      <ErrorBox error={error} title="上传未成功" />
    </div>
  );
}
