import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { formatDateRange } from '@/lib/domain/dates';
import { buildEventJsonLd, programmeJsonPath, publicEventPath, scheduleXmlPath } from '@/lib/domain/public';
import { getPublicEvent, publicEventUrl } from '@/lib/server/queries/public-event';
import { EventFacts } from './_components/EventFacts';
import { mailIsSent } from '@/lib/server/mail/delivery-mode';
import { JsonLd } from './_components/JsonLd';
import { Organisers } from './_components/Organisers';
import { Partners } from './_components/Partners';
import { Programme } from './_components/Programme';
import { SpeakerList } from './_components/SpeakerList';
import { EVENT_MODE_PUBLIC_LABELS } from '@/lib/domain/events/mode';

// Cached (ISR): rendered on the first visit, then served from Next's cache until a programme or
// event mutation calls revalidatePublicEvents(). The 60-second expiry is the safety net for other
// app instances (each keeps its own page cache) and for writes made outside the app.
export const revalidate = 60;

/** No event is rendered at build time (the database is not there): each one on its first visit. */
export function generateStaticParams(): Array<{ slug: string }> {
  return [];
}

type PublicEventPageProps = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: PublicEventPageProps): Promise<Metadata> {
  const event = await getPublicEvent((await params).slug);
  if (!event) return { title: 'Événement introuvable' };
  const when = formatDateRange(event.startsAt, event.endsAt);
  const where = event.mode === 'DISTANCIEL' ? EVENT_MODE_PUBLIC_LABELS.DISTANCIEL : (event.venue.name ?? EVENT_MODE_PUBLIC_LABELS[event.mode]);
  const summary = event.description ? ` — ${event.description.replace(/\s+/g, ' ').slice(0, 140)}` : '';
  return {
    title: event.title,
    description: `${when} · ${where}${summary}`,
    // For machines only: the programme feeds are announced in <link rel="alternate">, not shown.
    alternates: { types: { 'application/json': programmeJsonPath(event.slug), 'application/xml': scheduleXmlPath(event.slug) } },
  };
}

export default async function PublicEventPage({ params }: PublicEventPageProps) {
  const event = await getPublicEvent((await params).slug);
  if (!event) notFound();
  const pageUrl = publicEventUrl(event.slug);
  const past = event.status !== 'PUBLISHED';

  return (
    <article className="flex flex-col gap-8 print:gap-4 print:text-black">
      <JsonLd data={buildEventJsonLd(event, pageUrl)} />
      <header className="flex flex-col gap-2">
        <p className="text-sm text-slate-700 print:text-black">Organisé par {joinNames(event.organisers)}</p>
        <h1 className="text-3xl font-bold break-words sm:text-4xl">{event.title}</h1>
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-lg text-slate-800 print:text-black">
          <span>{formatDateRange(event.startsAt, event.endsAt)}</span>
          <span aria-hidden="true">·</span>
          <span>{EVENT_MODE_PUBLIC_LABELS[event.mode]}</span>
          {past ? <span className="rounded bg-slate-200 px-2 py-0.5 text-sm text-slate-900">Événement terminé</span> : null}
        </p>
        {event.themes.length > 0 || event.hashtag ? (
          <ul aria-label="Thèmes" className="mt-1 flex flex-wrap gap-2">
            {event.themes.map((theme) => (
              <li key={theme} className="rounded-full bg-brand-50 px-3 py-1 text-sm text-brand-800 print:border print:border-black">
                {theme}
              </li>
            ))}
            {event.hashtag ? <li className="rounded-full px-1 py-1 text-sm font-semibold text-slate-800">{hashtagOf(event.hashtag)}</li> : null}
          </ul>
        ) : null}
      </header>

      <EventFacts event={event} mailSent={mailIsSent()} />
      <Organisers organisers={event.organiserCards} contact={event.contact} />

      {event.callOpen ? (
        <p className="rounded-md border border-brand-100 bg-brand-50 p-3 print:hidden">
          Vous souhaitez intervenir ?{' '}
          <a href={`${publicEventPath(event.slug)}/appel`} className="font-semibold text-brand-700 underline underline-offset-4">
            Proposer une intervention
          </a>
        </p>
      ) : null}

      {event.description ? (
        <section aria-labelledby="presentation" className="flex flex-col gap-3">
          <h2 id="presentation" className="text-2xl font-semibold">
            Présentation
          </h2>
          <div className="max-w-3xl text-slate-900 whitespace-pre-line print:text-black">{event.description}</div>
        </section>
      ) : null}

      <section aria-labelledby="programme" className="flex flex-col gap-4">
        <div className="flex flex-col gap-2 sm:flex-row sm:items-baseline sm:justify-between">
          <h2 id="programme" className="text-2xl font-semibold">
            Programme
          </h2>
          <ul aria-label="Exports du programme" className="no-print flex flex-wrap gap-x-4 gap-y-1">
            <li>
              <a href={scheduleXmlPath(event.slug)} className="text-brand-700 underline underline-offset-4" type="application/xml">
                Pour les applis de programme (frab)
              </a>
            </li>
          </ul>
        </div>
        <Programme event={event} />
      </section>

      <SpeakerList speakers={event.speakers} />
      <Partners slug={event.slug} partners={event.partners} />
    </article>
  );
}

function joinNames(names: readonly string[]): string {
  return new Intl.ListFormat('fr-FR', { style: 'long', type: 'conjunction' }).format(names);
}

function hashtagOf(hashtag: string): string {
  return hashtag.startsWith('#') ? hashtag : `#${hashtag}`;
}
