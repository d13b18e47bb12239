import { CursorPager, type CursorPaging } from '../../pager';

/** Under a register's list: the total (told by the first page) and 上一页 / 下一页. */
export function ListFooter({ paging, page, unit }: { paging: CursorPaging; page: Parameters<typeof CursorPager>[0]['page']; unit: string }) {
  return (
    <>
      <p class="muted small">
        共 {paging.total(page) ?? 0} {unit}
      </p>
      <CursorPager paging={paging} page={page} />
    </>
  );
}
