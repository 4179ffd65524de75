import Link from 'next/link';
import { LEVEL_OBJECTIVES, MATURITY_LEVELS, type MaturityLevel } from '@/lib/domain/diagnostic';
import { catalogueHref } from './format-text';

const baseClass = 'inline-block rounded-full border px-3 py-1.5 text-sm font-semibold underline-offset-4';
const idleClass = 'border-brand-700 bg-white text-brand-700 hover:bg-brand-50 hover:underline';
const currentClass = 'border-brand-700 bg-brand-700 text-white';

/**
 * Le filtre par niveau : de simples liens (`?niveau=2`), qui marchent sans JavaScript,
 * au clavier, et qu'on peut partager ou mettre en favori.
 */
export function LevelFilter({ current }: { current: MaturityLevel | null }) {
  const options = [
    { level: null, label: 'Tous les niveaux' },
    ...MATURITY_LEVELS.map((level) => ({ level, label: `Niveau ${level} · ${LEVEL_OBJECTIVES[level].title}` })),
  ];
  return (
    <nav aria-labelledby="filtre-niveau" className="no-print">
      <p id="filtre-niveau" className="mb-2 font-semibold">
        Filtrer par niveau de maturité du territoire
      </p>
      <ul className="flex flex-wrap gap-2">
        {options.map((option) => {
          const isCurrent = option.level === current;
          return (
            <li key={option.level ?? 'tous'}>
              <Link
                href={catalogueHref(option.level)}
                aria-current={isCurrent ? 'page' : undefined}
                className={`${baseClass} ${isCurrent ? currentClass : idleClass}`}
              >
                {option.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
