import type { BilanCerfaRow, BilanFinancial } from '@/lib/domain/bilan/types';
import { percentOf } from '@/lib/domain/registrations/percent';

/*
 * The compte rendu financier (Cerfa 15059) as rows: each code, the categories it gathers
 * ("dont …"), then the totals; "%" is réalisation / prévision, as the form asks.
 */
export type CerfaLine = {
  readonly code: string;
  readonly label: string;
  readonly level: 'code' | 'detail' | 'total';
  readonly forecastCents: number;
  readonly actualCents: number;
  readonly percent: number | null;
};

function realisation(forecastCents: number, actualCents: number): number | null {
  if (forecastCents <= 0 || actualCents < 0) return null;
  return percentOf(actualCents, forecastCents);
}

/**
 * The code as the form prints it: an account number, or nothing. "Ressources propres affectées au
 * projet" has no number; its internal key ('ressources-propres') must never reach a funder's file.
 */
export function printedCerfaCode(code: string): string {
  return /^\d+$/.test(code) ? code : '';
}

function line(code: string, label: string, level: CerfaLine['level'], forecastCents: number, actualCents: number): CerfaLine {
  return { code: printedCerfaCode(code), label, level, forecastCents, actualCents, percent: realisation(forecastCents, actualCents) };
}

// Contributions en nature (86/87) come after the totals, as on the form: they are never in them.
const IN_KIND_CODES = new Set(['86', '87']);

function block(rows: readonly BilanCerfaRow[], totalLabel: string, forecast: number, actual: number): CerfaLine[] {
  const lines = (selected: readonly BilanCerfaRow[]) =>
    selected.flatMap((row) => [
      line(row.code, row.label, 'code', row.forecastCents, row.actualCents),
      // A code that gathers one category only would repeat itself.
      ...(row.rows.length > 1 ? row.rows.map((detail) => line('', `dont ${detail.label}`, 'detail', detail.forecastCents, detail.actualCents)) : []),
    ]);
  return [
    ...lines(rows.filter((row) => !IN_KIND_CODES.has(row.code))),
    line('', totalLabel, 'total', forecast, actual),
    ...lines(rows.filter((row) => IN_KIND_CODES.has(row.code))),
  ];
}

export function cerfaRows(f: BilanFinancial): CerfaLine[] {
  return [
    ...block(f.cerfa.charges, 'Total des charges', f.totals.chargesForecastCents, f.totals.chargesActualCents),
    ...block(f.cerfa.produits, 'Total des produits', f.totals.produitsForecastCents, f.totals.produitsActualCents),
  ];
}

/** '2027-03' → '03/2027'; null → '—'. */
export function paymentMonthLabel(month: string | null): string {
  if (!month) return '—';
  const [year, mm] = month.split('-');
  return year && mm ? `${mm}/${year}` : month;
}

/** One subsidy of the compte rendu: the grant's references (SCDL subset) and the amount put on this event. */
export type CerfaGrantLine = {
  readonly funder: string;
  readonly label: string;
  readonly reference: string;
  readonly agreementDate: string | null;
  readonly grantedCents: number | null;
  /** The line's actual amount when known, else its forecast. */
  readonly eventCents: number;
  readonly euCofinanced: boolean;
};

/** The subsidies block keeps the form's five columns: code, rubrique, then three figures. */
export const CERFA_GRANT_HEADERS = ['Subventions', 'Financeur — convention (référence, date)', 'Montant accordé (€)', 'Affecté à l’événement (€)', 'Cofinancement européen'] as const;

/** « ANCT — convention ANCT-2027-0042 du 01/02/2027 (Subvention de fonctionnement) ». */
export function grantDescription(g: CerfaGrantLine): string {
  const convention = [g.reference ? `convention ${g.reference}` : 'convention sans référence', g.agreementDate ? `du ${agreementDateLabel(g.agreementDate)}` : null]
    .filter(Boolean)
    .join(' ');
  return `${g.funder} — ${convention} (${g.label})`;
}

/** The produit lines carrying a grant's references (snapshot v4; none before). */
export function cerfaGrantLines(f: BilanFinancial): CerfaGrantLine[] {
  return (f.produitsBySource ?? []).flatMap((group) =>
    group.lines.flatMap((line) =>
      line.grant
        ? [
            {
              funder: line.source ?? '',
              label: line.label,
              reference: line.grant.reference ?? '',
              agreementDate: line.grant.agreementDate,
              grantedCents: line.grant.amountCents,
              eventCents: line.actualCents ?? line.forecastCents,
              euCofinanced: line.grant.euCofinanced,
            },
          ]
        : [],
    ),
  );
}

/** '2027-03-14' → '14/03/2027'; null → ''. */
export function agreementDateLabel(day: string | null): string {
  if (!day) return '';
  const [year, month, date] = day.split('-');
  return `${date}/${month}/${year}`;
}
