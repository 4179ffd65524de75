import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { addCalendarMonths, formatDate, parisDay } from '@/lib/domain/dates';
import { getDiagnostic } from '@/lib/server/queries/diagnostics';
import { CreateEventForm } from './_components/CreateEventForm';
import { FormatCards } from './_components/FormatCards';
import { OverrideForm } from './_components/OverrideForm';
import { ResultSummary } from './_components/ResultSummary';
import { de } from '@/lib/domain/format/french';
import { pageId } from '@/lib/server/page-data';

export const metadata: Metadata = { title: 'Résultat du diagnostic' };

export default async function DiagnosticResultPage({ params }: { params: Promise<{ id: string }> }) {
  const id = pageId((await params).id);
  const diagnostic = await getDiagnostic(id);
  if (!diagnostic) notFound();
  const { result, territory } = diagnostic;
  return (
    <div className="flex flex-col gap-6">
      <header>
        <p className="text-sm font-medium uppercase tracking-wide text-slate-600">Résultat du diagnostic</p>
        <h1 className="text-3xl font-bold">{territory.label}</h1>
        <p className="text-slate-700">
          Réalisé le {formatDate(diagnostic.createdAt)} par {diagnostic.createdByName}, {diagnostic.organisationName}
        </p>
        <p className="no-print mt-2 flex flex-wrap gap-4">
          <a href={`/diagnostic/${diagnostic.id}/pdf`} className="font-medium text-brand-700 underline underline-offset-4">
            Télécharger le PDF
          </a>
          <Link href={`/territoires/${territory.id}`} className="font-medium text-brand-700 underline underline-offset-4">
            Historique des diagnostics {de(territory.name)}
          </Link>
        </p>
      </header>
      <ResultSummary result={result} />
      <section aria-labelledby="formats-title">
        <h2 id="formats-title" className="mb-1 text-2xl font-semibold">
          Formats recommandés au niveau {result.level}
        </h2>
        <p className="mb-3 text-slate-700">Par ordre de priorité : le premier est le plus adapté à votre territoire.</p>
        <FormatCards formatIds={result.recommendedFormatIds} level={result.level} />
        <p className="mt-3 text-sm text-slate-600">{result.sourceCredit}.</p>
      </section>
      {diagnostic.canOverride ? (
        <details className="no-print rounded-lg bg-white p-6 shadow">
          <summary className="cursor-pointer text-xl font-semibold">Retenir un autre niveau</summary>
          <p className="my-3 text-slate-700">
            Vous connaissez votre territoire : si le niveau calculé ({result.computedLevel}) ne lui correspond pas, retenez-en un
            autre en expliquant pourquoi.
          </p>
          <OverrideForm diagnosticId={diagnostic.id} computedLevel={result.computedLevel} />
        </details>
      ) : null}
      {diagnostic.canCreateEvent ? (
        <section aria-labelledby="event-title-heading" className="no-print rounded-lg bg-white p-6 shadow">
          <h2 id="event-title-heading" className="mb-1 text-2xl font-semibold">
            Créer un événement à partir de ce diagnostic
          </h2>
          <p className="mb-3 text-slate-700">
            L’événement est créé en brouillon sur {territory.name}, avec le niveau {result.level}, son objectif et les
            formats recommandés comme point de départ du programme.
          </p>
          <CreateEventForm
            diagnosticId={diagnostic.id}
            defaultTitle={`Rencontre du numérique inclusif — ${territory.name}`}
            defaultStartDate={addCalendarMonths(parisDay(new Date()), 1)}
          />
        </section>
      ) : null}
    </div>
  );
}
