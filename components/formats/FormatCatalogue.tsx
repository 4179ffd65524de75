import type { Metadata } from 'next';
import { FormatCard } from '@/components/formats/FormatCard';
import { LevelFilter } from '@/components/formats/LevelFilter';
import { SourceCredit } from '@/components/formats/SourceCredit';
import { parseLevelParam } from '@/components/formats/format-text';
import { Alert } from '@/components/ui/Alert';
import { LEVEL_OBJECTIVES, type MaturityLevel } from '@/lib/domain/diagnostic';
import { CATALOGUE_FORMAT_IDS, listFormats, type Format } from '@/lib/domain/formats';

export type CatalogueProps = { searchParams: Promise<{ niveau?: string | string[] }> };

export async function catalogueMetadata({ searchParams }: CatalogueProps): Promise<Metadata> {
  const level = parseLevelParam((await searchParams).niveau);
  return { title: level ? `Formats recommandés au niveau ${level}` : 'Catalogue des formats' };
}

/** The catalogue, on the public page (/formats) and inside the app when signed in (/catalogue). */
export function FormatCatalogue({ niveau, base }: { niveau: string | string[] | undefined; base: string }) {
  const level = parseLevelParam(niveau);
  const recommended = listFormats(level ? { level } : { inGrid: true });
  const offGrid = listFormats({ inGrid: false });
  const List = level ? 'ol' : 'ul';

  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-3">
        <h1 className="text-3xl font-bold">Catalogue des formats</h1>
        <p className="max-w-3xl text-lg text-slate-800">
          Les formats de séance d’un événement du numérique d’intérêt général : à quoi ils servent, pour combien de
          personnes, combien de temps, et à quel niveau de maturité du territoire les proposer.
        </p>
        <SourceCredit source="webinaire" />
      </header>

      <LevelFilter current={level} base={base} />
      {niveau !== undefined && level === null ? (
        <Alert>Ce niveau n’existe pas : le catalogue affiche les formats de tous les niveaux.</Alert>
      ) : null}

      <section aria-labelledby="formats-recommandes" className="flex flex-col gap-4">
        <h2 id="formats-recommandes" className="text-2xl font-semibold">
          {level ? `Formats recommandés au niveau ${level}` : `Les ${CATALOGUE_FORMAT_IDS.length} formats recommandés`}
        </h2>
        {level ? <LevelObjective level={level} /> : null}
        <p role="status" className="text-slate-800">
          {level ? summaryFor(level, recommended) : 'Choisissez un niveau pour voir les formats qu’il recommande, dans l’ordre du webinaire.'}
        </p>
        <List aria-labelledby="formats-recommandes" className="grid gap-4 md:grid-cols-2">
          {recommended.map((format) => (
            <FormatCard key={format.id} format={format} level={level} />
          ))}
        </List>
      </section>

      <section aria-labelledby="autres-formats" className="flex flex-col gap-4">
        <h2 id="autres-formats" className="text-2xl font-semibold">
          Autres formats de programme
        </h2>
        <p className="max-w-3xl text-slate-800">
          <strong>Hors grille de recommandation</strong> : le diagnostic ne les propose pas, mais un programme en contient
          presque toujours (ouverture, pauses, repas…).
        </p>
        <ul aria-labelledby="autres-formats" className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
          {offGrid.map((format) => (
            <FormatCard key={format.id} format={format} level={null} />
          ))}
        </ul>
      </section>
    </div>
  );
}

function LevelObjective({ level }: { level: MaturityLevel }) {
  const { title, objective } = LEVEL_OBJECTIVES[level];
  return (
    <div className="rounded-md border-l-4 border-brand-700 bg-brand-50 p-4">
      <p className="font-semibold text-brand-800">
        Objectif d’un événement de niveau {level} : {title.toLocaleLowerCase('fr-FR')}
      </p>
      <p className="text-slate-800">{objective}</p>
    </div>
  );
}

/** « Au niveau 2, le webinaire recommande, dans cet ordre : atelier, masterclass, démo et retex. » */
function summaryFor(level: MaturityLevel, formats: readonly Format[]): string {
  const names = new Intl.ListFormat('fr-FR', { type: 'conjunction' }).format(
    formats.map((format) => format.name.toLocaleLowerCase('fr-FR')),
  );
  return `Au niveau ${level}, le webinaire recommande, dans cet ordre : ${names}.`;
}
