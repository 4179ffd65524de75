import 'server-only';
import { formatMoney, formatPersonnel } from '@/lib/domain/bilan/display';
import type { BilanAnnexes } from '@/lib/domain/bilan/types';
import { formatDayTitle, formatTime } from '@/lib/domain/dates';
import { paymentMonthLabel } from '../bilan-cerfa';
import { Heading, Table } from './pdf-kit';

export function AnnexesBody({ a }: { a: BilanAnnexes }) {
  return (
    <>
      <Heading>Programme complet</Heading>
      {a.programme.map(({ day, sessions }) => (
        <Table
          key={day}
          caption={formatDayTitle(day)}
          columns={[
            { header: 'Horaire', width: 13 },
            { header: 'Séance', width: 33 },
            { header: 'Format', width: 14 },
            { header: 'Salle', width: 13 },
            { header: 'Intervenant·es', width: 27 },
          ]}
          rows={sessions.map((s) => [
            `${formatTime(new Date(s.startsAt))}–${formatTime(new Date(s.endsAt))}`,
            s.cancelled ? `${s.title} (annulée)` : s.title,
            s.formatLabel,
            s.room ?? '—',
            s.speakers.join(', ') || '—',
          ])}
        />
      ))}
      <Heading>Détail des dépenses</Heading>
      <Table
        columns={[
          { header: 'Catégorie', width: 20 },
          { header: 'Libellé', width: 24 },
          { header: 'Fournisseur ou temps', width: 17 },
          { header: 'Référence', width: 13 },
          { header: 'Mois', width: 11 },
          { header: 'Montant', width: 15, align: 'right' },
        ]}
        rows={a.expenses.map((e) => [
          e.category,
          e.isActual ? (e.unplanned ? `${e.label} (non prévu)` : e.label) : `${e.label} (prévisionnel)`,
          e.personnel ? formatPersonnel(e.personnel) : (e.supplier ?? '—'),
          e.paymentReference ?? '—',
          paymentMonthLabel(e.paymentMonth),
          formatMoney(e.amountCents),
        ])}
      />
    </>
  );
}
