import type { components } from '../../api-types';
import { Badge } from '../../components';

export type NormativeDocument = components['schemas']['DocumentView'];

const TONES: Record<NormativeDocument['status'], string> = { in_force: 'ok', amended: 'info', repealed: 'muted', expired: 'danger' };

/** 现行有效 / 已修改 / 已废止 / 已失效 (the last derived by the server from the expiry date). */
export function DocumentStatusBadge({ doc }: { doc: Pick<NormativeDocument, 'status' | 'statusName'> }) {
  return <Badge tone={TONES[doc.status]}>{doc.statusName}</Badge>;
}
