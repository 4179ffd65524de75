'use client';
import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '@/components/ui/Button';
import {
  CHARGE_CATEGORY_IDS,
  CHARGE_CATEGORY_LABELS,
  IN_KIND_CATEGORY,
  PRODUIT_CATEGORY_IDS,
  PRODUIT_CATEGORY_LABELS,
  sumAmounts,
  type BudgetCategoryId,
  type BudgetKind,
} from '@/lib/domain/budget';
import type { BudgetLineDto, BudgetOrganiser } from '@/lib/server/queries/budget';
import { BudgetLineForm } from './BudgetLineForm';
import { numClass, tableClass, tdClass, thClass } from './format';
import { LineRow } from './LineRow';
import { formatMoney } from '@/lib/domain/format/french';

export type LinesTableProps = {
  eventId: string;
  kind: BudgetKind;
  /** Contributions en nature (86/87), shown apart from the main budget. */
  inKind: boolean;
  lines: BudgetLineDto[];
  organisers: BudgetOrganiser[];
  canEdit: boolean;
};

const TITLES = {
  charge: { main: 'Charges', inKind: 'Emplois en nature (86)', one: 'une charge', oneInKind: 'un emploi en nature' },
  produit: { main: 'Produits', inKind: 'Contributions en nature (87)', one: 'un produit', oneInKind: 'une contribution en nature' },
} as const;

export function LinesTable(props: LinesTableProps) {
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const focusAdd = useRef(false);
  const addId = useId();
  // Once a form closes, focus goes back to the button that opens one, not to the top of the page.
  useEffect(() => {
    if (!focusAdd.current) return;
    focusAdd.current = false;
    document.getElementById(addId)?.focus();
  });
  const titles = TITLES[props.kind];
  const caption = props.inKind ? titles.inKind : titles.main;
  const order: readonly BudgetCategoryId[] = props.kind === 'charge' ? CHARGE_CATEGORY_IDS : PRODUIT_CATEGORY_IDS;
  const labels: Record<string, string> = props.kind === 'charge' ? CHARGE_CATEGORY_LABELS : PRODUIT_CATEGORY_LABELS;
  const groups = order
    .map((category) => ({ category, lines: props.lines.filter((line) => line.category === category) }))
    .filter((group) => group.lines.length > 0);
  const total = sumAmounts(props.lines);
  const columns = props.canEdit ? 4 : 3;
  const done = (message: string) => {
    setEditing(null);
    setStatus(message);
    focusAdd.current = true;
  };
  const formProps = { eventId: props.eventId, kind: props.kind, inKind: props.inKind, organisers: props.organisers };

  return (
    <div className="flex flex-col gap-3 overflow-x-auto rounded-lg bg-white p-4 shadow">
      <table className={tableClass}>
        <caption className="mb-2 text-left text-lg font-semibold">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={thClass}>Ligne</th>
            <th scope="col" className={`${thClass} text-right`}>Prévisionnel</th>
            <th scope="col" className={`${thClass} text-right`}>Réalisé</th>
            {props.canEdit ? <th scope="col" className={thClass}><span className="sr-only">Actions</span></th> : null}
          </tr>
        </thead>
        {groups.map((group) => {
          const subtotal = sumAmounts(group.lines);
          const label = labels[group.category];
          return (
            <tbody key={group.category}>
              {group.category === IN_KIND_CATEGORY ? null : (
                <tr className="bg-slate-100">
                  <th scope="rowgroup" className="px-2 py-1 text-left font-semibold">{label}</th>
                  <td className={`px-2 py-1 font-semibold ${numClass}`}>{formatMoney(subtotal.forecastCents)}</td>
                  <td className={`px-2 py-1 font-semibold ${numClass}`}>
                    {subtotal.missingActualCount === subtotal.lineCount ? '—' : formatMoney(subtotal.actualCents)}
                  </td>
                  {props.canEdit ? <td /> : null}
                </tr>
              )}
              {group.lines.map((line) =>
                editing === line.id ? (
                  <tr key={line.id}>
                    <td colSpan={columns} className={tdClass}>
                      <BudgetLineForm {...formProps} line={line} onDone={done} onCancel={() => done('')} />
                    </td>
                  </tr>
                ) : (
                  <LineRow key={line.id} eventId={props.eventId} line={line} organisers={props.organisers} canEdit={props.canEdit} onEdit={() => setEditing(line.id)} onDeleted={done} />
                ),
              )}
            </tbody>
          );
        })}
        <tfoot>
          <tr>
            <th scope="row" className="px-2 py-2 text-left font-bold">Total {caption.toLowerCase()}</th>
            <td className={`px-2 py-2 font-bold ${numClass}`}>{formatMoney(total.forecastCents)}</td>
            <td className={`px-2 py-2 font-bold ${numClass}`}>{total.missingActualCount === total.lineCount ? '—' : formatMoney(total.actualCents)}</td>
            {props.canEdit ? <td /> : null}
          </tr>
        </tfoot>
      </table>
      {props.lines.length === 0 ? <p className="text-slate-700">Aucune ligne pour l’instant.</p> : null}
      <p role="status" className="text-sm font-medium text-green-800">{status}</p>
      {props.canEdit && editing === 'new' ? (
        <BudgetLineForm {...formProps} onDone={done} onCancel={() => done('')} />
      ) : null}
      {props.canEdit && editing !== 'new' ? (
        <Button id={addId} type="button" variant="secondary" className="self-start" onClick={() => { setStatus(''); setEditing('new'); }}>
          Ajouter {props.inKind ? titles.oneInKind : titles.one}
        </Button>
      ) : null}
    </div>
  );
}
