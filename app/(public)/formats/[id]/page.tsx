import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { AudienceLimitTable } from '@/components/formats/AudienceLimitTable';
import { PrintButton } from '@/components/formats/PrintButton';
import { SourceCredit } from '@/components/formats/SourceCredit';
import { catalogueHref, formatLevels } from '@/components/formats/format-text';
import { LEVEL_OBJECTIVES, recommendedFormatIdsFor } from '@/lib/domain/diagnostic';
import { FORMAT_IDS, VALORISATION_LABELS, findFormat, type Format } from '@/lib/domain/formats';
import { formatDuration } from '@/lib/domain/format/french';

type FormatPageProps = { params: Promise<{ id: string }> };

export function generateStaticParams() {
  return FORMAT_IDS.map((id) => ({ id }));
}

export async function generateMetadata({ params }: FormatPageProps): Promise<Metadata> {
  const format = findFormat((await params).id);
  return format ? { title: `${format.name} — fiche format`, description: format.purpose } : { title: 'Format introuvable' };
}

export default async function FormatPage({ params }: FormatPageProps) {
  const format = findFormat((await params).id);
  if (!format) notFound();

  return (
    <article data-format-sheet className="flex flex-col gap-6 print:gap-4 print:text-black">
      <p className="no-print">
        <Link href="/formats" className="text-brand-700 underline underline-offset-4">
          Retour au catalogue des formats
        </Link>
      </p>

      <header className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="flex flex-col gap-2">
          <p className="text-sm font-semibold tracking-wide text-slate-700 uppercase print:text-black">
            {format.inGrid ? `Fiche format · ${recommendedAt(format)}` : 'Fiche format · hors grille de recommandation'}
          </p>
          <h1 className="text-3xl font-bold">{format.name}</h1>
          <p className="max-w-3xl text-lg text-slate-800 print:text-black">{format.purpose}</p>
        </div>
        <PrintButton />
      </header>

      <div className="grid gap-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6 md:grid-cols-2 print:gap-4 print:border-0 print:p-0 print:shadow-none">
        <SheetSection title="Description" wide>
          <p>{format.description}</p>
        </SheetSection>
        <SheetSection title="Jauge" wide>
          <AudienceLimitTable format={format} />
        </SheetSection>
        <SheetSection title="Mise en scène">
          <p>{format.staging}</p>
        </SheetSection>
        <SheetSection title="Ressources humaines">
          <p>{format.humanResources}</p>
        </SheetSection>
        <SheetSection title="Valorisation">
          <Valorisation format={format} />
        </SheetSection>
        <SheetSection title="Durée type">
          <p className="text-2xl font-semibold">{formatDuration(format.typicalDurationMinutes)}</p>
          <p className="text-sm text-slate-700 print:text-black">Durée indicative proposée par Trame, à ajuster à votre programme.</p>
        </SheetSection>
        {format.tips.length > 0 ? (
          <SheetSection title="Conseils" wide>
            <ul className="list-disc space-y-1 pl-5">
              {format.tips.map((tip) => (
                <li key={tip}>{tip}</li>
              ))}
            </ul>
          </SheetSection>
        ) : null}
        <SheetSection title="Niveaux recommandés" wide>
          <RecommendedLevels format={format} />
        </SheetSection>
      </div>

      <footer className="border-t border-slate-200 pt-4 print:border-black">
        {format.source ? (
          <SourceCredit source={format.source} />
        ) : (
          <p className="text-sm text-slate-700 italic print:text-black">Fiche rédigée par Trame.</p>
        )}
      </footer>
    </article>
  );
}

function recommendedAt(format: Format): string {
  const levels = formatLevels(format.recommendedLevels);
  return format.recommendedLevels.length > 1 ? `recommandé aux niveaux ${levels}` : `recommandé au niveau ${levels}`;
}

function SheetSection({ title, wide = false, children }: { title: string; wide?: boolean; children: ReactNode }) {
  return (
    <section className={`flex flex-col gap-2 text-slate-900 print:break-inside-avoid print:text-black ${wide ? 'md:col-span-2' : ''}`}>
      <h2 className="text-xl font-semibold">{title}</h2>
      {children}
    </section>
  );
}

function Valorisation({ format }: { format: Format }) {
  if (format.valorisation.length === 0 && !format.valorisationDetails) {
    return <p>Pas de valorisation particulière pour ce format.</p>;
  }
  return (
    <>
      <ul className="list-disc pl-5">
        {format.valorisation.map((kind) => (
          <li key={kind}>{VALORISATION_LABELS[kind]}</li>
        ))}
      </ul>
      {format.valorisationDetails ? <p>{format.valorisationDetails}</p> : null}
    </>
  );
}

/** Un lien par niveau vers le catalogue filtré, avec le rang du format dans l'ordre du webinaire. */
function RecommendedLevels({ format }: { format: Format }) {
  if (!format.inGrid) {
    return (
      <p>
        Ce format est hors de la grille de recommandation : le diagnostic ne le propose à aucun niveau, mais il a sa
        place dans un programme. <Link href="/formats" className="text-brand-700 underline underline-offset-4 print:text-black">Voir les formats recommandés</Link>.
      </p>
    );
  }
  return (
    <ul className="flex flex-col gap-2">
      {format.recommendedLevels.map((level) => {
        const ids = recommendedFormatIdsFor(level);
        const rank = ids.findIndex((id) => id === format.id) + 1;
        return (
          <li key={level}>
            <Link href={catalogueHref(level)} className="font-semibold text-brand-700 underline underline-offset-4 print:text-black">
              Formats recommandés au niveau {level}
            </Link>{' '}
            <span className="text-slate-800 print:text-black">
              — {LEVEL_OBJECTIVES[level].title.toLocaleLowerCase('fr-FR')} : {rank === 1 ? '1er' : `${rank}e`} des{' '}
              {ids.length} formats, dans l’ordre du webinaire
            </span>
          </li>
        );
      })}
    </ul>
  );
}
