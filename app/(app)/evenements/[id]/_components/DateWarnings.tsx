import Link from 'next/link';
import { EVENT_DATE_WARNING_LABELS } from '@/lib/domain/events/warnings';
import type { EventOverview } from '@/lib/server/queries/event-record';

/** The date warnings (general-assembly season, another event of the territory nearby): advice, not a block. */
export function DateWarnings({ warnings }: { warnings: EventOverview['warnings'] }) {
  if (warnings.length === 0) return null;
  return (
    <section aria-labelledby="warnings-title" className="rounded-lg border-l-4 border-amber-700 bg-amber-50 p-4 text-amber-950">
      <h2 id="warnings-title" className="mb-2 text-xl font-semibold">
        Points d’attention sur les dates
      </h2>
      <ul className="flex flex-col gap-2">
        {warnings.map((warning, index) => (
          <li key={index}>
            <strong>{EVENT_DATE_WARNING_LABELS[warning.code]} : </strong>
            {warning.message}
            {warning.href ? (
              <>
                {' '}
                <Link href={warning.href} className="font-medium underline underline-offset-4">
                  Voir cet événement
                </Link>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      <p className="mt-2 text-sm">D’après le vadémécum RéZolutions numériques (Le Mouvement associatif, 2021).</p>
    </section>
  );
}
