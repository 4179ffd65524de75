import { z } from '@/lib/schemas/zod';

/*
 * Les dates que Trame accepte en saisie : du 1er janvier 2000 au 31 décembre 2100. Au-delà, les
 * calculs d'échéances (J+30 après le 31/12/9999) sortent du calendrier et les pages échouent ;
 * en deçà, c'est une faute de frappe. Les dates AAAA-MM-JJ (et les mois AAAA-MM) se comparent
 * comme des chaînes.
 */
export const MIN_INPUT_DATE = '2000-01-01';
export const MAX_INPUT_DATE = '2100-12-31';
export const DATE_OUT_OF_BOUNDS = 'Choisissez une date entre le 1er janvier 2000 et le 31 décembre 2100.';

/** Une date AAAA-MM-JJ ou un mois AAAA-MM dans les bornes. */
export function isWithinDateBounds(value: string): boolean {
  return value >= MIN_INPUT_DATE.slice(0, value.length) && value <= MAX_INPUT_DATE.slice(0, value.length);
}

/** Une date ISO (AAAA-MM-JJ) valide et dans les bornes ; `message` quand elle est illisible. */
export function boundedIsoDate(message: string) {
  return z.iso.date({ error: message, abort: true }).refine(isWithinDateBounds, { error: DATE_OUT_OF_BOUNDS });
}
