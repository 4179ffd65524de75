import { calendarParts, frenchMonthNumber, isoWeekday, type CalendarDate } from '@/lib/domain/dates';

/*
 * Les jours d'un tarif de billetterie (« Pass jeudi », « Pass 2 jours », « Journée du 12 mars »…).
 * Une règle de devinette, relue par la personne qui importe : l'aperçu montre chaque tarif et les
 * jours proposés, qu'elle peut changer avant de confirmer.
 */

/** Le texte comparé : sans accents, en minuscules, ponctuation remplacée par des espaces. */
export function ticketKey(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const WEEKDAYS: ReadonlyArray<{ readonly iso: number; readonly pattern: RegExp }> = [
  { iso: 1, pattern: /\blun(di)?\b/ },
  { iso: 2, pattern: /\bmar(di)?\b/ },
  { iso: 3, pattern: /\bmer(credi)?\b/ },
  { iso: 4, pattern: /\bjeu(di)?\b/ },
  { iso: 5, pattern: /\bven(dredi)?\b/ },
  { iso: 6, pattern: /\bsam(edi)?\b/ },
  { iso: 7, pattern: /\bdim(anche)?\b/ },
];

// « 1 jour » n'a pas de sens ici : un tarif d'un jour le dit par le nom du jour ou sa date.
const ALL_DAYS = [
  /\btous les jours\b/,
  /\btoutes les journees\b/,
  /\b(pass|billet|forfait|tarif) (complet|integral|global)\b/,
  /\bles (deux|trois|quatre|2|3|4) jours\b/,
  /\bevenement complet\b/,
  /\bduree de l evenement\b/,
];
const DAY_COUNT = /\b(\d|deux|trois|quatre|cinq) (jours|journees)\b/;
const COUNT_WORDS: Record<string, number> = { deux: 2, trois: 3, quatre: 4, cinq: 5 };
const ORDINALS: ReadonlyArray<{ readonly index: number; readonly pattern: RegExp }> = [
  { index: 0, pattern: /\b(j ?1|jour ?1|1er jour|1ere journee|premier jour|premiere journee)\b/ },
  { index: 1, pattern: /\b(j ?2|jour ?2|2e jour|2eme jour|deuxieme jour|second jour|2e journee|2eme journee|deuxieme journee|seconde journee)\b/ },
  { index: 2, pattern: /\b(j ?3|jour ?3|3e jour|3eme jour|troisieme jour|3e journee|troisieme journee)\b/ },
  { index: 3, pattern: /\b(j ?4|jour ?4|4e jour|4eme jour|quatrieme jour)\b/ },
];

function datesNamed(key: string, days: readonly CalendarDate[]): CalendarDate[] {
  const found = new Set<CalendarDate>();
  for (const day of days) {
    const { year, month, day: dayOfMonth } = calendarParts(day);
    const numeric = new RegExp(`(^|[^0-9])0?${dayOfMonth}/0?${month}(/(${year}|${year % 100}))?($|[^0-9])`);
    if (numeric.test(key) || key.includes(day.replace(/-/g, ' '))) found.add(day);
    for (const match of key.matchAll(/\b(\d{1,2})(?:er)? ([a-z]+)\b/g)) {
      if (Number(match[1]) === dayOfMonth && frenchMonthNumber(match[2] ?? '') === month) found.add(day);
    }
  }
  return [...found];
}

export type TicketDaysGuess =
  /** Les jours reconnus dans le libellé (triés). */
  | { readonly kind: 'guessed'; readonly days: CalendarDate[] }
  /** Rien de reconnu : la personne qui importe choisit. */
  | { readonly kind: 'unknown'; readonly days: CalendarDate[] };

/**
 * Les jours d'un tarif parmi ceux de l'événement, dans cet ordre : un événement d'un jour (tout
 * tarif vaut ce jour), « tous les jours » / « pass complet » / « 2 jours » quand l'événement en
 * compte deux, des dates (« 12/03 », « 12 mars », « 2027-03-12 »), des noms de jours (« jeudi »,
 * « jeu. »), des rangs (« jour 1 », « J2 », « premier jour »). Un libellé qui nomme des jours
 * absents de l'événement, ou rien de tout cela, n'est pas deviné.
 */
export function guessTicketDays(label: string, eventDays: readonly CalendarDate[]): TicketDaysGuess {
  const days = [...new Set(eventDays)].sort();
  if (days.length <= 1) return { kind: 'guessed', days };
  const key = ticketKey(label);
  if (ALL_DAYS.some((pattern) => pattern.test(key))) return { kind: 'guessed', days };
  const count = DAY_COUNT.exec(key);
  if (count) {
    const value = COUNT_WORDS[count[1] ?? ''] ?? Number(count[1]);
    return value === days.length ? { kind: 'guessed', days } : { kind: 'unknown', days: [] };
  }
  const dated = datesNamed(key, days);
  if (dated.length > 0) return { kind: 'guessed', days: dated.sort() };
  const weekdays = WEEKDAYS.filter(({ pattern }) => pattern.test(key)).map(({ iso }) => iso);
  if (weekdays.length > 0) {
    const named = days.filter((day) => weekdays.includes(isoWeekday(day)));
    return named.length > 0 ? { kind: 'guessed', days: named } : { kind: 'unknown', days: [] };
  }
  const ranked = ORDINALS.filter(({ pattern }) => pattern.test(key)).map(({ index }) => days[index]);
  const known = ranked.filter((day): day is CalendarDate => day !== undefined);
  if (known.length > 0) return { kind: 'guessed', days: [...new Set(known)].sort() };
  return { kind: 'unknown', days: [] };
}

/** Les jours retenus pour une personne : l'union de ses billets ; tous les jours s'écrivent `[]`. */
export function registrationDays(ticketDays: ReadonlyArray<readonly CalendarDate[]>, eventDays: readonly CalendarDate[]): CalendarDate[] {
  const union = new Set(ticketDays.flat());
  const days = [...new Set(eventDays)].sort();
  if (days.every((day) => union.has(day))) return [];
  return days.filter((day) => union.has(day));
}
