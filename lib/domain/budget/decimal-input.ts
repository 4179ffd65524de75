import { toHundredths } from './money';
import { formatEuros } from '@/lib/domain/format/french';

/*
 * Quantités et montants tels qu'on les écrit en France : « 2,5 » jours, « 1 234,56 ».
 * Lecture et écriture passent par l'écriture décimale, jamais par un calcul flottant.
 */

export const MAX_DECIMAL_QUANTITY = 1_000_000;

export type ParseQuantityResult =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly message: string };

const SPACES = ' \u00a0\u202f\u2009';
const QUANTITY_PATTERN = new RegExp(`^(\\d{1,3}(?:[${SPACES}]\\d{3})+|\\d+)(?:[.,](\\d+))?$`);

/** « 2,5 » → 2.5 ; au plus deux décimales, strictement positif. */
export function parseQuantity(input: string): ParseQuantityResult {
  const text = input.trim();
  if (text.length === 0) return { ok: false, message: 'Indiquez une quantité.' };
  if (/^[-\u2212]/.test(text)) return { ok: false, message: 'La quantité ne peut pas être négative.' };
  const match = QUANTITY_PATTERN.exec(text);
  if (!match) return { ok: false, message: 'Saisissez un nombre, par exemple 2,5.' };
  const decimals = match[2] ?? '';
  if (decimals.length > 2) return { ok: false, message: 'Indiquez au plus deux chiffres après la virgule.' };
  const integer = (match[1] ?? '').replace(/\D/g, '');
  if (integer.length > 7) return { ok: false, message: 'Cette quantité est trop grande.' };
  const hundredths = Number(integer) * 100 + Number(decimals.padEnd(2, '0'));
  if (hundredths === 0) return { ok: false, message: 'La quantité doit être positive.' };
  if (hundredths > MAX_DECIMAL_QUANTITY * 100) return { ok: false, message: 'Cette quantité est trop grande.' };
  return { ok: true, value: fromHundredths(hundredths) };
}

/** 250 → 2.5 : le nombre décimal le plus proche, que `toHundredths` relit exactement. */
export function fromHundredths(hundredths: number): number {
  const sign = hundredths < 0 ? '-' : '';
  const absolute = Math.abs(hundredths);
  return Number(`${sign}${Math.trunc(absolute / 100)}.${String(absolute % 100).padStart(2, '0')}`);
}

/** 2.5 → « 2,5 » ; 3 → « 3 ». */
export function formatQuantity(quantity: number): string {
  const hundredths = toHundredths(quantity);
  if (hundredths === null) throw new RangeError(`formatQuantity : quantité invalide (${quantity}).`);
  const fraction = String(hundredths % 100).padStart(2, '0').replace(/0+$/, '');
  const integer = String(Math.trunc(hundredths / 100));
  return fraction ? `${integer},${fraction}` : integer;
}

/** 123456 → « 1234,56 » : virgule décimale, sans séparateur de milliers (ce que lit Excel en français). */
export function formatCentsDecimal(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`formatCentsDecimal : ${cents} n'est pas un nombre de centimes.`);
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  return `${sign}${Math.trunc(absolute / 100)},${String(absolute % 100).padStart(2, '0')}`;
}

/** 123456 → « 1 234,56 » : la valeur d'un champ de saisie, que `parseEuros` relit. */
export function formatEurosInput(cents: number): string {
  return formatEuros(cents).replace(/[\s\u00a0]*€$/, '').replace(/\u00a0/g, ' ');
}

/**
 * Un nombre lu dans un tableur (1234.56, ou 0.30000000000000004 issu d'une formule) ramené aux
 * 15 chiffres significatifs qu'affiche le tableur, puis écrit en décimal pour être relu
 * sans flottant par `parseEuros` ou `parseQuantity`.
 */
export function spreadsheetNumberToText(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const normalised = Number(value.toPrecision(15));
  const text = String(normalised);
  if (!/e/i.test(text)) return text;
  // Notation exponentielle (très petit ou très grand) : l'écriture fixe suffit à la refuser ou l'accepter.
  return normalised.toFixed(20).replace(/\.?0+$/, '');
}
