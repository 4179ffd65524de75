/*
 * Le français affiché, en un seul endroit : nombres, argent, pourcentages, durées, accords en
 * nombre et élisions. Les dates et heures sont dans lib/domain/dates.
 *
 * Espaces : Intl sépare les milliers par une fine insécable (U+202F), absente des polices
 * intégrées des PDF (« 1/234,56 € ») ; on écrit partout l'insécable ordinaire (U+00A0), qui
 * s'affiche de la même façon, ne se coupe pas en fin de ligne et se retrouve par la recherche.
 */

const NARROW_SPACES = /[\u202f\u2009]/g;
const NBSP = '\u00a0';

/** Intl's narrow (U+202F) and thin (U+2009) spaces → U+00A0. */
export function plainSpaces(text: string): string {
  return text.replace(NARROW_SPACES, NBSP);
}

/** Text for the PDF built-in fonts: no narrow spaces, and ASCII for the signs they lack (≤ ≥ −). */
export function pdfText(text: string): string {
  return plainSpaces(text).replace(/≤/g, '<=').replace(/≥/g, '>=').replace(/\u2212/g, '-');
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(minDecimals: number, maxDecimals: number): Intl.NumberFormat {
  const key = `${minDecimals}-${maxDecimals}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: minDecimals, maximumFractionDigits: maxDecimals });
    numberFormats.set(key, format);
  }
  return format;
}

export type NumberOptions = {
  /** Most decimals shown (rounded half away from zero); 1 unless said. */
  readonly decimals?: number;
  /** Always show `decimals` decimals: « 50,0 » rather than « 50 ». */
  readonly fixed?: boolean;
};

/** 1234.56 → « 1 234,6 »; 1.5 → « 1,5 »; −3 → « -3 ». */
export function formatNumber(value: number, { decimals = 1, fixed = false }: NumberOptions = {}): string {
  return plainSpaces(numberFormat(fixed ? decimals : 0, decimals).format(value));
}

/** A whole number of people, sessions, hours…: 1234 → « 1 234 ». */
export function formatCount(value: number): string {
  return formatNumber(value, { decimals: 0 });
}

/** 12.5 → « 12,5 % »; null → « — » (a rate without denominator). */
export function formatPercent(value: number | null, options: NumberOptions = {}): string {
  return value === null ? '—' : `${formatNumber(value, options)}${NBSP}%`;
}

/** « +12,5 % », « −3 % », « 0 % »: a change, signed with a true minus sign. */
export function formatSignedPercent(value: number, options: NumberOptions = {}): string {
  const sign = value > 0 ? '+' : value < 0 ? '\u2212' : '';
  return `${sign}${formatPercent(Math.abs(value), options)}`;
}

const euroFormat = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const wholeEuroFormat = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

/** Integer cents → « 1 234,56 € »; −1050 → « -10,50 € ». Anything but integer cents is a bug. */
export function formatEuros(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`formatEuros : ${cents} n'est pas un nombre entier de centimes.`);
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  const fraction = String(absolute % 100).padStart(2, '0');
  // An exact decimal string: Intl formats it without a floating-point division.
  const decimal = `${sign}${(absolute - (absolute % 100)) / 100}.${fraction}` as `${number}`;
  return plainSpaces(euroFormat.format(decimal));
}

/** Cents → « 1 234,56 € »; null → « — » (nothing entered yet). */
export function formatMoney(cents: number | null): string {
  return cents === null ? '—' : formatEuros(cents);
}

/** Cents rounded to whole euros, for chart axes: 123456 → « 1 235 € ». */
export function formatWholeEuros(cents: number): string {
  return plainSpaces(wholeEuroFormat.format(Math.round(cents / 100)));
}

/** Minutes → « 45 min », « 1 h », « 1 h 30 », « 7 h 05 »; negative durations read « -1 h 30 ». */
export function formatDuration(minutes: number): string {
  if (minutes < 0) return `-${formatDuration(-minutes)}`;
  const whole = Math.round(minutes);
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  if (hours === 0) return `${rest}${NBSP}min`;
  return rest === 0 ? `${formatCount(hours)}${NBSP}h` : `${formatCount(hours)}${NBSP}h${NBSP}${String(rest).padStart(2, '0')}`;
}

const pluralRules = new Intl.PluralRules('fr-FR');

export type PluralForms = {
  /** Below 2 in French: « 0 conflit bloquant », « 1 conflit bloquant », « 1,5 heure ». */
  readonly one: string;
  /** 2 and more: « 2 conflits bloquants ». */
  readonly other: string;
  /** Round millions, if the phrase changes (« 1 000 000 de personnes »); `other` otherwise. */
  readonly many?: string;
};

/** The form that agrees with `count`, without the number: `pluralForm(4, { one: 'ligne', other: 'lignes' })` → « lignes ». */
export function pluralForm(count: number, forms: PluralForms): string {
  const category = pluralRules.select(count);
  if (category === 'one') return forms.one;
  if (category === 'many') return forms.many ?? forms.other;
  return forms.other;
}

/** The number and the form that agrees with it: « 4 conflits bloquants », « 1 diagnostic réalisé », « 0 ligne ». */
export function plural(count: number, forms: PluralForms): string {
  return `${formatNumber(count)} ${pluralForm(count, forms)}`;
}

// Aspirated h: no elision (« de Hugues » is said both ways; these never elide).
const ASPIRATED_H = /^h(a(che|ie|ine|l[lt]|m|nd|ng|r|s|u)|é(ros|risson)|i(bou|érarch)|o(ll|mard|nte|rs|ux)|u(bert|gues|it|tte))/i;

/** Whether French elides before `word`: a vowel, a mute h, or a y sounding like a vowel (« Yves », not « yoga »). */
export function startsWithVowelSound(word: string): boolean {
  const text = word.trimStart();
  if (/^[aeiouàâäéèêëîïôöùûüœæ]/i.test(text)) return true;
  if (/^h/i.test(text)) return !ASPIRATED_H.test(text);
  return /^y[^aeiouàâäéèêëîïôöùûü]/i.test(text);
}

/** « de » before a word, elided when it must be: « d’Amina », « d’un », « de Lucas », « de handicap ». */
export function de(word: string): string {
  return startsWithVowelSound(word) ? `d’${word}` : `de ${word}`;
}
