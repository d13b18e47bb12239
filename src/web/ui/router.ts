import { useEffect, useState } from 'preact/hooks';

/** Hash routes: #/tasks/12?wp=3 → { path: '/tasks/12', parts: ['tasks', '12'], query }. */
export interface Route {
  path: string;
  parts: string[];
  query: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [pathPart, search = ''] = raw.split('?');
  const path = pathPart.startsWith('/') ? pathPart : `/${pathPart}`;
  return { path, parts: path.split('/').filter(Boolean).map(decodeURIComponent), query: new URLSearchParams(search) };
}

export function useRoute(): Route {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const changed = () => setHash(location.hash);
    window.addEventListener('hashchange', changed);
    return () => window.removeEventListener('hashchange', changed);
  }, []);
  return parseHash(hash);
}

/** Goes to a route ('/tasks/12'); `replace` keeps the browser's back button meaningful for filters. */
export function navigate(to: string, replace = false): void {
  const hash = `#${to}`;
  if (location.hash === hash) return;
  if (replace) {
    history.replaceState(null, '', hash);
    replacing = true;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    replacing = false;
  } else location.hash = hash;
}

export function href(to: string, query: Record<string, string | number | undefined | null> = {}): string {
  const qs = Object.entries(query)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&');
  return `#${to}${qs ? `?${qs}` : ''}`;
}

/** Whether the user moved between pages of the app in this tab (so "back" stays in the app). */
let moves = 0;
let replacing = false;
window.addEventListener('hashchange', () => {
  if (!replacing) moves += 1;
});
export function canGoBack(): boolean {
  return moves > 0 && history.length > 1;
}
