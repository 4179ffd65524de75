import { type CalendarDate, calendarDaysBetween, formatDateRange, monthOf } from '@/lib/domain/dates';
import { parisDateRange, type DatedRange } from './date-range';

/*
 * Avertissements sur les dates d'un événement, d'après le vadémécum RéZolutions numériques
 * (Le Mouvement associatif, 2021) : éviter la période des assemblées générales, « majoritairement
 * entre mars et juin », et ne pas se télescoper avec les autres événements du territoire.
 * Ce sont des avertissements : rien n'empêche d'enregistrer ces dates.
 */

/** Mois des assemblées générales, bornes incluses (calendrier de Paris). */
export const GENERAL_ASSEMBLY_SEASON = { firstMonth: 3, lastMonth: 6 } as const;

/** Écart, en jours calendaires, en deçà duquel (bornes incluses) deux événements du même territoire se télescopent. */
export const SAME_TERRITORY_MIN_GAP_DAYS = 7;

export const EVENT_DATE_WARNING_LABELS = {
  'general-assembly-season': 'Saison des assemblées générales',
  'same-territory-event-nearby': 'Autre événement du territoire à proximité',
} as const satisfies Record<string, string>;

export type EventDateWarningCode = keyof typeof EVENT_DATE_WARNING_LABELS;

export type EventDateWarning =
  | { readonly code: 'general-assembly-season'; readonly message: string }
  | {
      readonly code: 'same-territory-event-nearby';
      readonly message: string;
      readonly eventId: string;
      /** 0 quand les deux événements partagent au moins un jour. */
      readonly daysApart: number;
    };

export type EventDates = DatedRange & { readonly id?: string; readonly territoryId: string | null };
export type OtherEvent = DatedRange & { readonly id: string; readonly title: string; readonly territoryId: string | null };

/** `otherEvents` : les autres événements (l'événement lui-même est ignoré s'il s'y trouve). */
export function eventDateWarnings(event: EventDates, otherEvents: readonly OtherEvent[]): EventDateWarning[] {
  const warnings: EventDateWarning[] = [];
  const range = parisDateRange(event);
  if (touchesGeneralAssemblySeason(range.first, range.last)) {
    warnings.push({
      code: 'general-assembly-season',
      message:
        "L'événement tombe pendant la saison des assemblées générales (de mars à juin) : les responsables associatifs sont alors moins disponibles.",
    });
  }
  return [...warnings, ...nearbyTerritoryEvents(event, range, otherEvents)];
}

/** Vrai si l'un des jours de `first` à `last` tombe entre mars et juin, quelle que soit l'année. */
export function touchesGeneralAssemblySeason(first: CalendarDate, last: CalendarDate): boolean {
  // Chaque mois entre le premier et le dernier jour contient au moins un jour de l'événement.
  const months = (Number(last.slice(0, 4)) - Number(first.slice(0, 4))) * 12 + monthOf(last) - monthOf(first);
  for (let step = 0; step <= Math.min(months, 11); step += 1) {
    const month = ((monthOf(first) - 1 + step) % 12) + 1;
    if (month >= GENERAL_ASSEMBLY_SEASON.firstMonth && month <= GENERAL_ASSEMBLY_SEASON.lastMonth) return true;
  }
  return false;
}

/** Jours calendaires entre deux événements : 0 s'ils partagent un jour, 1 s'ils se suivent (le 10 puis le 11). */
export function daysApart(
  a: { readonly first: CalendarDate; readonly last: CalendarDate },
  b: { readonly first: CalendarDate; readonly last: CalendarDate },
): number {
  return Math.max(0, calendarDaysBetween(a.last, b.first), calendarDaysBetween(b.last, a.first));
}

function nearbyTerritoryEvents(
  event: EventDates,
  range: { readonly first: CalendarDate; readonly last: CalendarDate },
  otherEvents: readonly OtherEvent[],
): EventDateWarning[] {
  if (event.territoryId === null) return [];
  return otherEvents
    .filter((other) => other.territoryId === event.territoryId && other.id !== event.id)
    .map((other) => ({ other, gap: daysApart(range, parisDateRange(other)) }))
    .filter(({ gap }) => gap <= SAME_TERRITORY_MIN_GAP_DAYS)
    .sort((a, b) => a.gap - b.gap || a.other.startsAt.getTime() - b.other.startsAt.getTime())
    .map(({ other, gap }) => ({
      code: 'same-territory-event-nearby',
      eventId: other.id,
      daysApart: gap,
      message: `« ${other.title} » a lieu ${gapText(gap)} sur le même territoire (${formatDateRange(other.startsAt, other.endsAt)}) : attention à ne pas vous télescoper.`,
    }));
}

function gapText(gap: number): string {
  if (gap === 0) return 'aux mêmes dates';
  return gap === 1 ? 'à un jour d’écart' : `à ${gap} jours d’écart`;
}
