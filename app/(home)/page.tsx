import type { Metadata } from 'next';
import Link from 'next/link';
import { can } from '@/lib/domain/access/permissions';
import { formatDateRange } from '@/lib/domain/dates';
import { EVENT_STATUS_LABELS } from '@/lib/domain/events/status';
import { ThisWeekBlock } from '@/components/events/ThisWeekBlock';
import { CoOrganiserInvitations } from '../(app)/_components/CoOrganiserInvitations';
import { SharedBilans } from '../(app)/_components/SharedBilans';
import { FirstSteps } from './_components/FirstSteps';
import { Landing } from './_components/Landing';
import { getViewer, isFunder } from '@/lib/server/authz';
import { getFirstSteps } from '@/lib/server/queries/first-steps';
import { listCoOrganiserInvitations } from '@/lib/server/events/co-organiser-invitations';
import { listEventsOfCurrentOrganisation } from '@/lib/server/queries/events';

export async function generateMetadata(): Promise<Metadata> {
  return (await getViewer())
    ? { title: 'Tableau de bord' }
    : { title: { absolute: 'Trame : vos événements territoriaux du numérique d’intérêt général' } };
}

/** Signed out: the landing page. Signed in: the dashboard (a funder's shared bilans). */
export default async function HomePage() {
  const viewer = await getViewer();
  if (!viewer) return <Landing />;
  if (isFunder(viewer.current)) return <SharedBilans organisationName={viewer.current.organisationName} />;
  const mayDiagnose = can(viewer.current.role, 'diagnostic.write', { funder: false });
  const [events, invitations, firstSteps] = await Promise.all([listEventsOfCurrentOrganisation(), listCoOrganiserInvitations(), getFirstSteps()]);
  return (
    <section aria-labelledby="events-title">
      <h1 className="mb-1 text-3xl font-bold">Bonjour {viewer.user.name}</h1>
      <p className="mb-6 text-slate-700">{viewer.current.organisationName}</p>
      <CoOrganiserInvitations invitations={invitations} />
      <FirstSteps {...firstSteps} hasEvents={events.length > 0} mayDiagnose={mayDiagnose} />
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <h2 id="events-title" className="text-2xl font-semibold">
          Événements
        </h2>
        {can(viewer.current.role, 'event.create') ? (
          <Link href="/evenements/nouveau" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            Nouvel événement
          </Link>
        ) : null}
      </div>
      {events.length === 0 ? (
        <p className="rounded-lg bg-white p-6 shadow">Aucun événement pour le moment.</p>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2">
          {events.map((event) => (
            <li key={event.id} className="rounded-lg bg-white p-4 shadow">
              <h3 className="text-lg font-semibold">
                <Link href={`/evenements/${event.id}`} className="text-brand-700 underline-offset-4 hover:underline">
                  {event.title}
                </Link>
              </h3>
              <p className="text-slate-700">{formatDateRange(event.startsAt, event.endsAt)}</p>
              <p className="text-slate-700">{event.territoryName ?? 'Territoire à préciser'}</p>
              <p className="mt-2 flex flex-wrap gap-2 text-sm">
                <span className="rounded bg-brand-50 px-2 py-0.5 text-brand-800">{EVENT_STATUS_LABELS[event.status]}</span>
                {event.role === 'co-organiser' ? (
                  <span className="rounded bg-slate-100 px-2 py-0.5 text-slate-800">Co-organisé avec {event.ownerName}</span>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      )}
      {events.length > 0 ? <ThisWeekBlock /> : null}
    </section>
  );
}
