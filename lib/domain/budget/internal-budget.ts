import type { BudgetLine, ProduitLineDraft } from './line';

/*
 * Budget interne d'un co-organisateur = ce qu'il a payé (charges) − ce qu'il a reçu
 * (produits, hors ses propres lignes de budget interne). Proposé comme ligne de produit
 * « budget interne », il équilibre le budget par construction : la somme des budgets
 * internes comble exactement l'écart entre charges et produits attribués.
 * Les contributions en nature n'y entrent pas : elles s'équilibrent entre elles (86/87).
 */

export type InternalBudget = {
  readonly organisationId: string;
  readonly paidForecastCents: number;
  readonly paidActualCents: number;
  readonly receivedForecastCents: number;
  readonly receivedActualCents: number;
  /** Payé − reçu, prévisionnel ; négatif quand l'organisation a reçu plus qu'elle n'a payé. */
  readonly forecastCents: number;
  /** Payé − reçu, sur les réalisés saisis ; `null` quand aucune de ses lignes n'a de réalisé. */
  readonly actualCents: number | null;
  /** Ses lignes (hors budget interne) dont le réalisé manque encore. */
  readonly pendingActualCount: number;
  /** Ses lignes de budget interne actuelles. */
  readonly currentLineIds: readonly string[];
};

export type InternalBudgetReport = {
  readonly organisations: readonly InternalBudget[];
  /** Lignes sans co-organisateur : tant qu'il en reste, l'équilibre n'est pas garanti. */
  readonly unattributedLineIds: readonly string[];
};

export function isInternalBudgetLine(line: BudgetLine): boolean {
  return line.kind === 'produit' && line.category === 'budget-interne';
}

export function computeInternalBudgets(lines: readonly BudgetLine[]): InternalBudgetReport {
  const byOrganisation = new Map<string, Tally>();
  const tally = (organisationId: string): Tally => {
    const existing = byOrganisation.get(organisationId);
    if (existing) return existing;
    const created = emptyTally();
    byOrganisation.set(organisationId, created);
    return created;
  };
  const unattributedLineIds: string[] = [];

  for (const line of lines) {
    if (line.inKind) continue;
    const organisationId = line.kind === 'charge' ? line.payerOrganisationId : line.receiverOrganisationId;
    if (!organisationId) {
      unattributedLineIds.push(line.id);
      continue;
    }
    const entry = tally(organisationId);
    if (isInternalBudgetLine(line)) {
      entry.currentLineIds.push(line.id);
      continue;
    }
    const sign = line.kind === 'charge' ? 1 : -1;
    entry.forecast[line.kind] += line.forecastCents;
    entry.net += sign * line.forecastCents;
    if (line.actualCents === null) {
      entry.pending += 1;
    } else {
      entry.actual[line.kind] += line.actualCents;
      entry.netActual += sign * line.actualCents;
      entry.hasActual = true;
    }
  }

  return {
    organisations: [...byOrganisation.entries()].map(([organisationId, entry]) => ({
      organisationId,
      paidForecastCents: entry.forecast.charge,
      paidActualCents: entry.actual.charge,
      receivedForecastCents: entry.forecast.produit,
      receivedActualCents: entry.actual.produit,
      forecastCents: entry.net,
      actualCents: entry.hasActual ? entry.netActual : null,
      pendingActualCount: entry.pending,
      currentLineIds: entry.currentLineIds,
    })),
    unattributedLineIds,
  };
}

type Tally = {
  forecast: { charge: number; produit: number };
  actual: { charge: number; produit: number };
  net: number;
  netActual: number;
  hasActual: boolean;
  pending: number;
  currentLineIds: string[];
};

function emptyTally(): Tally {
  return {
    forecast: { charge: 0, produit: 0 },
    actual: { charge: 0, produit: 0 },
    net: 0,
    netActual: 0,
    hasActual: false,
    pending: 0,
    currentLineIds: [],
  };
}

export type InternalBudgetSuggestion = {
  readonly organisationId: string;
  /** La ligne à enregistrer ; `null` quand il n'y a rien à porter (l'organisation n'a rien payé de plus). */
  readonly line: ProduitLineDraft | null;
  /** Les lignes de budget interne actuelles, que la suggestion remplace. */
  readonly replacesLineIds: readonly string[];
  /** Ce que l'organisation a reçu de plus qu'elle n'a payé : un excédent que rien ne compense. */
  readonly surplusForecastCents: number;
  readonly surplusActualCents: number;
  /** Faux quand les lignes actuelles portent déjà ces montants. */
  readonly changed: boolean;
};

/**
 * Une suggestion par co-organisateur. Un montant négatif ne fait pas de ligne (un produit
 * ne peut pas être négatif) : il est rendu comme excédent, que l'équilibre montrera.
 */
export function suggestInternalBudgetLines(
  lines: readonly BudgetLine[],
  labelFor: (organisationId: string) => string = () => 'Budget interne',
): InternalBudgetSuggestion[] {
  const byId = new Map(lines.map((line) => [line.id, line]));
  return computeInternalBudgets(lines).organisations.map((budget) => {
    const current = budget.currentLineIds.flatMap((id) => byId.get(id) ?? []);
    const forecastCents = Math.max(0, budget.forecastCents);
    const actualCents = budget.actualCents === null ? null : Math.max(0, budget.actualCents);
    const first = current[0];
    const line: ProduitLineDraft | null =
      forecastCents === 0 && !actualCents
        ? null
        : {
            label: first?.label ?? labelFor(budget.organisationId),
            explanation: first?.explanation ?? null,
            note: first?.note ?? null,
            kind: 'produit',
            category: 'budget-interne',
            inKind: false,
            receiverOrganisationId: budget.organisationId,
            forecastCents,
            actualCents,
          };
    const changed =
      line === null
        ? current.length > 0
        : current.length !== 1 || first?.forecastCents !== forecastCents || first.actualCents !== actualCents;
    return {
      organisationId: budget.organisationId,
      line,
      replacesLineIds: budget.currentLineIds,
      surplusForecastCents: Math.max(0, -budget.forecastCents),
      surplusActualCents: Math.max(0, -(budget.actualCents ?? 0)),
      changed,
    };
  });
}

/**
 * Applique les suggestions : les anciennes lignes de budget interne disparaissent, la
 * nouvelle reprend l'identifiant de la première (mise à jour plutôt que recréation).
 */
export function applyInternalBudgetSuggestions(
  lines: readonly BudgetLine[],
  suggestions: readonly InternalBudgetSuggestion[],
  newLineId: () => string,
): BudgetLine[] {
  const replaced = new Set(suggestions.flatMap((suggestion) => suggestion.replacesLineIds));
  const kept = lines.filter((line) => !replaced.has(line.id));
  const added = suggestions.flatMap((suggestion): BudgetLine[] =>
    suggestion.line ? [{ ...suggestion.line, id: suggestion.replacesLineIds[0] ?? newLineId() }] : [],
  );
  return [...kept, ...added];
}
