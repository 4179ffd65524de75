import { formatMoney, formatRate } from '@/lib/domain/bilan/display';
import type { BilanFinancial, BilanMoneyRow, BilanProduitGroup } from '@/lib/domain/bilan/types';
import { BilanSection, BilanTable, SubHeading, type BilanTableRow } from './BilanTable';
import { formatPercent, plural } from '@/lib/domain/format/french';
import { EXPLANATION_THRESHOLD_PERCENT } from '@/lib/domain/budget/gaps';
import { grantSummary } from '@/lib/domain/budget/grant';

const COLUMNS = ['Catégorie', 'Prévisionnel', 'Réalisé', 'Écart'];

function moneyCells(label: string, row: Pick<BilanMoneyRow, 'forecastCents' | 'actualCents' | 'gapPercent'>) {
  return [label, formatMoney(row.forecastCents), formatMoney(row.actualCents), formatRate(row.gapPercent)];
}

function rows(items: readonly BilanMoneyRow[], total: { forecastCents: number; actualCents: number }, totalLabel: string): BilanTableRow[] {
  return [
    ...items.map((row) => ({
      key: row.key,
      cells: moneyCells(row.missingActualCount > 0 ? `${row.label} (${plural(row.missingActualCount, { one: 'ligne', other: 'lignes' })} sans réalisé)` : row.label, row),
    })),
    { key: 'total', emphasis: true, cells: [totalLabel, formatMoney(total.forecastCents), formatMoney(total.actualCents), ''] },
  ];
}

/** Every produit line with its source, by category with the category's total (snapshots since v2). */
function produitSourceRows(groups: readonly BilanProduitGroup[], total: { forecastCents: number; actualCents: number }): BilanTableRow[] {
  return [
    ...groups.flatMap((group): BilanTableRow[] => [
      ...group.lines.map((line, index) => ({
        key: `${group.category}-${index}`,
        cells: [
          `${line.source ? `${line.label} — ${line.source}` : line.label}${line.grant ? ` (${grantSummary(line.grant)})` : ''}`,
          formatMoney(line.forecastCents),
          line.actualCents === null ? 'non saisi' : formatMoney(line.actualCents),
        ],
      })),
      { key: `${group.category}-total`, emphasis: true, cells: [`Total ${group.label}`, formatMoney(group.forecastCents), formatMoney(group.actualCents)] },
    ]),
    { key: 'total', emphasis: true, cells: ['Total des produits', formatMoney(total.forecastCents), formatMoney(total.actualCents)] },
  ];
}

export function FinancialSection({ financial: f }: { financial: BilanFinancial }) {
  const balanceTone = f.balance.status === 'deficit' ? 'text-red-800' : 'text-slate-900';
  return (
    <BilanSection id="bilan-financier" title="4. Bilan financier">
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <BilanTable
          caption="Charges par catégorie"
          columns={COLUMNS}
          numeric={[1, 2, 3]}
          empty="aucune charge saisie."
          rows={rows(f.charges, { forecastCents: f.totals.chargesForecastCents, actualCents: f.totals.chargesActualCents }, 'Total des charges')}
        />
        {f.produitsBySource ? (
          <BilanTable
            caption="Produits par source, groupés par catégorie"
            columns={['Produit — source', 'Prévisionnel', 'Réalisé']}
            numeric={[1, 2]}
            empty="aucun produit saisi."
            rows={f.produitsBySource.length === 0 ? [] : produitSourceRows(f.produitsBySource, { forecastCents: f.totals.produitsForecastCents, actualCents: f.totals.produitsActualCents })}
          />
        ) : (
          <BilanTable
            caption="Produits par catégorie"
            columns={COLUMNS}
            numeric={[1, 2, 3]}
            empty="aucun produit saisi."
            rows={rows(f.produits, { forecastCents: f.totals.produitsForecastCents, actualCents: f.totals.produitsActualCents }, 'Total des produits')}
          />
        )}
      </div>
      <BilanTable
        caption="Synthèse"
        columns={['Élément', 'Montant']}
        numeric={[1]}
        rows={[
          { key: 'personnel-forecast', cells: ['Charges de personnel, prévisionnel (incluses dans les charges)', formatMoney(f.personnel.forecastCents)] },
          { key: 'personnel-actual', cells: ['Charges de personnel, réalisé (incluses dans les charges)', formatMoney(f.personnel.actualCents)] },
          { key: 'in-kind-charges', cells: ['Emplois des contributions en nature (hors totaux)', formatMoney(f.inKind.chargesCents)] },
          { key: 'in-kind-produits', cells: ['Contributions volontaires en nature (hors totaux)', formatMoney(f.inKind.produitsCents)] },
          { key: 'cost', cells: ['Coût par participant·e (charges réalisées ÷ participant·es présent·es)', formatMoney(f.costPerParticipantCents)] },
        ]}
      />
      <p className={`text-lg font-semibold first-letter:uppercase ${balanceTone}`}>Budget réalisé : {f.balance.label}.</p>
      <SubHeading>Écarts de plus de {formatPercent(EXPLANATION_THRESHOLD_PERCENT)} entre prévu et réalisé</SubHeading>
      <BilanTable
        caption="Écarts significatifs et leurs explications"
        columns={['Ligne', 'Prévisionnel', 'Réalisé', 'Écart', 'Explication']}
        numeric={[1, 2, 3]}
        empty="aucun écart significatif."
        rows={f.gaps.map((gap, index) => ({
          key: `${gap.kind}-${index}`,
          cells: [
            `${gap.label} (${gap.kind === 'charge' ? 'charge' : 'produit'})`,
            formatMoney(gap.forecastCents),
            formatMoney(gap.actualCents),
            formatRate(gap.gapPercent),
            gap.explanation ?? 'Explication manquante',
          ],
        }))}
      />
    </BilanSection>
  );
}
