import {
  actualBalanceSignal,
  amountsGap,
  computeTotals,
  forecastBalanceSignal,
  listLinesMissingExplanation,
  type BalanceSignal,
  type BudgetLine,
} from '@/lib/domain/budget';
import { formatGap, numClass, tableClass, tdClass, thClass } from './format';
import { formatCount, formatMoney, formatPercent, plural } from '@/lib/domain/format/french';
import { EXPLANATION_THRESHOLD_PERCENT } from '@/lib/domain/budget/gaps';
import { costPerParticipant } from '@/lib/domain/budget/cost-per-participant';

const STATUS_STYLES: Record<BalanceSignal['tone'], string> = {
  none: 'border-slate-400 bg-white text-slate-800',
  equilibre: 'border-green-700 bg-green-50 text-green-900',
  excedent: 'border-brand-700 bg-brand-50 text-brand-800',
  deficit: 'border-red-700 bg-red-50 text-red-900',
};

/** An empty budget or one without actuals shows a neutral card, never a green « équilibré » (lib/domain/budget/balance). */
function BalanceCard({ signal }: { signal: BalanceSignal }) {
  return (
    <div className={`rounded-lg border-l-4 p-4 ${STATUS_STYLES[signal.tone]}`}>
      <p className="text-sm font-medium">{signal.title}</p>
      <p className="text-xl font-bold first-letter:uppercase">{signal.label}</p>
      {signal.note ? <p className="text-sm">{signal.note}</p> : null}
    </div>
  );
}

export function BudgetOverview({
  lines,
  participantMax,
  presentParticipants,
}: {
  lines: readonly BudgetLine[];
  participantMax: number | null;
  presentParticipants: number;
}) {
  const totals = computeTotals(lines);
  const missingExplanation = listLinesMissingExplanation(lines);
  const rows = [
    { label: 'Charges', amounts: totals.charges },
    { label: 'Produits', amounts: totals.produits },
  ];
  return (
    <section aria-labelledby="synthese-title" className="flex flex-col gap-4">
      <h2 id="synthese-title" className="text-2xl font-semibold">
        Synthèse du budget
      </h2>
      <div className="grid gap-4 sm:grid-cols-2">
        <BalanceCard signal={forecastBalanceSignal(totals)} />
        <BalanceCard signal={actualBalanceSignal(totals)} />
      </div>
      <div className="overflow-x-auto rounded-lg bg-white p-4 shadow">
        <table className={tableClass}>
          <caption className="mb-2 text-left font-semibold">Totaux, hors contributions en nature</caption>
          <thead>
            <tr>
              <th scope="col" className={thClass}>
                Total
              </th>
              <th scope="col" className={`${thClass} text-right`}>
                Prévisionnel
              </th>
              <th scope="col" className={`${thClass} text-right`}>
                Réalisé
              </th>
              <th scope="col" className={`${thClass} text-right`}>
                Écart réalisé − prévu
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ label, amounts }) => {
              const gap = amountsGap(amounts);
              return (
                <tr key={label}>
                  <th scope="row" className={`${tdClass} font-medium`}>
                    {label}
                  </th>
                  <td className={`${tdClass} ${numClass}`}>{formatMoney(amounts.forecastCents)}</td>
                  <td className={`${tdClass} ${numClass}`}>{amounts.lineCount === amounts.missingActualCount ? '—' : formatMoney(amounts.actualCents)}</td>
                  <td className={`${tdClass} ${numClass}`}>{formatGap(gap.gapCents, gap.gapPercent)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <CostPerParticipant lines={lines} participantMax={participantMax} present={presentParticipants} />
      {missingExplanation.length > 0 ? (
        <p className="rounded-md border-l-4 border-red-700 bg-red-50 p-3 text-red-900">
          {plural(missingExplanation.length, { one: 'ligne s’écarte', other: 'lignes s’écartent' })} de plus de{' '}
          {formatPercent(EXPLANATION_THRESHOLD_PERCENT)} du prévisionnel sans explication : le compte rendu financier la demande ({missingExplanation.map((l) => `« ${l.label} »`).join(', ')}).
        </p>
      ) : null}
    </section>
  );
}

/** The bilan's rule: forecast on the objective, actual on the people present once attendance is recorded. */
function CostPerParticipant(props: { lines: readonly BudgetLine[]; participantMax: number | null; present: number }) {
  const cost = costPerParticipant(props.lines, props.participantMax, props.present);
  const forecast =
    cost.forecastCents === null || cost.objective === null
      ? 'prévu : indiquez le nombre maximal de participants dans la fiche de l’événement pour le calculer'
      : `${formatMoney(cost.forecastCents)} prévu (sur l’objectif de ${formatCount(cost.objective)} participants)`;
  const actual =
    cost.actualCents === null
      ? 'réalisé : calculé dès que des participant·es sont pointé·es présent·es'
      : `${formatMoney(cost.actualCents)} réalisé (sur ${formatCount(cost.present)} participant·es présent·es, le chiffre du bilan)`;
  return (
    <p className="text-slate-800">
      <strong>Coût par participant :</strong> {forecast} ; {actual}.
    </p>
  );
}
