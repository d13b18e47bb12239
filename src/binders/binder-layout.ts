/** What the layout needs of one evidence file. */
export interface BinderSource {
  workPointName: string;
  taskTitle: string;
  periodLabel: string;
  departmentName: string;
  fileName: string;
}

/** Period labels that name no period (one event case, a one-off item): no suffix for them. */
const NO_PERIOD = new Set(['', '本事项', '一次性']);

/** Windows' reserved device names, refused as a file or folder name whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/** Longest name of one path segment in characters (Windows caps a segment at 255 UTF-16 units). */
const MAX_SEGMENT = 120;

/**
 * A file or folder name that unpacks on Windows, macOS and Linux: characters illegal there (and
 * control characters) become "_", trailing dots and spaces go, reserved device names get a "_".
 */
export function safeName(name: string): string {
  let s = name.replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '_').trim();
  s = s.replace(/[. ]+$/, '');
  if (!s) return '_';
  if (RESERVED.test(s)) s = `_${s}`;
  if (s.length > MAX_SEGMENT) {
    const dot = s.lastIndexOf('.');
    const ext = dot > 0 && s.length - dot <= 10 ? s.slice(dot) : '';
    s = s.slice(0, MAX_SEGMENT - ext.length) + ext;
  }
  return s;
}

/** "事项（期次）" when the task belongs to a period, the bare title otherwise. */
export function itemFolder(title: string, periodLabel: string): string {
  return NO_PERIOD.has(periodLabel) ? title : `${title}（${periodLabel}）`;
}

/** "name (2).ext", "name (3).ext" … for the n-th file of the same name in one folder. */
function numbered(name: string, n: number): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? `${name.slice(0, dot)} (${n})${name.slice(dot)}` : `${name} (${n})`;
}

/**
 * The path in the zip of each file: `<工作要点>/<事项（期次）>/<单位>/<原文件名>`, names made safe
 * and clashes in one folder numbered " (2)" … (compared case-insensitively, as Windows does).
 */
export function binderPaths(sources: BinderSource[]): string[] {
  const taken = new Set<string>(['index.xlsx']);
  return sources.map((s) => {
    const folder = [safeName(s.workPointName || '未分类'), safeName(itemFolder(s.taskTitle, s.periodLabel)), safeName(s.departmentName || '未知单位')].join(
      '/',
    );
    const base = safeName(s.fileName);
    let path = `${folder}/${base}`;
    for (let n = 2; taken.has(path.toLowerCase()); n++) path = `${folder}/${numbered(base, n)}`;
    taken.add(path.toLowerCase());
    return path;
  });
}
