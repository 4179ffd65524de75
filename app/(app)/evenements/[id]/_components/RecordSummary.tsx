import type { ReactNode } from 'react';
import { formatDateRange, formatDay, formatHourRange } from '@/lib/domain/dates';
import { EVENT_MODE_LABELS } from '@/lib/domain/events/mode';
import type { EventOverview } from '@/lib/server/queries/event-record';

export const boxClass = 'rounded-lg bg-white p-6 shadow';
export const missing = <span className="text-slate-700 italic">Non renseigné</span>;

export function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 border-b border-slate-200 py-2 last:border-b-0 sm:grid-cols-[11rem_1fr]">
      <dt className="font-medium text-slate-800">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function participants(min: number | null, max: number | null): string | null {
  if (min !== null && max !== null) return min === max ? `${min} participants` : `De ${min} à ${max} participants`;
  if (min !== null) return `Au moins ${min} participants`;
  if (max !== null) return `Au plus ${max} participants`;
  return null;
}

/** The event's record: dates, mode, territory, organisers, objective of participation, themes. */
export function RecordSummary({ event }: { event: EventOverview }) {
  const target = participants(event.participantMin, event.participantMax);
  return (
    <section aria-labelledby="record-title" className={boxClass}>
      <h2 id="record-title" className="mb-2 text-xl font-semibold">
        Fiche
      </h2>
      <dl>
        <Row term={event.days.length > 1 ? 'Journées' : 'Journée'}>
          {event.days.length === 0 ? (
            formatDateRange(event.startsAt, event.endsAt)
          ) : (
            <ul>
              {event.days.map((day) => (
                <li key={day.date}>
                  {formatDay(day.date)}, {formatHourRange(day)}
                </li>
              ))}
            </ul>
          )}
        </Row>
        <Row term="Mode">
          {EVENT_MODE_LABELS[event.mode]}
          {event.visioUrl ? (
            <>
              {' · '}
              <a href={event.visioUrl} className="text-brand-700 underline underline-offset-4" rel="noreferrer" target="_blank">
                lien de la visioconférence
              </a>
            </>
          ) : null}
        </Row>
        <Row term="Territoire">{event.territory?.label ?? missing}</Row>
        <Row term="Co-organisateurs">{event.coOrganisers.length > 0 ? event.coOrganisers.join(', ') : 'Aucun'}</Row>
        <Row term="Objectif de participation">{target ?? missing}</Row>
        <Row term="Thèmes">
          {event.themes.length > 0 ? (
            <ul className="flex flex-wrap gap-2">
              {event.themes.map((theme) => (
                <li key={theme} className="rounded bg-slate-100 px-2 py-0.5 text-slate-900">
                  {theme}
                </li>
              ))}
            </ul>
          ) : (
            missing
          )}
        </Row>
        <Row term="Hashtag">{event.hashtag ?? missing}</Row>
        <Row term="Description">{event.description ? <p className="whitespace-pre-line">{event.description}</p> : missing}</Row>
      </dl>
    </section>
  );
}
