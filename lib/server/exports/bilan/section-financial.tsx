import 'server-only';
import { Text } from '@react-pdf/renderer';
import { formatMoney, formatRate } from '@/lib/domain/bilan/display';
import type { BilanFinancial, BilanMoneyRow, BilanProduitGroup } from '@/lib/domain/bilan/types';
import { agreementDateLabel, cerfaGrantLines, cerfaRows } from '../bilan-cerfa';
import { Facts, Heading, Table, styles, type Column } from './pdf-kit';
import { formatEuros, formatPercent } from '@/lib/domain/format/french';
import { EXPLANATION_THRESHOLD_PERCENT } from '@/lib/domain/budget/gaps';

const MONEY_COLUMNS: readonly Column[] = [
  { header: 'Poste', width: 46 },
  { header: 'Prévisionnel', width: 19, align: 'right' },
  { header: 'Réalisé', width: 19, align: 'right' },
  { header: 'Écart', width: 16, align: 'right' },
];

const moneyRow = (row: BilanMoneyRow) => [row.label, formatEuros(row.forecastCents), formatEuros(row.actualCents), formatRate(row.gapPercent)];

const SOURCE_COLUMNS: readonly Column[] = [
  { header: 'Produit — source', width: 56 },
  { header: 'Prévisionnel', width: 22, align: 'right' },
  { header: 'Réalisé', width: 22, align: 'right' },
];

/** Every produit line with its source, one table per category with its total (snapshots since v2). */
function ProduitsBySource({ groups, f }: { groups: readonly BilanProduitGroup[]; f: BilanFinancial }) {
  return (
    <>
      <Heading>Produits par source</Heading>
      {groups.map((group) => (
        <Table
          key={group.category}
          caption={group.label}
          columns={SOURCE_COLUMNS}
          rows={group.lines.map((line) => [
            line.source ? `${line.label} — ${line.source}` : line.label,
            formatEuros(line.forecastCents),
            line.actualCents === null ? 'non saisi' : formatEuros(line.actualCents),
          ])}
          total={[`Total ${group.label}`, formatEuros(group.forecastCents), formatEuros(group.actualCents)]}
        />
      ))}
      <Table columns={SOURCE_COLUMNS} rows={[]} total={['Total des produits', formatEuros(f.totals.produitsForecastCents), formatEuros(f.totals.produitsActualCents)]} />
    </>
  );
}

export function FinancialBody({ f }: { f: BilanFinancial }) {
  return (
    <>
      <Table
        caption="Charges"
        columns={MONEY_COLUMNS}
        rows={f.charges.map(moneyRow)}
        total={['Total des charges', formatEuros(f.totals.chargesForecastCents), formatEuros(f.totals.chargesActualCents), '']}
      />
      {f.produitsBySource ? (
        <ProduitsBySource groups={f.produitsBySource} f={f} />
      ) : (
        <Table
          caption="Produits"
          columns={MONEY_COLUMNS}
          rows={f.produits.map(moneyRow)}
          total={['Total des produits', formatEuros(f.totals.produitsForecastCents), formatEuros(f.totals.produitsActualCents), '']}
        />
      )}
      <Heading>Équilibre</Heading>
      <Facts
        facts={[
          ['Charges de personnel (incluses dans les charges), réalisé', formatEuros(f.personnel.actualCents)],
          ['Charges de personnel, prévisionnel', formatEuros(f.personnel.forecastCents)],
          ['Résultat réalisé (charges − produits)', `${formatEuros(f.balance.differenceCents)} — ${f.balance.label}`],
          ['Contributions en nature (hors totaux) : emplois / ressources', `${formatEuros(f.inKind.chargesCents)} / ${formatEuros(f.inKind.produitsCents)}`],
          ['Coût par participant (charges réalisées ÷ participants présents)', formatMoney(f.costPerParticipantCents)],
        ]}
      />
      <Heading>Compte rendu financier (Cerfa n° 15059)</Heading>
      <Table
        columns={[
          { header: 'Rubrique', width: 52 },
          { header: 'Prévision', width: 18, align: 'right' },
          { header: 'Réalisation', width: 18, align: 'right' },
          { header: '%', width: 12, align: 'right' },
        ]}
        rows={cerfaRows(f).map((row) => [row.label, formatEuros(row.forecastCents), formatEuros(row.actualCents), formatRate(row.percent)])}
      />
      {cerfaGrantLines(f).length > 0 ? (
        <Table
          caption="Subventions : références des conventions"
          columns={[
            { header: 'Financeur', width: 22 },
            { header: 'Référence', width: 20 },
            { header: 'Convention du', width: 14 },
            { header: 'Accordé', width: 15, align: 'right' },
            { header: 'Affecté', width: 15, align: 'right' },
            { header: 'Cofinancement UE', width: 14 },
          ]}
          rows={cerfaGrantLines(f).map((g) => [
            g.funder,
            g.reference || '—',
            agreementDateLabel(g.agreementDate) || '—',
            g.grantedCents === null ? '—' : formatEuros(g.grantedCents),
            formatEuros(g.eventCents),
            g.euCofinanced ? 'oui' : 'non',
          ])}
        />
      ) : null}
      <Heading>{`Écarts importants (plus de ${formatPercent(EXPLANATION_THRESHOLD_PERCENT)})`}</Heading>
      {f.gaps.length === 0 ? (
        <Text style={styles.muted}>{`Aucun écart de plus de ${formatPercent(EXPLANATION_THRESHOLD_PERCENT)}.`}</Text>
      ) : (
        <Table
          columns={[
            { header: 'Poste', width: 28 },
            { header: 'Prévu', width: 15, align: 'right' },
            { header: 'Réalisé', width: 15, align: 'right' },
            { header: 'Écart', width: 10, align: 'right' },
            { header: 'Explication', width: 32 },
          ]}
          rows={f.gaps.map((g) => [g.label, formatEuros(g.forecastCents), formatEuros(g.actualCents), formatRate(g.gapPercent), g.explanation ?? 'Explication manquante'])}
        />
      )}
    </>
  );
}
