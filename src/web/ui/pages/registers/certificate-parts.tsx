import { api } from '../../api';
import type { components } from '../../api-types';
import { Badge, useLoad, useSession } from '../../components';

export type Schemas = components['schemas'];
export type Certificate = Schemas['CertificateView'];
export type CertificateState = Certificate['state'];
export type CertificatePage = Schemas['CertificateViewPage'];

const STATE_TONES: Record<CertificateState, string> = { valid: 'ok', suspended: 'warn', revoked: 'muted', expired: 'danger' };

export function CertificateBadge({ c }: { c: Certificate }) {
  return <Badge tone={STATE_TONES[c.state]}>{c.stateName}</Badge>;
}

/** Whether the caller keeps the register (政策法规股, admins): the server decides, the page only hides buttons. */
export function useCanEdit(): boolean {
  return useLoad(() => api.get<Schemas['CertificateAccessView']>('/certificates/access'), []).data?.canEdit ?? false;
}

/** The bureau's offices (not schools), which hold the enforcement officers, as select options. */
export function OfficeOptions() {
  const { departments } = useSession();
  return (
    <>
      {departments
        .filter((d) => d.kind === 'office')
        .map((d) => (
          <option key={d.id} value={String(d.id)}>
            {d.name}
          </option>
        ))}
    </>
  );
}
