import { computeInternalBudgets, suggestInternalBudgetLines, type BudgetLine } from '@/lib/domain/budget';
import type { BudgetOrganiser } from '@/lib/server/queries/budget';
import { ApplyInternalBudgetButton } from './ApplyInternalBudgetButton';
import { numClass, tableClass, tdClass, thClass } from './format';
import { formatEuros, formatMoney } from '@/lib/domain/format/french';

/**
 * Each co-organiser's budget interne (what it paid minus what it received), and the lines that
 * would balance the budget. Applying them is one click, in one transaction.
 */
export function InternalBudgets(props: { eventId: string; lines: readonly BudgetLine[]; organisers: readonly BudgetOrganiser[]; canEdit: boolean }) {
  const report = computeInternalBudgets(props.lines);
  const suggestions = suggestInternalBudgetLines(props.lines);
  const byLine = new Map(props.lines.map((line) => [line.id, line]));
  const nameOf = (id: string) => props.organisers.find((o) => o.id === id)?.name ?? 'Co-organisateur retiré';
  const pending = suggestions.some((suggestion) => suggestion.changed);
  return (
    <section aria-labelledby="interne-title" className="flex flex-col gap-3">
      <h2 id="interne-title" className="text-2xl font-semibold">
        Budget interne des co-organisateurs
      </h2>
      <p className="max-w-3xl text-slate-700">
        Le budget interne de chaque co-organisateur est ce qu’il a payé moins ce qu’il a reçu. Porté en produit, il équilibre
        le budget : le total des charges égale alors celui des produits.
      </p>
      {report.organisations.length === 0 ? (
        <p className="text-slate-700">Attribuez les lignes à un co-organisateur (« Payé par », « Reçu par ») pour calculer les budgets internes.</p>
      ) : (
        <div className="overflow-x-auto rounded-lg bg-white p-4 shadow">
          <table className={tableClass}>
            <caption className="mb-2 text-left font-semibold">Budget interne par co-organisateur</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>Co-organisateur</th>
                <th scope="col" className={`${thClass} text-right`}>Payé − reçu, prévu</th>
                <th scope="col" className={`${thClass} text-right`}>Payé − reçu, réalisé</th>
                <th scope="col" className={`${thClass} text-right`}>Au budget aujourd’hui (prévu / réalisé)</th>
              </tr>
            </thead>
            <tbody>
              {report.organisations.map((budget) => {
                const current = budget.currentLineIds.flatMap((id) => byLine.get(id) ?? []);
                const forecast = current.reduce((sum, line) => sum + line.forecastCents, 0);
                const actual = current.reduce((sum, line) => sum + (line.actualCents ?? 0), 0);
                return (
                  <tr key={budget.organisationId}>
                    <th scope="row" className={`${tdClass} font-medium`}>{nameOf(budget.organisationId)}</th>
                    <td className={`${tdClass} ${numClass}`}>{formatEuros(budget.forecastCents)}</td>
                    <td className={`${tdClass} ${numClass}`}>{formatMoney(budget.actualCents)}</td>
                    <td className={`${tdClass} ${numClass}`}>
                      {current.length === 0 ? 'aucune ligne' : `${formatEuros(forecast)} / ${formatEuros(actual)}`}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {report.unattributedLineIds.length > 0 ? (
        <p className="rounded-md border-l-4 border-accent-600 bg-orange-50 p-3 text-slate-900">
          {report.unattributedLineIds.length} ligne{report.unattributedLineIds.length > 1 ? 's n’ont' : ' n’a'} pas de
          co-organisateur : attribuez-les pour que les budgets internes équilibrent tout le budget.
        </p>
      ) : null}
      {suggestions
        .filter((s) => s.surplusForecastCents > 0 || s.surplusActualCents > 0)
        .map((s) => (
          <p key={s.organisationId} className="text-slate-800">
            {nameOf(s.organisationId)} reçoit plus qu’il ne paie ({formatEuros(Math.max(s.surplusForecastCents, s.surplusActualCents))}) :
            cet excédent n’est compensé par aucune ligne.
          </p>
        ))}
      {props.canEdit && pending ? <ApplyInternalBudgetButton eventId={props.eventId} /> : null}
      {props.canEdit && !pending && report.organisations.length > 0 ? (
        <p className="text-slate-700">Les lignes de budget interne sont à jour.</p>
      ) : null}
    </section>
  );
}
