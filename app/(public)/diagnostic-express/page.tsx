import type { Metadata } from 'next';
import Link from 'next/link';
import { buildDiagnosticResult, DIAGNOSTIC_SOURCE_CREDIT, encodeAnswers, parseAnswersParam } from '@/lib/domain/diagnostic';
import { FormatCards } from '../../(app)/diagnostic/[id]/_components/FormatCards';
import { AnonymousDiagnosticForm } from './_components/AnonymousDiagnosticForm';

export const metadata: Metadata = { title: 'Diagnostic de maturité du territoire, sans compte' };

type Props = { searchParams: Promise<{ reponses?: string | string[] }> };

/**
 * The diagnostic for visitors: three questions, then the level, its objective and the formats, all
 * computed from the address. Nothing is stored until the visitor creates an account to keep it.
 */
export default async function AnonymousDiagnosticPage({ searchParams }: Props) {
  const answers = parseAnswersParam((await searchParams).reponses);
  const result = answers ? buildDiagnosticResult(answers) : null;
  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="express-title" className="flex flex-col gap-2">
        <h1 id="express-title" className="text-3xl font-bold">
          Diagnostic de maturité du territoire
        </h1>
        <p className="max-w-3xl text-slate-800">
          Trois questions pour situer votre territoire sur trois niveaux de maturité. Le niveau indique l’objectif à donner à
          votre événement et les formats de séance à privilégier. Sans compte : rien n’est enregistré.
        </p>
        <p className="text-sm text-slate-700">{DIAGNOSTIC_SOURCE_CREDIT}.</p>
      </section>
      <AnonymousDiagnosticForm key={answers ? encodeAnswers(answers) : 'vide'} answers={answers} />
      {answers && result ? (
        <section id="resultat" aria-labelledby="result-title" tabIndex={-1} className="flex scroll-mt-4 flex-col gap-4">
          <div className="rounded-lg border-l-8 border-brand-700 bg-white p-6 shadow">
            <h2 id="result-title" className="text-2xl font-bold text-brand-800">
              Niveau {result.computation.level} — {result.objective.title}
            </h2>
            <p className="mt-3 text-lg">
              <span className="font-semibold">Objectif de l’événement :</span> {result.objective.objective}
            </p>
            <p className="mt-2 text-slate-700">{result.computation.explanation}</p>
          </div>
          <h3 className="text-xl font-semibold">Formats recommandés, par priorité</h3>
          <FormatCards formatIds={result.recommendedFormatIds} level={result.computation.level} />
          <div className="flex flex-col gap-3 rounded-lg bg-brand-50 p-5">
            <p className="text-slate-800">
              Gardez ce diagnostic : créez votre compte, il sera enregistré pour votre structure dès que vous aurez indiqué
              son territoire. Vous pourrez ensuite créer un événement à partir de lui.
            </p>
            <p>
              <Link
                href={`/inscription?reponses=${encodeAnswers(answers)}`}
                className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
              >
                Enregistrer ce diagnostic en créant un compte
              </Link>
            </p>
          </div>
        </section>
      ) : null}
    </div>
  );
}
