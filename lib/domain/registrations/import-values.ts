import { clockTime, isCalendarDate, parisWallClockToUtc } from '@/lib/domain/dates';
import { z } from '@/lib/schemas/zod';
import type { AudienceCategory } from './audience-categories';

/*
 * Lecture des cellules d'un export de billetterie : e-mail, catégorie de public, date.
 * Les cellules arrivent en texte ; une date XLSX arrive en « AAAA-MM-JJTHH:MM:SS » (heure de Paris).
 */

const emailSchema = z.email();

/** Espaces autour retirés, casse abaissée : deux écritures d'une même adresse se dédoublonnent. */
export function normaliseEmail(raw: string): string {
  return raw.trim().toLowerCase();
}

export function isValidEmail(email: string): boolean {
  return email.length <= 254 && emailSchema.safeParse(email).success;
}

/** Sans accents, sans point médian ni ponctuation : « Élu·e » → « elue », « Conseiller-ère » → « conseiller ere ». */
function categoryKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[·•.]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Mots qui désignent chaque catégorie, dans l'ordre où on les essaie : le plus précis d'abord
 * (« conseiller numérique en association » est un·e conseiller·e numérique).
 */
const CATEGORY_PATTERNS: ReadonlyArray<{ category: AudienceCategory; patterns: readonly RegExp[] }> = [
  { category: 'CONSEILLER_NUMERIQUE', patterns: [/\bconseill\w* numeriques?\b/, /\bcnfs\b/, /\bconum\b/] },
  { category: 'MEDIATEUR', patterns: [/\bmediat(eur|rice|euse)\w*/] },
  { category: 'ELU', patterns: [/\belu(e|s|es)?\b/, /\bmaire\b/, /\badjointe?s?\b/] },
  { category: 'AGENT_COLLECTIVITE', patterns: [/\bagente?s?\b/, /\bcollectivites?\b/, /\bfonction publique\b/] },
  { category: 'BENEVOLE', patterns: [/\bbenevoles?\b/] },
  { category: 'ASSOCIATION', patterns: [/\bassociati\w*/, /\basso\b/] },
  { category: 'ENTREPRISE', patterns: [/\bentreprises?\b/, /\bsocietes?\b/, /\bindependante?s?\b/] },
  { category: 'GRAND_PUBLIC', patterns: [/\bgrand public\b/, /\bparticuliers?\b/, /\bcitoyen\w*/, /\bhabitante?s?\b/] },
  { category: 'AUTRE', patterns: [/\bautres?\b/] },
];

export type CategoryReading =
  | { readonly kind: 'empty'; readonly category: 'AUTRE' }
  | { readonly kind: 'known'; readonly category: AudienceCategory }
  | { readonly kind: 'unknown'; readonly category: 'AUTRE' };

/**
 * Une cellule vide ou un libellé inconnu donne « Autre » : la personne est bien inscrite, seule
 * sa catégorie manque. L'inconnu est signalé (sans bloquer) pour que l'équipe corrige si besoin.
 */
export function readCategory(raw: string): CategoryReading {
  const key = categoryKey(raw);
  if (key === '') return { kind: 'empty', category: 'AUTRE' };
  const match = CATEGORY_PATTERNS.find(({ patterns }) => patterns.some((pattern) => pattern.test(key)));
  return match ? { kind: 'known', category: match.category } : { kind: 'unknown', category: 'AUTRE' };
}

export type DateReading = { readonly ok: true; readonly value: Date | null } | { readonly ok: false };

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:\s+(?:à\s+)?(\d{1,2})[:h](\d{2})(?::(\d{2}))?)?$/i;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/**
 * Une date d'inscription : JJ/MM/AAAA (heure facultative, « 14:05 » ou « 14h05 ») ou AAAA-MM-JJ,
 * lue à l'heure de Paris ; une date ISO avec fuseau est prise telle quelle. Vide : `null`.
 */
export function readRegistrationDate(raw: string): DateReading {
  const text = raw.trim();
  if (text === '') return { ok: true, value: null };
  if (ISO_WITH_ZONE.test(text)) {
    const time = Date.parse(text);
    return Number.isNaN(time) ? { ok: false } : { ok: true, value: new Date(time) };
  }
  const dmy = DMY.exec(text);
  if (dmy) {
    const [, day, month, year, hour, minute, second] = dmy;
    const fullYear = year!.length === 2 ? `20${year}` : year!;
    return wallClock(`${fullYear}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`, hour, minute, second);
  }
  const iso = ISO.exec(text);
  if (iso) {
    const [, year, month, day, hour, minute, second] = iso;
    return wallClock(`${year}-${month}-${day}`, hour, minute, second);
  }
  return { ok: false };
}

function wallClock(date: string, hour?: string, minute?: string, second?: string): DateReading {
  const [h, m, s] = [hour, minute, second].map((part) => Number(part ?? 0)) as [number, number, number];
  if (!isCalendarDate(date) || h > 23 || m > 59 || s > 59) return { ok: false };
  return { ok: true, value: parisWallClockToUtc(date, clockTime(h, m, s)) };
}

/**
 * Espaces de début et de fin retirés, espaces répétés réduits ; vide devient `null`. Les caractères de
 * contrôle (un `_x0000_` d'une cellule XLSX devient un octet nul, que PostgreSQL refuse) comptent
 * comme des espaces : un fichier exporté par un outil n'a pas à être retouché à la main pour si peu.
 */
export function cleanText(raw: string | undefined): string | null {
  const text = (raw ?? '').replace(/[\s\u0000-\u001F\u007F]+/g, ' ').trim();
  return text === '' ? null : text;
}
