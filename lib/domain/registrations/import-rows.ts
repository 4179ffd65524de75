import { AUDIENCE_CATEGORY_LABELS, type AudienceCategory } from './audience-categories';
import type { ColumnMapping, ImportField } from './import-columns';
import { cleanText, isValidEmail, normaliseEmail, readCategory, readRegistrationDate } from './import-values';
import { isExpectedOrder, readOrderStatus } from './order-status';
import { ticketKey } from './ticket-days';

/**
 * Une ligne du fichier. `line` est le numéro que montre le tableur (l'en-tête est la ligne 1) :
 * c'est lui qu'on cite dans les messages, pour que la personne retrouve la ligne à corriger.
 */
export type ImportTableRow = { readonly line: number; readonly cells: readonly string[] };

export type ImportCandidate = {
  readonly line: number;
  readonly email: string;
  readonly name: string;
  readonly organisation: string | null;
  /** `null` quand la colonne n'est pas importée : une inscription existante garde la sienne. */
  readonly category: AudienceCategory | null;
  readonly accessibilityNeeds: string | null;
  /** `null` : la date de l'import. */
  readonly registeredAt: Date | null;
  /** Les tarifs de ses billets valides (vide sans colonne de tarif) : ils disent ses jours. */
  readonly tickets: readonly string[];
  /** Ses jours une fois les tarifs associés aux jours (`[]` : tous) ; absent : jours inchangés. */
  readonly days?: readonly string[];
};

/** Un billet remboursé ou annulé : pas importé, montré dans l'aperçu. */
export type SkippedTicket = { readonly line: number; readonly name: string; readonly ticket: string | null; readonly status: string };

/** Un problème situé : les erreurs bloquent tout l'import, les avertissements non. */
export type ImportProblem = { readonly line: number; readonly message: string };

export type RowsCheck = {
  readonly candidates: ImportCandidate[];
  readonly errors: ImportProblem[];
  readonly warnings: ImportProblem[];
  /** Billets remboursés ou annulés, laissés de côté. */
  readonly cancelled: SkippedTicket[];
  /** Lignes regroupées avec une ligne précédente de la même personne (un billet de plus). */
  readonly merged: number;
};

export const IMPORT_LIMITS = { name: 200, organisation: 200, accessibilityNeeds: 1000 } as const;

function cell(row: ImportTableRow, mapping: ColumnMapping, field: ImportField): string {
  const index = mapping[field];
  return index === null ? '' : (row.cells[index] ?? '');
}

function nameOf(row: ImportTableRow, mapping: ColumnMapping): string | null {
  const full = cleanText(cell(row, mapping, 'fullName'));
  if (full) return full;
  return cleanText([cell(row, mapping, 'firstName'), cell(row, mapping, 'lastName')].join(' '));
}

const at = (line: number, message: string): ImportProblem => ({ line, message: `Ligne ${line} : ${message}` });
const shown = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** Lit une ligne ; renvoie le candidat, ou les erreurs qui l'empêchent d'être importée. */
function checkRow(row: ImportTableRow, mapping: ColumnMapping): { candidate: ImportCandidate; warning: ImportProblem | null } | ImportProblem[] {
  const errors: ImportProblem[] = [];
  const rawEmail = cell(row, mapping, 'email').trim();
  const email = normaliseEmail(rawEmail);
  // Sans e-mail, la ligne peut encore rejoindre un autre billet de la même personne (voir plus bas).
  if (email === '') errors.push(at(row.line, MISSING_EMAIL));
  else if (!isValidEmail(email)) errors.push(at(row.line, `adresse e-mail invalide (« ${shown(rawEmail)} »).`));

  const name = nameOf(row, mapping);
  if (name === null) errors.push(at(row.line, 'nom manquant.'));
  else if (name.length > IMPORT_LIMITS.name) errors.push(at(row.line, `nom trop long (${IMPORT_LIMITS.name} caractères au plus).`));

  const organisation = cleanText(cell(row, mapping, 'organisation'));
  if (organisation && organisation.length > IMPORT_LIMITS.organisation) {
    errors.push(at(row.line, `structure trop longue (${IMPORT_LIMITS.organisation} caractères au plus).`));
  }
  const accessibilityNeeds = cleanText(cell(row, mapping, 'accessibilityNeeds'));
  if (accessibilityNeeds && accessibilityNeeds.length > IMPORT_LIMITS.accessibilityNeeds) {
    errors.push(at(row.line, `besoins d’accessibilité trop longs (${IMPORT_LIMITS.accessibilityNeeds} caractères au plus).`));
  }
  const rawDate = cell(row, mapping, 'registeredAt');
  const date = readRegistrationDate(rawDate);
  if (!date.ok) {
    errors.push(at(row.line, `date d’inscription illisible (« ${shown(rawDate.trim())} ») ; écrivez JJ/MM/AAAA, avec l’heure si besoin.`));
  }
  if (errors.length > 0 || name === null || !date.ok) return errors;

  let category: AudienceCategory | null = null;
  let warning: ImportProblem | null = null;
  if (mapping.category !== null) {
    const rawCategory = cell(row, mapping, 'category');
    const reading = readCategory(rawCategory);
    category = reading.category;
    if (reading.kind === 'unknown') {
      warning = at(row.line, `catégorie « ${shown(rawCategory.trim())} » non reconnue, classée « ${AUDIENCE_CATEGORY_LABELS.AUTRE} ».`);
    }
  }
  const ticket = cleanText(cell(row, mapping, 'ticket'));
  const tickets = mapping.ticket !== null && ticket !== null ? [ticket] : [];
  return { candidate: { line: row.line, email, name, organisation, category, accessibilityNeeds, registeredAt: date.value, tickets }, warning };
}

const MISSING_EMAIL = 'adresse e-mail manquante.';

/** Prénom et nom, sans accents ni casse : ce qui reconnaît une personne sans e-mail. */
function nameKey(row: ImportTableRow, mapping: ColumnMapping): string | null {
  const name = nameOf(row, mapping);
  return name === null ? null : ticketKey(name);
}

const isBlank = (row: ImportTableRow) => row.cells.every((value) => value.trim() === '');

/**
 * Vérifie toutes les lignes (jamais seulement la première erreur) et regroupe les billets d'une même
 * personne. Sans colonne de tarif, une adresse ne porte qu'une inscription : la première ligne est
 * gardée, les suivantes signalées et laissées de côté. Avec une colonne de tarif (un billet par ligne,
 * « Pass jeudi » puis « Pass vendredi »), les lignes d'une même adresse, ou à défaut d'adresse du même
 * prénom et nom, forment une seule inscription dont les jours sont ceux de tous ses billets. Un billet
 * remboursé ou annulé (colonne de statut) n'est pas importé. Les lignes vides sont ignorées.
 */
export function checkImportRows(rows: readonly ImportTableRow[], mapping: ColumnMapping): RowsCheck {
  const candidates: ImportCandidate[] = [];
  const errors: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  const cancelled: SkippedTicket[] = [];
  let merged = 0;
  const perTicket = mapping.ticket !== null;
  const indexByEmail = new Map<string, number>();
  const indexByName = new Map<string, number>();
  const withoutEmail: ImportTableRow[] = [];
  const addTicket = (index: number, tickets: readonly string[]) => {
    const existing = candidates[index]!;
    candidates[index] = { ...existing, tickets: [...existing.tickets, ...tickets] };
    merged += 1;
  };
  for (const row of rows) {
    if (isBlank(row)) continue;
    if (mapping.orderStatus !== null) {
      const status = cell(row, mapping, 'orderStatus').trim();
      const kind = readOrderStatus(status);
      if (!isExpectedOrder(kind)) {
        cancelled.push({ line: row.line, name: nameOf(row, mapping) ?? '', ticket: cleanText(cell(row, mapping, 'ticket')), status });
        continue;
      }
      if (kind === 'pending' || kind === 'unknown') {
        const reason = kind === 'pending' ? 'vérifiez qu’il a été payé' : 'statut non reconnu';
        warnings.push(at(row.line, `commande « ${shown(status)} » : billet importé comme valide (${reason}).`));
      }
    }
    const checked = checkRow(row, mapping);
    if (Array.isArray(checked)) {
      const onlyEmailMissing = checked.length === 1 && checked[0]!.message.endsWith(MISSING_EMAIL);
      if (perTicket && onlyEmailMissing) withoutEmail.push(row);
      else errors.push(...checked);
      continue;
    }
    const { candidate, warning } = checked;
    const first = indexByEmail.get(candidate.email);
    if (first !== undefined) {
      if (perTicket) addTicket(first, candidate.tickets);
      else warnings.push(at(row.line, `même adresse e-mail que la ligne ${candidates[first]!.line} (${shown(candidate.email)}) : ligne ignorée, une seule inscription par adresse.`));
      continue;
    }
    indexByEmail.set(candidate.email, candidates.length);
    const key = nameKey(row, mapping);
    if (key !== null && !indexByName.has(key)) indexByName.set(key, candidates.length);
    if (warning) warnings.push(warning);
    candidates.push(candidate);
  }
  // Un billet sans adresse rejoint celui, avec adresse, de la même personne ; sinon il manque l'adresse.
  for (const row of withoutEmail) {
    const index = indexByName.get(nameKey(row, mapping) ?? '');
    const ticket = cleanText(cell(row, mapping, 'ticket'));
    if (index === undefined) errors.push(at(row.line, MISSING_EMAIL));
    else addTicket(index, ticket === null ? [] : [ticket]);
  }
  errors.sort((a, b) => a.line - b.line);
  return { candidates, errors, warnings, cancelled, merged };
}
