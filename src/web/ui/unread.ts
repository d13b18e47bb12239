import { useEffect, useState } from 'preact/hooks';
import { api } from './api';
import type { UnreadCount } from './types';

const CHANGED = 'fazhi:notifications-changed';
/** How often the header asks for the unread count (besides on every navigation). */
const POLL_MS = 60_000;

/** Tells the header badge that read state changed (with the new count when the API returned it). */
export function notificationsChanged(unread?: number): void {
  window.dispatchEvent(new CustomEvent<number | undefined>(CHANGED, { detail: unread }));
}

/** The caller's unread notifications: polled, reloaded on navigation and when the page marks some read. */
export function useUnreadCount(path: string): number | null {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    const load = () =>
      api.get<UnreadCount>('/notifications/unread-count').then(
        (r) => live && setCount(r.unread),
        () => undefined,
      );
    void load();
    const timer = setInterval(() => void load(), POLL_MS);
    const changed = (e: Event) => {
      const unread = (e as CustomEvent<number | undefined>).detail;
      if (typeof unread === 'number') setCount(unread);
      else void load();
    };
    window.addEventListener(CHANGED, changed);
    return () => {
      live = false;
      clearInterval(timer);
      window.removeEventListener(CHANGED, changed);
    };
  }, [path]);
  return count;
}
