import Link from 'next/link';
import type { MaturityLevel } from '@/lib/domain/diagnostic';
import type { Format } from '@/lib/domain/formats';
import { SourceCredit } from './SourceCredit';
import { describeAudience, formatLevels } from './format-text';
import { formatDuration } from '@/lib/domain/format/french';

/**
 * Une carte du catalogue, rendue comme élément de liste. Le nom mène à la fiche du format.
 * `level` : le niveau filtré, dont la carte donne la jauge.
 */
export function FormatCard({ format, level }: { format: Format; level: MaturityLevel | null }) {
  return (
    <li className="flex flex-col rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h3 className="text-xl font-semibold">
        <Link href={`/formats/${format.id}`} className="text-brand-700 underline underline-offset-4 hover:decoration-2">
          {format.name}
        </Link>
      </h3>
      {format.inGrid ? null : (
        <p className="mt-1 self-start rounded bg-slate-100 px-2 py-0.5 text-xs font-semibold text-slate-800">
          Hors grille de recommandation
        </p>
      )}
      <p className="mt-1 text-slate-800">{format.purpose}</p>
      <dl className="mt-4 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold text-slate-700">{level ? `Jauge au niveau ${level}` : 'Jauge'}</dt>
        <dd className="text-slate-900">
          {describeAudience(format, level).map((line) => (
            <span key={line} className="block">
              {line}
            </span>
          ))}
        </dd>
        <dt className="font-semibold text-slate-700">Durée type</dt>
        <dd className="text-slate-900">{formatDuration(format.typicalDurationMinutes)}</dd>
        {format.inGrid ? (
          <>
            <dt className="font-semibold text-slate-700">{recommendedLabel(format)}</dt>
            <dd className="text-slate-900">{formatLevels(format.recommendedLevels)}</dd>
          </>
        ) : null}
      </dl>
      {format.source === 'capcom' ? <SourceCredit source="capcom" className="mt-4" /> : null}
    </li>
  );
}

function recommendedLabel(format: Format): string {
  return format.recommendedLevels.length > 1 ? 'Recommandé aux niveaux' : 'Recommandé au niveau';
}
