import type { ComponentChildren } from 'preact';
import { Card, Empty, usePageTitle } from '../../components';
import type { Route } from '../../router';
import { DocumentsRegister } from './documents';

/** One register (台账): its address under `#/registers/<key>`, its card on the index and its page. */
export interface RegisterPage {
  key: string;
  title: string;
  description: string;
  /** `rest` is the path after the register's key: `[]` for its list, `['12']` for an entry … */
  render(rest: string[], query: URLSearchParams): ComponentChildren;
}

/** Every register, in the order of the domain brief's work points; each module's page adds its line. */
export const REGISTERS: RegisterPage[] = [
  {
    key: 'documents',
    title: '规范性文件',
    description: '规范性文件台账：文号、公布和施行日期、有效期、备案、修改废止和年度清理；现行有效规范性文件目录。',
    render: (rest) => <DocumentsRegister rest={rest} />,
  },
];

/** `#/registers`: the registers a bureau is inspected on, one card each. */
export function RegistersPage({ route }: { route: Route }) {
  const [, key, ...rest] = route.parts;
  const register = REGISTERS.find((r) => r.key === key);
  if (register) return <>{register.render(rest, route.query)}</>;
  return <RegistersIndex />;
}

function RegistersIndex() {
  usePageTitle('台账');
  return (
    <>
      <div class="page-head">
        <h1>台账</h1>
      </div>
      {REGISTERS.length ? (
        <div class="register-cards" data-testid="register-index">
          {REGISTERS.map((r) => (
            <a key={r.key} class="register-card" href={`#/registers/${r.key}`}>
              <Card title={r.title}>
                <p class="muted">{r.description}</p>
              </Card>
            </a>
          ))}
        </div>
      ) : (
        <Empty>暂无台账。</Empty>
      )}
    </>
  );
}
