import { retainedLevelLabel, type SavedDiagnosticResult } from '@/lib/domain/diagnostic';

/** The level retained (and why, if overridden), its objective, each answer and the rule applied. */
export function ResultSummary({ result }: { result: SavedDiagnosticResult }) {
  return (
    <>
      <section aria-labelledby="level-title" className="rounded-lg border-l-8 border-brand-700 bg-white p-6 shadow">
        <h2 id="level-title" className="text-2xl font-bold text-brand-800">
          {retainedLevelLabel(result)} — {result.objective.title}
        </h2>
        {result.override ? (
          <p className="mt-1 text-slate-800">
            <span className="font-semibold">Raison :</span> {result.override.reason}
          </p>
        ) : null}
        <p className="mt-3 text-lg">
          <span className="font-semibold">Objectif de l’événement :</span> {result.objective.objective}
        </p>
      </section>
      <section aria-labelledby="answers-title" className="rounded-lg bg-white p-6 shadow">
        <h2 id="answers-title" className="mb-3 text-2xl font-semibold">
          Vos réponses
        </h2>
        <dl className="grid gap-3 md:grid-cols-3">
          {result.answers.map((answer) => (
            <div key={answer.criterionId} className="rounded-md bg-slate-50 p-3">
              <dt className="font-semibold">{answer.criterionLabel}</dt>
              <dd>
                <span className="font-medium">
                  {answer.value} — {answer.answerLabel}
                </span>
                <span className="block text-sm text-slate-700">{answer.answerExplanation}</span>
              </dd>
            </div>
          ))}
        </dl>
        <h3 className="mt-5 mb-1 text-lg font-semibold">Règle appliquée</h3>
        <p>{result.rule}</p>
        <p className="font-medium">{result.computation.explanation}</p>
      </section>
    </>
  );
}
