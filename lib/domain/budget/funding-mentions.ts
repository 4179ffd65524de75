import { de } from '@/lib/domain/format/french';
import type { FunderType } from './cerfa';
import type { BudgetLineDraft } from './line';

/*
 * Les mentions de financement que portent les documents de l'événement (feuille d'émargement…).
 * Elles se lisent dans les produits du budget : chaque financeur est nommé sur ses lignes, avec son
 * type (État, région, fonds européens…). Certains types imposent une mention écrite mot pour mot :
 * un financement européen (FSE+, FEDER) exige « Cofinancé par l'Union européenne » sur tout document
 * remis aux participant·es. Les autres financeurs sont cités dans une ligne « Avec le soutien de … ».
 */

/** Les mentions imposées, par type de financeur : changer une règle, c'est changer une ligne. */
export const MANDATORY_FUNDING_MENTIONS: Partial<Record<FunderType, string>> = {
  'fonds-europeens': 'Cofinancé par l’Union européenne',
};

export type FundingMentions = {
  /** Mentions imposées, une par type de financeur qui en exige une. */
  readonly mandatory: readonly string[];
  /** Les financeurs nommés, du plus gros montant au plus petit. */
  readonly funders: readonly string[];
  /** « Avec le soutien de A, B et C », ou `null` sans financeur nommé. */
  readonly supportLine: string | null;
};

type MentionLine = Pick<BudgetLineDraft, 'kind' | 'inKind' | 'funderName' | 'funderType' | 'forecastCents' | 'actualCents'>;

/** Le montant qui compte : le réalisé une fois connu, sinon le prévisionnel. */
const amountOf = (line: MentionLine) => line.actualCents ?? line.forecastCents;

function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} et ${names.at(-1)}`;
}

/**
 * Les financeurs d'un événement et les mentions qu'ils imposent. Comptent les produits (hors
 * contributions en nature) qui nomment un financeur et dont le montant, réalisé ou à défaut prévu, est
 * positif : une subvention refusée (réalisé à 0) n'est plus citée.
 */
export function fundingMentions(lines: readonly MentionLine[]): FundingMentions {
  const funders = new Map<string, { name: string; cents: number }>();
  const types = new Set<FunderType>();
  for (const line of lines) {
    if (line.kind !== 'produit' || line.inKind || amountOf(line) <= 0) continue;
    if (line.funderType) types.add(line.funderType);
    const name = (line.funderName ?? '').trim().replace(/\s+/g, ' ');
    if (name.length === 0) continue;
    const key = name.toLocaleLowerCase('fr-FR');
    const funder = funders.get(key) ?? { name, cents: 0 };
    funder.cents += amountOf(line);
    funders.set(key, funder);
  }
  const mandatory = Object.entries(MANDATORY_FUNDING_MENTIONS)
    .filter(([type]) => types.has(type as FunderType))
    .map(([, mention]) => mention);
  const names = [...funders.values()].sort((a, b) => b.cents - a.cents || a.name.localeCompare(b.name, 'fr')).map((funder) => funder.name);
  return { mandatory, funders: names, supportLine: names.length > 0 ? `Avec le soutien ${de(joinNames(names))}` : null };
}
