import type { Metadata } from 'next';
import Link from 'next/link';
import { formatDate } from '@/lib/domain/dates';
import { organisationCalendarPath } from '@/lib/domain/public';
import { appUrl } from '@/lib/env';
import { ORGANISATION_KIND_LABELS, MEMBERSHIP_ROLE_LABELS } from '@/lib/schemas/auth';
import { getCurrentOrganisation } from '@/lib/server/queries/organisation';
import { requireViewer } from '@/lib/server/authz';
import { getMemberNetworks } from '@/lib/server/queries/network';
import { MemberNetworks } from './_components/MemberNetworks';
import { InviteForm } from './_components/InviteForm';
import { NewOrganisationForm } from './_components/NewOrganisationForm';
import { plural } from '@/lib/domain/format/french';
import { RemoveMemberButton } from './_components/RemoveMemberButton';
import { OrganisationLogoSection } from './_components/OrganisationLogoSection';
import { isLogoRefusal } from '@/lib/domain/files/image-type';

export const metadata: Metadata = { title: 'Ma structure' };

export default async function OrganisationPage(props: { searchParams: Promise<{ refus?: string | string[] }> }) {
  const [organisation, networks, { refus }] = await Promise.all([getCurrentOrganisation(), requireViewer().then(getMemberNetworks), props.searchParams]);
  const isAdmin = organisation.viewerRole === 'ADMIN';
  // The logo upload route redirects here with a refusal code (see organisation/logo/route.ts).
  const logoRefusal = isLogoRefusal(refus) ? refus : null;
  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="org-title">
        <h1 id="org-title" className="text-3xl font-bold">
          {organisation.name}
        </h1>
        <p className="text-slate-700">
          {ORGANISATION_KIND_LABELS[organisation.kind]}
          {organisation.siret ? ` · SIRET ${organisation.siret}` : ''}
        </p>
        {organisation.kind === 'FINANCEUR' ? null : (
          <p className="mt-2">
            <Link href="/organisation/evenements" className="text-brand-700 underline underline-offset-4">
              Comparer nos événements
            </Link>
          </p>
        )}
      </section>
      <OrganisationLogoSection name={organisation.name} hasLogo={organisation.logoType !== null} canEdit={isAdmin} refusal={logoRefusal} />
      {organisation.kind === 'FINANCEUR' ? null : (
        <section aria-labelledby="feed-title" className="rounded-lg bg-white p-6 shadow">
          <h2 id="feed-title" className="mb-1 text-2xl font-semibold">
            Agenda public de vos événements
          </h2>
          <p className="mb-2 text-slate-700">
            Vos événements publiés (et ceux que vous co-organisez) dans un agenda partagé : vos partenaires
            l’ajoutent une fois à leur agenda (Outlook, Google Agenda, Thunderbird…) par son adresse, et les
            nouveaux événements y apparaissent d’eux-mêmes.
          </p>
          <p>
            <a href={organisationCalendarPath(organisation.id)} className="break-all text-brand-700 underline underline-offset-4">
              {`${appUrl()}${organisationCalendarPath(organisation.id)}`}
            </a>
          </p>
        </section>
      )}
      <MemberNetworks data={networks} />
      <section aria-labelledby="members-title" className="rounded-lg bg-white p-6 shadow">
        <h2 id="members-title" className="mb-3 text-2xl font-semibold">
          Membres
        </h2>
        <table className="w-full text-left">
          <caption className="sr-only">Membres de la structure et leur rôle</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2">Nom</th>
              <th scope="col" className="py-2">E-mail</th>
              <th scope="col" className="py-2">Rôle</th>
              {isAdmin ? <th scope="col" className="py-2"><span className="sr-only">Actions</span></th> : null}
            </tr>
          </thead>
          <tbody>
            {organisation.memberships.map((m) => (
              <tr key={m.user.id} className="border-b border-slate-100">
                <td className="py-2">{m.user.name}</td>
                <td className="py-2">{m.user.email}</td>
                <td className="py-2">{MEMBERSHIP_ROLE_LABELS[m.role]}</td>
                {isAdmin ? (
                  <td className="py-2 text-right">
                    <RemoveMemberButton userId={m.user.id} name={m.user.name} />
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {isAdmin ? (
        <section aria-labelledby="invite-title" className="rounded-lg bg-white p-6 shadow">
          <h2 id="invite-title" className="mb-1 text-2xl font-semibold">
            Inviter une personne
          </h2>
          <p className="mb-3 text-slate-700">
            Créez un lien d’invitation à usage unique, valable 7 jours, et transmettez-le à la personne.
            {organisation.invitations.length > 0
              ? ` ${plural(organisation.invitations.length, { one: 'invitation', other: 'invitations' })} en attente, la plus récente expire le ${formatDate(organisation.invitations[0]!.expiresAt)}.`
              : ''}
          </p>
          <InviteForm />
        </section>
      ) : null}
      {isAdmin && organisation.kind !== 'FINANCEUR' ? (
        <section aria-labelledby="webhooks-title" className="rounded-lg bg-white p-6 shadow">
          <h2 id="webhooks-title" className="mb-1 text-2xl font-semibold">
            Webhooks
          </h2>
          <p className="mb-2 text-slate-700">
            Prévenez vos propres outils (CRM, tableur, automatisations) des nouvelles inscriptions, des événements publiés et des
            bilans validés.
          </p>
          <p>
            <Link href="/organisation/webhooks" className="text-brand-700 underline underline-offset-4">
              Gérer les webhooks
            </Link>
          </p>
        </section>
      ) : null}
      <section aria-labelledby="new-org-title" className="rounded-lg bg-white p-6 shadow">
        <h2 id="new-org-title" className="mb-3 text-2xl font-semibold">
          Créer une autre structure
        </h2>
        <NewOrganisationForm />
      </section>
    </div>
  );
}
