'use client';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/Button';
import { FUNDER_TYPE_LABELS, SUB_CATEGORY_LABELS, hasExplanation, lineGap, requiresExplanation } from '@/lib/domain/budget';
import { formatQuantity } from '@/lib/domain/budget/decimal-input';
import { deleteBudgetLineAction } from '@/lib/server/actions/budget-lines';
import type { BudgetLineDto, BudgetOrganiser } from '@/lib/server/queries/budget';
import { formatGap, numClass, tdClass } from './format';
import { formatMoney, formatPercent } from '@/lib/domain/format/french';
import { EXPLANATION_THRESHOLD_PERCENT } from '@/lib/domain/budget/gaps';

/** What a funder reads under the label: sub-category, who paid or received, funder, supplier, gap. */
function details(line: BudgetLineDto, organisers: readonly BudgetOrganiser[]): string[] {
  const organisationId = line.kind === 'charge' ? line.payerOrganisationId : line.receiverOrganisationId;
  const organisation = organisers.find((o) => o.id === organisationId)?.name;
  const gap = lineGap(line);
  return [
    line.subCategory ? SUB_CATEGORY_LABELS[line.subCategory] : null,
    organisation ? `${line.kind === 'charge' ? 'Payé par' : 'Reçu par'} ${organisation}` : 'Co-organisateur non précisé',
    line.funderName ? `${line.funderName}${line.funderType ? ` (${FUNDER_TYPE_LABELS[line.funderType]})` : ''}` : null,
    line.personnel ? `${line.personnel.who} : ${formatQuantity(line.personnel.days)} j × ${formatMoney(line.personnel.dailyCostCents)}` : null,
    line.quantity != null && line.unitPriceCents != null ? `${formatQuantity(line.quantity)} × ${formatMoney(line.unitPriceCents)}` : null,
    line.supplier ? `Fournisseur : ${line.supplier}` : null,
    line.paymentReference ? `Mandat ${line.paymentReference}` : null,
    gap.gapCents !== null && gap.gapCents !== 0 ? `Écart : ${formatGap(gap.gapCents, gap.gapPercent)}` : null,
  ].filter((item): item is string => Boolean(item));
}

export function LineRow(props: {
  eventId: string;
  line: BudgetLineDto;
  organisers: BudgetOrganiser[];
  canEdit: boolean;
  onEdit: () => void;
  onDeleted: (message: string) => void;
}) {
  const { line } = props;
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const missingExplanation = requiresExplanation(line) && !hasExplanation(line);
  const remove = () =>
    startTransition(async () => {
      const result = await deleteBudgetLineAction({ eventId: props.eventId, lineId: line.id });
      if (result.ok) props.onDeleted(`Ligne « ${line.label} » supprimée.`);
      else setError(result.error);
    });
  return (
    <tr>
      <th scope="row" className={`${tdClass} font-normal`}>
        <span className="font-medium">{line.label}</span>
        <span className="block text-slate-700">{details(line, props.organisers).join(' · ')}</span>
        {missingExplanation ? <span className="block font-medium text-red-800">Écart de plus de {formatPercent(EXPLANATION_THRESHOLD_PERCENT)} à expliquer</span> : null}
      </th>
      <td className={`${tdClass} ${numClass}`}>{line.unplanned ? 'non prévu' : formatMoney(line.forecastCents)}</td>
      <td className={`${tdClass} ${numClass}`}>{formatMoney(line.actualCents)}</td>
      {props.canEdit ? (
        <td className={`${tdClass} whitespace-nowrap`}>
          {confirming ? (
            <div role="group" aria-label={`Supprimer « ${line.label} » ?`} className="flex flex-col items-start gap-1">
              <span className="text-sm">Supprimer cette ligne ?</span>
              <Button type="button" className="px-2 py-1 text-sm" disabled={pending} autoFocus onClick={remove}>
                Oui, supprimer
              </Button>
              <Button type="button" variant="ghost" className="px-2 py-1 text-sm" onClick={() => setConfirming(false)}>
                Annuler
              </Button>
              {error ? <span role="alert" className="text-sm text-red-800">{error}</span> : null}
            </div>
          ) : (
            <div className="flex flex-col items-start gap-1">
              <Button type="button" variant="ghost" className="px-2 py-1 text-sm" onClick={props.onEdit} aria-label={`Modifier « ${line.label} »`}>
                Modifier
              </Button>
              <Button type="button" variant="ghost" className="px-2 py-1 text-sm" onClick={() => setConfirming(true)} aria-label={`Supprimer « ${line.label} »`}>
                Supprimer
              </Button>
            </div>
          )}
        </td>
      ) : null}
    </tr>
  );
}
