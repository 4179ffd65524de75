import type { Metadata } from 'next';
import Link from 'next/link';
import { participantListQuerySchema } from '@/lib/schemas/participants';
import { getParticipantsSummary, listParticipants } from '@/lib/server/queries/participants';
import { getAttestationsSummary } from '@/lib/server/queries/attestations';
import { AttestationsPanel } from './_components/AttestationsPanel';
import { BadgesForm } from './_components/BadgesForm';
import { ParticipantTable } from './_components/ParticipantTable';
import { RetentionSection } from './_components/RetentionSection';
import { plural } from '@/lib/domain/format/french';
import { pageError, pageId } from '@/lib/server/page-data';

export const metadata: Metadata = { title: 'Participant·es' };

const link = 'font-medium text-brand-700 underline underline-offset-4';

export default async function ParticipantsPage(props: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ id }, searchParams] = await Promise.all([props.params, props.searchParams]);
  pageId(id);
  const { q, page } = participantListQuerySchema.parse(searchParams);
  const [summary, list, attestations] = await Promise.all([getParticipantsSummary(id), listParticipants(id, { q, page }), getAttestationsSummary(id)]).catch(pageError);
  const base = `/evenements/${id}/participants`;
  const pageHref = (n: number) => `${base}?${new URLSearchParams({ ...(q ? { q } : {}), page: String(n) })}`;

  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby="participants-title" className="rounded-lg bg-white p-4 shadow sm:p-6">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
          <h2 id="participants-title" className="text-2xl font-semibold">
            Participant·es
          </h2>
          <div className="no-print flex flex-wrap gap-2">
            <Link href={`${base}/ajouter`} className="rounded-md border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50">
              Ajouter un participant
            </Link>
            <Link href={`${base}/import`} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
              Importer des inscriptions
            </Link>
          </div>
        </div>
        <p className="mb-3 text-slate-800">
          {plural(summary.confirmed, { one: 'confirmée', other: 'confirmées' })} · {summary.waiting} en liste d’attente ·{' '}
          {plural(summary.cancelled, { one: 'annulée', other: 'annulées' })}
          {summary.anonymised > 0 ? ` · dont ${plural(summary.anonymised, { one: 'anonymisée', other: 'anonymisées' })}` : ''}
        </p>
        <p className="no-print mb-4 flex flex-wrap gap-x-5 gap-y-1">
          <a href={`${base}/export?format=csv`} className={link} download>
            Exporter la liste (CSV, Excel français)
          </a>
          <a href={`${base}/export?format=xlsx`} className={link} download>
            Exporter la liste (XLSX)
          </a>
        </p>
        <form role="search" method="get" action={base} className="mb-4 flex flex-wrap items-end gap-2">
          <div className="flex flex-col gap-1">
            <label htmlFor="participants-q" className="font-medium">
              Rechercher (nom, e-mail, structure)
            </label>
            <input id="participants-q" name="q" type="search" defaultValue={q} className="rounded-md border border-slate-400 px-3 py-2" />
          </div>
          <button type="submit" className="rounded-md border border-brand-700 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50">
            Rechercher
          </button>
        </form>
        <ParticipantTable eventId={id} list={list} mayEmail={summary.mayEmail} />
        {list.pageCount > 1 ? (
          <nav aria-label="Pages de la liste" className="mt-4 flex flex-wrap items-center gap-4">
            {list.page > 1 ? (
              <Link href={pageHref(list.page - 1)} className={link}>
                Page précédente
              </Link>
            ) : null}
            <span className="text-slate-800">
              Page {list.page} sur {list.pageCount}
            </span>
            {list.page < list.pageCount ? (
              <Link href={pageHref(list.page + 1)} className={link}>
                Page suivante
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
      <section aria-labelledby="attestations-title" className="flex flex-col gap-4 rounded-lg bg-white p-4 shadow sm:p-6">
        <h2 id="attestations-title" className="text-xl font-semibold">
          Attestations de présence et badges
        </h2>
        <p className="text-slate-800">
          {attestations.eligible === 0
            ? 'Aucune attestation pour l’instant : elles se préparent pour chaque personne pointée présente au moins un jour.'
            : `${plural(attestations.eligible, { one: 'personne pointée présente reçoit', other: 'personnes pointées présentes reçoivent' })} une attestation : jours et heures de présence, d’après le pointage.`}
          {Object.values(attestations.delivered).some((count) => count > 0)
            ? ` Par courriel : ${[
                attestations.delivered.sent > 0 ? plural(attestations.delivered.sent, { one: 'envoyée', other: 'envoyées' }) : null,
                attestations.delivered.queued > 0 ? `${attestations.delivered.queued} en file d’envoi` : null,
                attestations.delivered.stored > 0 ? plural(attestations.delivered.stored, { one: 'conservée sans envoi', other: 'conservées sans envoi' }) : null,
                attestations.delivered.bounced > 0 ? plural(attestations.delivered.bounced, { one: 'adresse refusée', other: 'adresses refusées' }) : null,
                attestations.delivered.failed > 0 ? plural(attestations.delivered.failed, { one: 'en échec', other: 'en échec' }) : null,
              ]
                .filter(Boolean)
                .join(', ')}.`
            : ''}
        </p>
        {attestations.eligible > 0 ? <AttestationsPanel eventId={id} summary={attestations} /> : null}
        <p className="text-slate-800">
          Badges des inscriptions confirmées ({attestations.badges}) : nom, structure et QR code de pointage, triés par nom, sur planches A4 Avery L7163 (2 × 7 étiquettes de 99,1 × 38,1 mm ; imprimez à 100 %).
        </p>
        <BadgesForm eventId={id} days={attestations.days} />
      </section>
      <RetentionSection eventId={id} summary={summary} />
    </div>
  );
}
