/*
 * Les mois écrits à la française dans un tableur : « août-24 », « juil. 2024 », « 08/2024 »,
 * « août 2024 », « 2024-08 », « aout 24 ». Un seul endroit pour les lire, rendus « AAAA-MM ».
 */

const MONTH_WORDS: ReadonlyArray<{ readonly month: number; readonly pattern: RegExp }> = [
  { month: 1, pattern: /^janv?(ier)?$/ },
  { month: 2, pattern: /^fevr?(ier)?$/ },
  { month: 3, pattern: /^mars?$/ },
  { month: 4, pattern: /^avr(il)?$/ },
  { month: 5, pattern: /^mai$/ },
  { month: 6, pattern: /^juin$/ },
  { month: 7, pattern: /^juil(l?et)?$/ },
  { month: 8, pattern: /^aout$/ },
  { month: 9, pattern: /^sept?(embre)?$/ },
  { month: 10, pattern: /^oct(obre)?$/ },
  { month: 11, pattern: /^nov(embre)?$/ },
  { month: 12, pattern: /^dec(embre)?$/ },
];

const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();

/** Le numéro d'un mois écrit en français (« août », « aout », « juil. », « SEPT ») ; `null` sinon. */
export function frenchMonthNumber(word: string): number | null {
  const key = plain(word).replace(/\.$/, '');
  return MONTH_WORDS.find(({ pattern }) => pattern.test(key))?.month ?? null;
}

const two = (month: number) => String(month).padStart(2, '0');
const fullYear = (year: string) => (year.length === 2 ? 2000 + Number(year) : Number(year));

/**
 * Un mois « AAAA-MM » lu d'une cellule ; `null` si le texte n'est pas un mois reconnu.
 * Années sur deux chiffres : 20xx. Un jour présent (« 2024-08-15 », « 15/08/2024 ») est ignoré.
 */
export function parseFrenchMonth(raw: string): string | null {
  const text = plain(raw).replace(/\s+/g, ' ');
  if (text === '') return null;
  const iso = /^(\d{4})[-/.](\d{1,2})(?:[-/.]\d{1,2}(?:t.*)?)?$/.exec(text);
  if (iso) return month(Number(iso[1]), Number(iso[2]));
  const numeric = /^(?:\d{1,2}[/.-])?(\d{1,2})[/.-](\d{4}|\d{2})$/.exec(text);
  if (numeric) return month(fullYear(numeric[2]!), Number(numeric[1]));
  const worded = /^(?:\d{1,2}(?:er)? )?([a-z]+)\.?[\s.'’-]*(\d{4}|\d{2})$/.exec(text);
  if (worded) {
    const number = frenchMonthNumber(worded[1]!);
    return number === null ? null : month(fullYear(worded[2]!), number);
  }
  return null;
}

function month(year: number, number: number): string | null {
  if (number < 1 || number > 12 || year < 1000) return null;
  return `${year}-${two(number)}`;
}
