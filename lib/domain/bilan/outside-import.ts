import { plural } from '@/lib/domain/format/french';
import { cellText, isBlankRow, type SpreadsheetCell } from '@/lib/domain/text/spreadsheet-cells';
import { normaliseLabel, OUTSIDE_SCALE_MAX, OUTSIDE_SCALE_MIN, type OutsideQuote, type OutsideScore } from './outside-results';

/*
 * Lecture d'un fichier de réponses recueillies hors Trame : une ligne par personne, une colonne par
 * question. Les colonnes sont reconnues ainsi :
 * - « Citation », « Verbatim », « Avis à chaud », « Commentaire », « Témoignage » : la citation ;
 * - « Consentement », « Accord », « J'accepte… », « Autorisation » : l'accord de citer (oui / non) ;
 * - « Auteur », « Nom », « Prénom », « Signature » : qui cite (facultatif) ;
 * - « Horodateur », « Date », « Heure », « E-mail », « Courriel », « Identifiant » : ignorées ;
 * - toute autre colonne dont une cellule au moins est une note de 1 à 5 est une colonne de notes (la
 *   question de Trame de même intitulé si elle existe) : chacune de ses cellules doit alors en être une ;
 *   une colonne de nombres qui n'en sont jamais (code postal, âge) ou de texte seul est ignorée (et nommée).
 * Une citation n'est reprise qu'avec l'accord de son auteur·rice ; sans colonne d'accord, aucune ne
 * l'est (et on le dit). Toute note hors 1-5, tout accord illisible est une erreur : rien n'est écrit.
 */

export type OutsideImportRow = { readonly line: number; readonly cells: readonly SpreadsheetCell[] };
export type OutsideImportProblem = { readonly line: number; readonly message: string };

export type OutsideImportResult =
  | {
      readonly ok: true;
      readonly responseCount: number;
      readonly scores: OutsideScore[];
      readonly quotes: OutsideQuote[];
      /** Headers of columns read as nothing. */
      readonly ignoredColumns: string[];
      readonly warnings: string[];
    }
  | { readonly ok: false; readonly problems: OutsideImportProblem[] };

type ColumnRole = 'quote' | 'consent' | 'author' | 'ignored' | 'candidate';

const ROLE_PATTERNS: ReadonlyArray<readonly [Exclude<ColumnRole, 'candidate'>, RegExp]> = [
  ['consent', /consent|accord|autoris|j'accepte|acceptez/],
  ['quote', /citation|verbatim|avis a chaud|commentaire|temoignage|en une phrase/],
  ['author', /^(auteur|autrice|auteur·rice|auteur\/autrice|nom|prenom|nom et prenom|prenom et nom|prenom nom|nom prenom|signature)$/],
  ['ignored', /horodat|^date|^heure|e-?mail|courriel|^id$|identifiant|^n° ?$|^numero/],
];

const YES = new Set(['oui', 'o', 'yes', 'y', 'x', '1', 'vrai', 'true', "d'accord", 'ok']);
const NO = new Set(['non', 'n', 'no', '0', 'faux', 'false', '']);

export function columnRole(header: string): ColumnRole {
  const text = normaliseLabel(header);
  for (const [role, pattern] of ROLE_PATTERNS) if (pattern.test(text)) return role;
  return 'candidate';
}

/** A 1-5 rating, or null when blank; 'invalid' otherwise. Accepts « 4 », « 4,0 », « 4/5 ». */
export function readRating(cell: SpreadsheetCell): number | null | 'invalid' {
  if (cell === null) return null;
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= OUTSIDE_SCALE_MIN && cell <= OUTSIDE_SCALE_MAX ? cell : 'invalid';
  const text = cellText(cell).trim().replace(/\s*\/\s*5$/, '').replace(',', '.');
  if (text === '') return null;
  if (!/^\d+(\.0+)?$/.test(text)) return 'invalid';
  const value = Number(text);
  return value >= OUTSIDE_SCALE_MIN && value <= OUTSIDE_SCALE_MAX ? value : 'invalid';
}

const looksNumeric = (cell: SpreadsheetCell) => typeof cell === 'number' || /^\s*\d+([.,]\d+)?\s*(\/\s*\d+)?\s*$/.test(cellText(cell));

const roundHundredth = (value: number) => Math.round(value * 100) / 100;

export const QUOTE_MAX_LENGTH = 1000;

export function readOutsideAnswers(
  header: readonly string[],
  rows: readonly OutsideImportRow[],
  trameQuestions: ReadonlyArray<{ readonly id: string; readonly label: string }>,
): OutsideImportResult {
  const answered = rows.filter((row) => !isBlankRow([...row.cells]));
  if (answered.length === 0) return { ok: false, problems: [{ line: 1, message: 'Ce fichier ne contient aucune réponse sous sa ligne d’en-tête.' }] };
  const byLabel = new Map(trameQuestions.map((question) => [normaliseLabel(question.label), question.id]));
  const roles = header.map((text, index) => {
    const role = text.trim() === '' ? 'ignored' : columnRole(text);
    if (role !== 'candidate') return role;
    // Named after a question of Trame's questionnaire, a column holds ratings: a 9 there is a typo to fix.
    if (byLabel.has(normaliseLabel(text))) return 'score';
    // A rating column holds at least one 1-5 rating; numbers that never are (postcodes, ages) are not ratings.
    const ratingAtLeastOnce = answered.some((row) => {
      const rating = readRating(row.cells[index] ?? null);
      return rating !== null && rating !== 'invalid';
    });
    if (ratingAtLeastOnce) return 'score';
    return answered.some((row) => looksNumeric(row.cells[index] ?? null)) ? 'ignored' : 'text';
  });
  const problems: OutsideImportProblem[] = [];
  const firstOf = (role: string) => roles.indexOf(role as never);
  const quoteAt = firstOf('quote');
  const consentAt = firstOf('consent');
  const authorAt = firstOf('author');

  const scores: OutsideScore[] = [];
  roles.forEach((role, index) => {
    if (role !== 'score') return;
    const label = header[index]!.trim();
    let sum = 0;
    let count = 0;
    for (const row of answered) {
      const rating = readRating(row.cells[index] ?? null);
      if (rating === 'invalid') {
        problems.push({ line: row.line, message: `Colonne « ${label} » : « ${cellText(row.cells[index] ?? null).trim()} » n’est pas une note entière de ${OUTSIDE_SCALE_MIN} à ${OUTSIDE_SCALE_MAX}.` });
      } else if (rating !== null) {
        sum += rating;
        count += 1;
      }
    }
    if (count > 0) scores.push({ questionId: byLabel.get(normaliseLabel(label)) ?? null, label, answers: count, average: roundHundredth(sum / count) });
  });

  const quotes: OutsideQuote[] = [];
  const warnings: string[] = [];
  if (quoteAt >= 0) {
    let withoutConsent = 0;
    for (const row of answered) {
      const text = cellText(row.cells[quoteAt] ?? null).trim();
      if (text === '') continue;
      if (text.length > QUOTE_MAX_LENGTH) {
        problems.push({ line: row.line, message: `La citation dépasse ${QUOTE_MAX_LENGTH} caractères : raccourcissez-la.` });
        continue;
      }
      const consent = consentAt >= 0 ? normaliseLabel(cellText(row.cells[consentAt] ?? null)) : '';
      if (consentAt >= 0 && !YES.has(consent) && !NO.has(consent)) {
        problems.push({ line: row.line, message: `Accord de citer illisible (« ${cellText(row.cells[consentAt] ?? null).trim()} ») : écrivez « oui » ou « non ».` });
        continue;
      }
      if (!YES.has(consent)) {
        withoutConsent += 1;
        continue;
      }
      const author = authorAt >= 0 ? cellText(row.cells[authorAt] ?? null).trim().slice(0, 120) : '';
      quotes.push({ text, author: author === '' ? null : author });
    }
    if (withoutConsent > 0) {
      warnings.push(
        consentAt < 0
          ? 'Aucune colonne « Consentement » (oui / non) : aucune citation n’est reprise, faute d’accord de leurs auteur·rices.'
          : `${plural(withoutConsent, { one: 'citation n’est pas reprise', other: 'citations ne sont pas reprises' })} : sans accord de son auteur·rice.`,
      );
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  const ignoredColumns = header.filter((text, index) => text.trim() !== '' && (roles[index] === 'ignored' || roles[index] === 'text'));
  return { ok: true, responseCount: answered.length, scores, quotes, ignoredColumns, warnings };
}
