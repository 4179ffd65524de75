import Link from 'next/link';
import type { EventOverview } from '@/lib/server/queries/event-record';
import { boxClass, missing } from './RecordSummary';

/** The level and objective (from a diagnostic or chosen) and the formats the webinar suggests for it. */
export function LevelAndFormats({ event }: { event: EventOverview }) {
  return (
    <section aria-labelledby="level-title" className={boxClass}>
      <h2 id="level-title" className="mb-2 text-xl font-semibold">
        Niveau, objectif et formats
      </h2>
      <p className="font-medium">{event.level ? `Niveau ${event.level.value} — ${event.level.title}` : 'Niveau non défini'}</p>
      <p className="mt-1">
        <span className="font-medium">Objectif : </span>
        {event.objective ?? missing}
      </p>
      {event.diagnosticId ? (
        <p className="mt-1 text-sm">
          <Link href={`/diagnostic/${event.diagnosticId}`} className="text-brand-700 underline underline-offset-4">
            Voir le diagnostic d’origine
          </Link>
        </p>
      ) : null}
      <h3 className="mt-3 mb-1 font-semibold">Formats suggérés</h3>
      {event.suggestedFormats.length === 0 ? (
        <p className="text-slate-700 italic">Choisissez un niveau pour obtenir des formats suggérés.</p>
      ) : (
        <ol className="flex flex-wrap gap-2">
          {event.suggestedFormats.map((format) => (
            <li key={format.id}>
              <Link href={`/formats/${format.id}`} className="inline-block rounded-md border border-brand-700 px-3 py-1 text-brand-700 hover:bg-brand-50">
                {format.name}
              </Link>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
