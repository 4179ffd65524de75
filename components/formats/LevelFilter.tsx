import { TabLinks } from '@/components/ui/TabLinks';
import { LEVEL_OBJECTIVES, MATURITY_LEVELS, type MaturityLevel } from '@/lib/domain/diagnostic';
import { catalogueHref } from './format-text';

/**
 * Le filtre par niveau : de simples liens (`?niveau=2`), qui marchent sans JavaScript,
 * au clavier, et qu'on peut partager ou mettre en favori.
 */
export function LevelFilter({ current, base }: { current: MaturityLevel | null; base?: string }) {
  const options = [
    { level: null, label: 'Tous les niveaux' },
    ...MATURITY_LEVELS.map((level) => ({ level, label: `Niveau ${level} · ${LEVEL_OBJECTIVES[level].title}` })),
  ];
  return (
    <nav aria-labelledby="filtre-niveau" className="no-print">
      <p id="filtre-niveau" className="mb-2 font-semibold">
        Filtrer par niveau de maturité du territoire
      </p>
      <TabLinks
        className="flex flex-wrap gap-2"
        tabs={options.map((option) => ({ href: catalogueHref(option.level, base), label: option.label, current: option.level === current }))}
      />
    </nav>
  );
}
