import Link from 'next/link';
import type { MaturityLevel } from '@/lib/domain/diagnostic';
import { audienceLimitFor, getFormat, type AudienceLimit, type CatalogueFormatId } from '@/lib/domain/formats';

function audienceText(limit: AudienceLimit | null): string | null {
  if (!limit) return null;
  if (limit.min && limit.max) return `${limit.min} à ${limit.max} personnes`;
  if (limit.max) return `${limit.max} personnes au plus`;
  return limit.min ? `${limit.min} personnes au moins` : null;
}

function durationText(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, '0')}`;
}

/** The recommended formats, in the webinar's order, each linking to its catalogue page. */
export function FormatCards({ formatIds, level }: { formatIds: readonly CatalogueFormatId[]; level: MaturityLevel }) {
  return (
    <ol className="grid gap-3 md:grid-cols-2">
      {formatIds.map((id, index) => {
        const format = getFormat(id);
        const audience = audienceText(audienceLimitFor(id, level));
        return (
          <li key={id} className="flex flex-col gap-1 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <p className="text-sm font-medium text-slate-600">Priorité {index + 1}</p>
            <h3 className="text-lg font-semibold">
              <Link href={`/formats/${id}`} className="text-brand-700 underline underline-offset-4">
                {format.name}
              </Link>
            </h3>
            <p>{format.purpose}</p>
            <p className="text-sm text-slate-700">
              Durée type : {durationText(format.typicalDurationMinutes)}
              {audience ? ` · Jauge conseillée : ${audience}` : ''}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
