import type { ComponentChildren } from 'preact';
import { Card, Empty, usePageTitle } from '../../components';
import type { Route } from '../../router';
import { CertificatesRegister } from './certificates';
import { ADVISERS_REGISTER } from './advisers';
import { FindingsRegister } from './findings';
import { InspectionsRegister } from './inspections';
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
  ADVISERS_REGISTER,
  {
    key: 'certificates',
    title: '执法人员和执法证',
    description: '持证执法人员、执法类别、有效期和状态；到期前提醒，过期标注。',
    render: (rest, query) => <CertificatesRegister rest={rest} query={query} />,
  },
  {
    key: 'inspections',
    title: '双随机一公开',
    description: '检查对象名录库、随机抽查事项清单、回避申报、可复核的随机抽取、检查结果、年度计划和覆盖情况。',
    render: (rest, query) => <InspectionsRegister rest={rest} query={query} />,
  },
  {
    key: 'findings',
    title: '整改台账',
    description: '自查、督察、评查、信访、审计、检查发现的问题及其整改、销号',
    render: (rest) => <FindingsRegister rest={rest} />,
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
