/*
 * L'argent en centimes entiers, jamais en flottants. Les euros n'existent qu'à la
 * frontière : saisie (`parseEuros`) et affichage (`formatEuros`, lib/domain/format/french).
 */
import { formatEuros } from '@/lib/domain/format/french';

/**
 * Plafond d'un montant saisi : 10 millions d'euros. Très au-dessus de tout événement
 * territorial, et sous la limite d'un entier 32 bits (21 474 836,47 €) si la base
 * stocke les centimes en `Int`.
 */
export const MAX_AMOUNT_CENTS = 1_000_000_000;

export const MONEY_PARSE_ERROR_CODES = ['empty', 'invalid', 'negative', 'too-many-decimals', 'too-large'] as const;
export type MoneyParseErrorCode = (typeof MONEY_PARSE_ERROR_CODES)[number];

export type ParseEurosResult =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly error: MoneyParseErrorCode; readonly message: string };

/* Espaces admises entre les milliers : espace, insécable, fine insécable, fine. */
const SPACES = ' \u00a0\u202f\u2009';
const AMOUNT_PATTERN = new RegExp(`^(\\d{1,3}(?:[${SPACES}]\\d{3})+|\\d+)(?:[.,](\\d+))?$`);
const CURRENCY_PATTERN = new RegExp(`^€[${SPACES}]*|[${SPACES}]*€$`, 'g');

export const MONEY_PARSE_ERROR_MESSAGES: Record<MoneyParseErrorCode, string> = {
  empty: 'Indiquez un montant.',
  invalid: 'Saisissez un montant en euros, par exemple 1 234,56.',
  negative: 'Le montant ne peut pas être négatif.',
  'too-many-decimals':
    'Indiquez au plus deux chiffres après la virgule (les milliers se séparent par une espace : 1 234,56).',
  'too-large': `Le montant ne peut pas dépasser ${formatEuros(MAX_AMOUNT_CENTS)}.`,
};

/**
 * Lit un montant saisi à la française : « 1 234,56 », « 1234.5 », « 12 € ».
 * Les espaces ne sont admises qu'entre groupes de trois chiffres ; « 1,234 » est refusé
 * (trois décimales) plutôt que lu comme un millier à l'anglaise.
 */
export function parseEuros(input: string): ParseEurosResult {
  const text = input.trim().replace(CURRENCY_PATTERN, '').trim();
  if (text.length === 0) return failure('empty');
  if (/^[-\u2212]/.test(text)) return failure('negative');
  const match = AMOUNT_PATTERN.exec(text);
  if (!match) return failure('invalid');
  const integerDigits = (match[1] ?? '').replace(/\D/g, '').replace(/^0+(?=\d)/, '');
  const decimals = match[2] ?? '';
  if (decimals.length > 2) return failure('too-many-decimals');
  // Au-delà de 9 chiffres d'euros, le plafond est de toute façon dépassé.
  if (integerDigits.length > 9) return failure('too-large');
  const cents = Number(integerDigits) * 100 + Number(decimals.padEnd(2, '0'));
  if (cents > MAX_AMOUNT_CENTS) return failure('too-large');
  return { ok: true, value: cents };
}

function failure(error: MoneyParseErrorCode): ParseEurosResult {
  return { ok: false, error, message: MONEY_PARSE_ERROR_MESSAGES[error] };
}

/**
 * Nombre de centièmes d'une quantité qui a au plus deux décimales (2,5 jours → 250),
 * lu sur son écriture décimale et non sur sa valeur binaire ; `null` sinon.
 */
export function toHundredths(quantity: number): number | null {
  if (!Number.isFinite(quantity) || quantity < 0) return null;
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(String(quantity));
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/**
 * Prix unitaire × quantité (jusqu'à deux décimales), arrondi au centime, la moitié
 * vers le haut : 333,33 € × 2,5 jours = 833,325 € → 833,33 €. Calcul entier, sans flottant.
 */
export function multiplyCents(unitCents: number, quantity: number): number {
  assertCents(unitCents, 'multiplyCents');
  if (unitCents < 0) throw new RangeError('multiplyCents : le prix unitaire ne peut pas être négatif.');
  const hundredths = toHundredths(quantity);
  if (hundredths === null) {
    throw new RangeError(`multiplyCents : quantité invalide (${quantity}), au plus deux décimales et positive.`);
  }
  return Number(divideRoundHalfUp(BigInt(unitCents) * BigInt(hundredths), 100n));
}

/** Centimes ÷ diviseur entier, arrondi au centime, la moitié vers le haut. */
export function divideCents(cents: number, divisor: number): number {
  assertCents(cents, 'divideCents');
  if (!Number.isSafeInteger(divisor) || divisor <= 0) {
    throw new RangeError(`divideCents : diviseur invalide (${divisor}).`);
  }
  return Number(divideRoundHalfUp(BigInt(cents), BigInt(divisor)));
}

/**
 * Part en pourcentage, arrondie à une décimale (la moitié s'éloigne de zéro) ;
 * `null` quand le tout vaut 0 : un pourcentage de rien n'a pas de sens.
 */
export function percent(part: number, whole: number): number | null {
  assertCents(part, 'percent');
  assertCents(whole, 'percent');
  if (whole === 0) return null;
  const tenths = Number(divideRoundHalfUp(BigInt(part) * 1000n, BigInt(whole)));
  return tenths === 0 ? 0 : tenths / 10;
}

/** Division entière arrondie au plus proche, la moitié s'éloignant de zéro. */
function divideRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const rounded = (2n * n + d) / (2n * d);
  return negative ? -rounded : rounded;
}

function assertCents(value: number, where: string): void {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`${where} : ${value} n'est pas un nombre entier de centimes.`);
  }
}
