import Link from 'next/link';
import { computeMaturityLevel, getLevelObjective, type DiagnosticAnswers } from '@/lib/domain/diagnostic';
import { DiagnosticForm } from '../../(app)/diagnostic/_components/DiagnosticForm';

/**
 * A new organisation's first steps on the dashboard: the anonymous diagnostic kept at sign-up asks
 * for its territory; without one, the diagnostic is proposed before the first event.
 */
export function FirstSteps({ pendingAnswers, hasDiagnostic, hasEvents, mayDiagnose }: {
  pendingAnswers: DiagnosticAnswers | null;
  hasDiagnostic: boolean;
  hasEvents: boolean;
  mayDiagnose: boolean;
}) {
  if (!mayDiagnose) return null;
  if (pendingAnswers) {
    const level = computeMaturityLevel(pendingAnswers).level;
    return (
      <section aria-labelledby="pending-title" className="mb-8 flex flex-col gap-4 rounded-lg border-l-4 border-brand-700 bg-white p-5 shadow">
        <h2 id="pending-title" className="text-2xl font-semibold">
          Enregistrez votre diagnostic
        </h2>
        <p className="text-slate-800">
          Vos réponses au diagnostic sont gardées : niveau {level}, {getLevelObjective(level).title.toLocaleLowerCase('fr-FR')}.
          Indiquez le territoire concerné pour l’enregistrer et voir les formats recommandés.
        </p>
        <DiagnosticForm answers={pendingAnswers} />
      </section>
    );
  }
  if (hasDiagnostic || hasEvents) return null;
  return (
    <section aria-labelledby="first-steps-title" className="mb-8 flex flex-col gap-3 rounded-lg border-l-4 border-brand-700 bg-white p-5 shadow">
      <h2 id="first-steps-title" className="text-2xl font-semibold">
        Premiers pas
      </h2>
      <ol className="flex list-decimal flex-col gap-2 pl-6 text-slate-800">
        <li>
          <Link href="/diagnostic" className="font-semibold text-brand-700 underline underline-offset-4">
            Faites le diagnostic de votre territoire
          </Link>{' '}
          : trois questions pour connaître son niveau de maturité et les formats à proposer.
        </li>
        <li>Créez votre premier événement à partir du diagnostic : il reprend le territoire, le niveau et les formats.</li>
      </ol>
    </section>
  );
}
