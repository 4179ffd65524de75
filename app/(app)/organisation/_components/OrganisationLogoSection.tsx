import { LogoForm } from '@/components/forms/LogoForm';
import type { LogoRefusal } from '@/lib/domain/files/image-type';
import { de } from '@/lib/domain/format/french';

/** The organisation's logo: in the header for its members and on the public page of its published events. */
export function OrganisationLogoSection(props: { name: string; hasLogo: boolean; canEdit: boolean; refusal: LogoRefusal | null }) {
  if (!props.canEdit && !props.hasLogo) return null;
  return (
    <section id="logo" aria-labelledby="logo-title" className="rounded-lg bg-white p-6 shadow">
      <h2 id="logo-title" className="mb-1 text-2xl font-semibold">
        Logo
      </h2>
      <p className="mb-3 text-slate-700">
        Affiché dans l’en-tête de Trame pour les membres, et sur la page publique des événements que la structure organise ou co-organise.
      </p>
      {props.hasLogo ? (
        // eslint-disable-next-line @next/next/no-img-element -- a small logo served by our own route
        <img src="/organisation/logo" alt={`Logo actuel ${de(props.name)}`} className="mb-3 h-16 w-auto max-w-60 object-contain" />
      ) : null}
      {props.canEdit ? (
        <LogoForm
          action="/organisation/logo"
          inputId="organisation-logo"
          label={`Logo ${de(props.name)}`}
          removeLabel="Retirer le logo"
          hasLogo={props.hasLogo}
          refusal={props.refusal}
        />
      ) : null}
    </section>
  );
}
