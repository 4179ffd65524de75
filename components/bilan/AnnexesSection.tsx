import { formatMoney, formatPersonnel } from '@/lib/domain/bilan/display';
import type { BilanAnnexes } from '@/lib/domain/bilan/types';
import { BilanSection, BilanTable, SubHeading } from './BilanTable';
import { formatCalendarDate } from '@/lib/domain/dates';
import { formatMonth, formatTimeRange } from './format';

export function AnnexesSection({ annexes }: { annexes: BilanAnnexes }) {
  return (
    <BilanSection id="bilan-annexes" title="5. Annexes">
      <SubHeading>Programme complet</SubHeading>
      {annexes.programme.map((day) => (
        <BilanTable
          key={day.day}
          caption={`Programme du ${formatCalendarDate(day.day)}`}
          columns={['Horaire', 'Séance', 'Format', 'Salle', 'Intervenant·es']}
          empty="aucune séance ce jour-là."
          rows={day.sessions.map((session, index) => ({
            key: `${session.startsAt}-${index}`,
            cells: [
              formatTimeRange(session.startsAt, session.endsAt),
              session.cancelled ? `${session.title} (annulée)` : session.title,
              session.formatLabel,
              session.room ?? '—',
              session.speakers.join(', ') || '—',
            ],
          }))}
        />
      ))}
      <SubHeading>Détail des dépenses</SubHeading>
      <BilanTable
        caption="Dépenses (montant réalisé, ou prévisionnel quand le réalisé manque)"
        columns={['Catégorie', 'Libellé', 'Fournisseur ou temps passé', 'Référence du paiement', 'Mois', 'Montant']}
        numeric={[5]}
        empty="aucune dépense saisie."
        rows={annexes.expenses.map((expense, index) => ({
          key: `${expense.label}-${index}`,
          cells: [
            expense.category,
            expense.unplanned ? `${expense.label} (non prévu)` : expense.label,
            expense.personnel ? formatPersonnel(expense.personnel) : (expense.supplier ?? '—'),
            expense.paymentReference ?? '—',
            formatMonth(expense.paymentMonth),
            expense.isActual ? formatMoney(expense.amountCents) : `${formatMoney(expense.amountCents)} (prévu)`,
          ],
        }))}
      />
    </BilanSection>
  );
}
