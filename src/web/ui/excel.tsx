import { useRef, useState } from 'preact/hooks';
import { download, upload, type Query } from './api';
import { ErrorBox, toast, useAction } from './components';

/** 导出Excel: the list as .xlsx, with the same filters the page shows. */
export function ExportButton({ path, query, label = '导出Excel' }: { path: string; query?: Query; label?: string }) {
  const [busy, setBusy] = useState(false);
  const click = async () => {
    setBusy(true);
    try {
      await download(path, query);
    } catch (err) {
      toast(err instanceof Error ? err.message : '导出失败', 'danger');
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" class="btn btn-small" disabled={busy} onClick={() => void click()}>
      {busy ? '正在导出…' : label}
    </button>
  );
}

/**
 * 导入: pick a filled-in template; the file is taken whole or not at all, and every refused row
 * and column is listed. `onDone` gets the API's answer (created count, one-time passwords).
 */
export function ImportBox<T extends { created: number }>({
  path,
  templatePath,
  what,
  onDone,
}: {
  path: string;
  templatePath: string;
  what: string;
  onDone(result: T): void;
}) {
  const action = useAction();
  const input = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const submit = async (e: Event) => {
    e.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return;
    const form = new FormData();
    form.append('file', file);
    const result = await action.run(() => upload<T>(path, form, () => undefined).done);
    if (result) {
      toast(`已导入 ${result.created} 个${what}`);
      if (input.current) input.current.value = '';
      setName('');
      onDone(result);
    }
  };
  return (
    <form class="form import-box" onSubmit={submit} aria-label={`导入${what}`}>
      <p class="muted">
        按模板填写后上传（.xlsx）。任何一行有误则整个文件都不导入，并列出每个错误。
        <button type="button" class="btn btn-ghost btn-small" onClick={() => void action.run(() => download(templatePath))}>
          下载导入模板
        </button>
      </p>
      <input
        ref={input}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label="导入文件"
        onChange={() => setName(input.current?.files?.[0]?.name ?? '')}
      />
      <button type="submit" class="btn btn-primary btn-small" disabled={!name || action.busy}>
        {action.busy ? '正在导入…' : '导入'}
      </button>
      <ErrorBox error={action.error} title="未导入" />
    </form>
  );
}
