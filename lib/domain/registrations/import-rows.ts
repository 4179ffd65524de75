import { AUDIENCE_CATEGORY_LABELS, type AudienceCategory } from './audience-categories';
import type { ColumnMapping, ImportField } from './import-columns';
import { cleanText, isValidEmail, normaliseEmail, readCategory, readRegistrationDate } from './import-values';

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
};

/** Un problème situé : les erreurs bloquent tout l'import, les avertissements non. */
export type ImportProblem = { readonly line: number; readonly message: string };

export type RowsCheck = {
  readonly candidates: ImportCandidate[];
  readonly errors: ImportProblem[];
  readonly warnings: ImportProblem[];
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
  if (email === '') errors.push(at(row.line, 'adresse e-mail manquante.'));
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
  return { candidate: { line: row.line, email, name, organisation, category, accessibilityNeeds, registeredAt: date.value }, warning };
}

const isBlank = (row: ImportTableRow) => row.cells.every((value) => value.trim() === '');

/**
 * Vérifie toutes les lignes (jamais seulement la première erreur) et dédoublonne par e-mail :
 * la première ligne d'une adresse est gardée, les suivantes sont signalées et laissées de côté,
 * car une adresse ne peut porter qu'une inscription par événement. Les lignes vides sont ignorées.
 */
export function checkImportRows(rows: readonly ImportTableRow[], mapping: ColumnMapping): RowsCheck {
  const candidates: ImportCandidate[] = [];
  const errors: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  const firstLineByEmail = new Map<string, number>();
  for (const row of rows) {
    if (isBlank(row)) continue;
    const checked = checkRow(row, mapping);
    if (Array.isArray(checked)) {
      errors.push(...checked);
      continue;
    }
    const { candidate, warning } = checked;
    const first = firstLineByEmail.get(candidate.email);
    if (first !== undefined) {
      warnings.push(at(row.line, `même adresse e-mail que la ligne ${first} (${shown(candidate.email)}) : ligne ignorée, une seule inscription par adresse.`));
      continue;
    }
    firstLineByEmail.set(candidate.email, row.line);
    if (warning) warnings.push(warning);
    candidates.push(candidate);
  }
  return { candidates, errors, warnings };
}
