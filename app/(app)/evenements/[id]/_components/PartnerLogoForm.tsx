import type { LogoRefusal } from '@/lib/domain/files/image-type';
import { LogoForm } from '@/components/forms/LogoForm';
import { de } from '@/lib/domain/format/french';

/** Upload (or removal) of a partner's logo; the route handler redirects back to the overview. */
export function PartnerLogoForm(props: { eventId: string; partner: { id: string; name: string; logoType: string | null }; refusal: LogoRefusal | null }) {
  const { eventId, partner } = props;
  return (
    <LogoForm
      action={`/evenements/${eventId}/partenaires/${partner.id}/logo`}
      inputId={`logo-${partner.id}`}
      label={`Logo ${de(partner.name)}`}
      removeLabel={`Retirer le logo ${de(partner.name)}`}
      hasLogo={partner.logoType !== null}
      refusal={props.refusal}
    />
  );
}
