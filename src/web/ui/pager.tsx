import { useRef, useState } from 'preact/hooks';

/** What the pager reads of a list route's page (every `Page<T>`). */
interface CursorPage {
  total: number | null;
  nextCursor: string | null;
}

/**
 * Cursor paging of one list (the API's keyset pages, see README "Paging"): the cursors that led to
 * the pages before the current one are kept as a stack, so 上一页 pops one and asks for that page
 * again; the total comes with the first page only and is kept. A new `resetKey` (other filters,
 * another order) starts again at the first page, since a cursor only continues its own list.
 */
export interface CursorPaging {
  /** The cursor to send (undefined: the first page). */
  cursor: string | undefined;
  /** The current page's number, from 1. */
  number: number;
  next(cursor: string): void;
  back(): void;
  /** The list's total as the first page told it. */
  total(page: CursorPage): number | null;
}

export function useCursorPaging(resetKey: string): CursorPaging {
  const [state, setState] = useState<{ key: string; stack: string[] }>({ key: resetKey, stack: [] });
  const firstTotal = useRef<number | null>(null);
  const stack = state.key === resetKey ? state.stack : [];
  return {
    cursor: stack[stack.length - 1],
    number: stack.length + 1,
    next: (cursor) => setState({ key: resetKey, stack: [...stack, cursor] }),
    back: () => setState({ key: resetKey, stack: stack.slice(0, -1) }),
    total: (page) => {
      if (page.total !== null) firstTotal.current = page.total;
      return firstTotal.current;
    },
  };
}

/** 上一页 / 下一页 under a list; nothing when the list fits on one page. */
export function CursorPager({ paging, page }: { paging: CursorPaging; page: CursorPage }) {
  if (paging.number === 1 && !page.nextCursor) return null;
  const total = paging.total(page);
  return (
    <div class="pager">
      <button type="button" class="btn btn-small" disabled={paging.number <= 1} onClick={() => paging.back()}>
        上一页
      </button>
      <span>
        第 {paging.number} 页{total !== null ? `（共 ${total} 条）` : ''}
      </span>
      <button type="button" class="btn btn-small" disabled={!page.nextCursor} onClick={() => page.nextCursor && paging.next(page.nextCursor)}>
        下一页
      </button>
    </div>
  );
}
