import type { ParticipantsSummary } from '@/lib/server/queries/participants';
import { AnonymiseExpiredButton } from './AnonymiseExpiredButton';
import { RetentionForm } from './RetentionForm';
import { formatCalendarDate } from '@/lib/domain/dates';

/** The RGPD settings of the event: how long participants' data is kept, and the erasure when due. */
export function RetentionSection({ eventId, summary }: { eventId: string; summary: ParticipantsSummary }) {
  const { retention } = summary;
  return (
    <section aria-labelledby="donnees-personnelles" className="rounded-lg bg-white p-4 shadow sm:p-6">
      <h2 id="donnees-personnelles" className="mb-2 text-2xl font-semibold">
        Durée de conservation des données
      </h2>
      <p className="mb-3 max-w-prose text-slate-800">
        Passé ce délai après le dernier jour de l’événement, le nom, l’adresse e-mail, la structure et les besoins d’accessibilité des
        participant·es sont effacés. Leur catégorie, leur statut et leurs présences restent : les chiffres du bilan ne changent pas.
      </p>
      <RetentionForm eventId={eventId} retentionMonths={summary.retentionMonths} />
      {retention.keptUntil ? (
        <p className="mt-3 text-slate-800">
          {retention.over
            ? `La durée est écoulée depuis le ${formatCalendarDate(retention.keptUntil)}.`
            : `Les données sont gardées jusqu’au ${formatCalendarDate(retention.keptUntil)} inclus.`}
        </p>
      ) : null}
      {retention.over && summary.confirmed + summary.waiting + summary.cancelled > summary.anonymised ? (
        <div className="mt-3">
          <AnonymiseExpiredButton eventId={eventId} />
        </div>
      ) : null}
    </section>
  );
}
