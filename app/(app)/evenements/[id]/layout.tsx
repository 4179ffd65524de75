import Link from 'next/link';
import type { ReactNode } from 'react';
import { formatDateRange } from '@/lib/domain/dates';
import { EVENT_STATUS_LABELS } from '@/lib/domain/events/status';
import { getEventHeader } from '@/lib/server/queries/event-header';
import { EventNav } from './_components/EventNav';
import { pageError, pageId } from '@/lib/server/page-data';

export default async function EventLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const id = pageId((await params).id);
  const event = await getEventHeader(id).catch(pageError);
  return (
    <div className="flex flex-col gap-6">
      <header>
        <p className="text-sm text-slate-700">
          {event.owner.name} · {event.territory?.name ?? 'Territoire à préciser'}
        </p>
        <h1 className="text-3xl font-bold">{event.title}</h1>
        <p className="mt-1 flex flex-wrap items-center gap-3 text-slate-800">
          <span>{formatDateRange(event.startsAt, event.endsAt)}</span>
          <span className="rounded bg-brand-50 px-2 py-0.5 text-sm text-brand-800">{EVENT_STATUS_LABELS[event.status]}</span>
          {event.status !== 'DRAFT' ? (
            <Link href={`/e/${event.slug}`} className="text-brand-700 underline underline-offset-4">
              Voir la page publique
            </Link>
          ) : null}
        </p>
      </header>
      <EventNav eventId={event.id} showEmails={event.canReadEmails} />
      <div>{children}</div>
    </div>
  );
}
