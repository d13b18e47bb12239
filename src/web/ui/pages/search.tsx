import { api } from '../api';
import { Async, Empty, usePageTitle, useLoad } from '../components';
import type { SearchResult } from '../types';

/** Results of the header search, grouped (任务, 事项); each hit opens its page. */
export function SearchPage({ query }: { query: URLSearchParams }) {
  const q = (query.get('q') ?? '').trim();
  usePageTitle(q ? `搜索：${q}` : '搜索');
  const result = useLoad(() => (q ? api.get<SearchResult>('/search', { q }) : Promise.resolve(null)), [q]);
  return (
    <div>
      <div class="page-head">
        <h1 class="page-title">搜索</h1>
        {q && <p class="page-sub">“{q}”的结果</p>}
      </div>
      {!q ? (
        <Empty>请在页面顶部的搜索框输入任务名称、文号/案号、股室或工作要点。</Empty>
      ) : (
        <Async state={result}>
          {(data) =>
            data && (
              <div class="search-results" data-testid="search-results">
                {data.groups.map((g) => (
                  <section key={g.kind} class="card search-group" data-group={g.kind} aria-label={g.label}>
                    <h2 class="group-title">
                      {g.label}
                      <span class="group-count">{g.total}</span>
                    </h2>
                    {g.items.length === 0 ? (
                      <Empty>没有找到相关{g.label}</Empty>
                    ) : (
                      <ul class="search-hits">
                        {g.items.map((h) => (
                          <li key={h.id}>
                            <a href={`#${h.link}`} class="search-hit">
                              {h.title}
                            </a>
                            {h.detail && <span class="search-detail">{h.detail}</span>}
                          </li>
                        ))}
                      </ul>
                    )}
                    {g.total > g.items.length && <p class="hint">只列出前 {g.items.length} 条，请输入更具体的内容。</p>}
                  </section>
                ))}
              </div>
            )
          }
        </Async>
      )}
    </div>
  );
}
