import { formatDateRange } from '@/lib/domain/dates';
import type { CoOrganiserInvitationView } from '@/lib/server/events/co-organiser-invitations';
import { CoOrganiserInvitationAnswer } from './CoOrganiserInvitationAnswer';

/** The dashboard's invitations to co-organise: nothing of the event is shared before an answer. */
export function CoOrganiserInvitations({ invitations }: { invitations: CoOrganiserInvitationView[] }) {
  if (invitations.length === 0) return null;
  return (
    <section aria-labelledby="co-organiser-invitations-title" className="mb-6 rounded-lg border-l-4 border-brand-600 bg-white p-4 shadow">
      <h2 id="co-organiser-invitations-title" className="mb-2 text-xl font-semibold">
        Invitations à co-organiser
      </h2>
      <p className="mb-3 text-slate-700">
        En acceptant, votre structure voit l’événement et ses membres peuvent se voir confier des tâches.
      </p>
      <ul className="flex flex-col gap-3">
        {invitations.map((invitation) => (
          <li key={invitation.eventId} className="flex flex-col gap-2 rounded-md border border-slate-300 p-3">
            <p>
              <strong>{invitation.ownerName}</strong> vous invite à co-organiser « {invitation.eventTitle} » (
              {formatDateRange(invitation.startsAt, invitation.endsAt)}).
            </p>
            <CoOrganiserInvitationAnswer eventId={invitation.eventId} organisationId={invitation.organisationId} eventTitle={invitation.eventTitle} />
          </li>
        ))}
      </ul>
    </section>
  );
}
