// A published event as an OpenAgenda v2 event, the agenda most French territories run on
// (https://developers.openagenda.com/en/evenements/structure). Built from the public event only: what
// the public page does not show, OpenAgenda does not get either.
import { formatTimeRange, formatDayTitle, toParisIso } from '@/lib/domain/dates';
import { groupByDay } from './schedule';
import type { EventMode, PublicEvent } from './types';

/** OpenAgenda's attendance modes: 1 on site, 2 online, 3 both. */
export const OPENAGENDA_ATTENDANCE: Readonly<Record<EventMode, 1 | 2 | 3>> = { PRESENTIEL: 1, DISTANCIEL: 2, HYBRIDE: 3 };

/** OpenAgenda's statuses that Trame can state: scheduled, or full (no seat left). */
export const OPENAGENDA_STATUS = { scheduled: 1, full: 5 } as const;

/** OpenAgenda refuses a short description over 200 characters. */
export const SHORT_DESCRIPTION_MAX = 200;

/** The key under which the event's Trame id travels in extIds, to find it again on update. */
export const EXT_ID_KEY = 'trame';

type Multilingual<T> = { readonly fr: T };

export type OpenAgendaLocation = {
  readonly name: string;
  readonly address: string;
  readonly postalCode?: string;
  readonly city?: string;
  readonly insee?: string;
  readonly countryCode: 'FR';
};

export type OpenAgendaEvent = {
  readonly title: Multilingual<string>;
  readonly description: Multilingual<string>;
  readonly longDescription: Multilingual<string>;
  readonly keywords?: Multilingual<string[]>;
  readonly conditions?: Multilingual<string>;
  readonly timings: readonly { readonly begin: string; readonly end: string }[];
  readonly attendanceMode: 1 | 2 | 3;
  readonly onlineAccessLink?: string;
  readonly registration?: readonly string[];
  readonly accessibility?: { readonly mi: boolean };
  readonly status: (typeof OPENAGENDA_STATUS)[keyof typeof OPENAGENDA_STATUS];
  readonly extIds: readonly { readonly key: string; readonly value: string }[];
  readonly timezone: 'Europe/Paris';
};

export type OpenAgendaExport = { readonly event: OpenAgendaEvent; readonly location: OpenAgendaLocation | null };

type Links = { readonly pageUrl: string; readonly registrationUrl: string };

/** The first sentences that fit in `max` characters, cut at a word with "…" when one is too long. */
export function shortDescription(text: string, max = SHORT_DESCRIPTION_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const sentences = flat.match(/[^.!?]+[.!?]+(\s|$)/g) ?? [];
  let kept = '';
  for (const sentence of sentences) {
    if ((kept + sentence).trim().length > max) break;
    kept += sentence;
  }
  if (kept.trim()) return kept.trim();
  const cut = flat.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[\s,;:]+$/, '')}…`;
}

/** "12 rue de la République, 13001 Marseille" → its postal code and city, when the address ends so. */
export function splitFrenchAddress(address: string): { postalCode?: string; city?: string } {
  const match = /(?:^|[\s,])(\d{5})\s+([^,\d][^,]*)\s*$/.exec(address.trim());
  return match ? { postalCode: match[1], city: match[2]!.trim() } : {};
}

/** Markdown: the presentation, then the programme day by day, then where to read more. */
function longDescription(event: PublicEvent, pageUrl: string): string {
  const programme = groupByDay(event)
    .filter((day) => day.sessions.length > 0)
    .map((day) => {
      const lines = day.sessions.map((s) => {
        const where = s.roomName ? ` (${s.roomName})` : '';
        const who = s.people.length ? ` — ${s.people.map((p) => p.name).join(', ')}` : '';
        const cancelled = s.status === 'CANCELLED' ? ' — **annulée**' : '';
        return `- ${formatTimeRange(s)} · ${escapeMarkdown(s.title)}${where}${who}${cancelled}`;
      });
      return [`### ${formatDayTitle(day.date)}`, ...lines].join('\n');
    });
  return [
    event.description ? escapeMarkdown(event.description) : null,
    programme.length ? ['## Programme', ...programme].join('\n\n') : null,
    `Programme complet et inscription : ${pageUrl}`,
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** Organisers' text is text: Markdown's markers are escaped so a title cannot become a link. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]()#+!|<>])/g, '\\$1');
}

/**
 * The event and its location as OpenAgenda wants them. The visio link stays private: for an online
 * or hybrid event the access link is the public page, where registrants learn how to join (the
 * same rule as the page's schema.org data).
 */
export function buildOpenAgendaEvent(event: PublicEvent, links: Links, territoryInsee: string | null = null): OpenAgendaExport {
  const days = event.days.length > 0 ? event.days : [{ startsAt: event.startsAt, endsAt: event.endsAt }];
  const remote = event.mode !== 'PRESENTIEL';
  const keywords = [...event.themes, ...(event.hashtag ? [event.hashtag.replace(/^#/, '')] : [])];
  const openRegistration = event.status === 'PUBLISHED' && event.registrationOpen;
  const openingLine = shortDescription(event.description ?? `${event.title} — ${event.organisers.join(', ')}`);
  const address = event.venue.address?.trim() || null;
  return {
    event: {
      title: { fr: event.title },
      description: { fr: openingLine },
      longDescription: { fr: longDescription(event, links.pageUrl) },
      ...(keywords.length ? { keywords: { fr: keywords } } : {}),
      ...(openRegistration ? { conditions: { fr: event.capacity !== null ? `Sur inscription, ${event.capacity} places.` : 'Sur inscription.' } } : {}),
      timings: days.map((d) => ({ begin: toParisIso(d.startsAt), end: toParisIso(d.endsAt) })),
      attendanceMode: OPENAGENDA_ATTENDANCE[event.mode],
      ...(remote ? { onlineAccessLink: links.pageUrl } : {}),
      ...(openRegistration ? { registration: [links.registrationUrl] } : {}),
      ...(event.venue.accessible ? { accessibility: { mi: true } } : {}),
      status: event.seatsLeft === 0 ? OPENAGENDA_STATUS.full : OPENAGENDA_STATUS.scheduled,
      extIds: [{ key: EXT_ID_KEY, value: event.id }],
      timezone: 'Europe/Paris',
    },
    location:
      event.mode === 'DISTANCIEL' || !address
        ? null
        : {
            name: event.venue.name?.trim() || address,
            address,
            ...splitFrenchAddress(address),
            ...(territoryInsee ? { insee: territoryInsee } : {}),
            countryCode: 'FR',
          },
  };
}

/* The push to an agenda (lib/server/openagenda): what is sent, and what organisers read when it fails. */

/** OpenAgenda's limits on a location (https://developers.openagenda.com/lieux/structure). */
const LOCATION_NAME_MAX = 100;
const LOCATION_ADDRESS_MAX = 255;

/** The location as created in the agenda, found again by the event's Trame id (one venue per event). */
export function openAgendaLocationBody(location: OpenAgendaLocation, eventId: string) {
  return {
    ...location,
    name: location.name.slice(0, LOCATION_NAME_MAX),
    address: location.address.slice(0, LOCATION_ADDRESS_MAX),
    extIds: [{ key: EXT_ID_KEY, value: eventId }],
  };
}

/** The event as sent: its fields, tied to its location when it has one (an online event has none). */
export function openAgendaEventBody(event: OpenAgendaEvent, locationUid: string | null) {
  return { ...event, ...(locationUid ? { locationUid } : {}) };
}

/** Why a push failed, as the job sees it. */
export type OpenAgendaFailure =
  | { readonly kind: 'http'; readonly status: number; readonly step: 'token' | 'location' | 'event' }
  | { readonly kind: 'network' }
  | { readonly kind: 'unexpected-answer' }
  | { readonly kind: 'not-public' }
  | { readonly kind: 'not-configured' };

const STEP_LABELS = { token: 'l’authentification', location: 'l’envoi du lieu', event: 'l’envoi de l’événement' } as const;

/**
 * A short French explanation for organisers, and whether trying again later may help (a server error,
 * a timeout, a rate limit) or not (the agenda refused the data, the key is wrong, the event is no
 * longer public). Never the agenda's raw answer: it may quote the request.
 */
export function describeOpenAgendaFailure(failure: OpenAgendaFailure): { readonly message: string; readonly retry: boolean } {
  switch (failure.kind) {
    case 'not-configured':
      return { message: 'Aucun agenda OpenAgenda n’est configuré sur cette instance de Trame.', retry: false };
    case 'not-public':
      return { message: 'L’événement n’est plus public : OpenAgenda n’annonce que des événements publiés.', retry: false };
    case 'network':
      return { message: 'OpenAgenda n’a pas répondu à temps.', retry: true };
    case 'unexpected-answer':
      return { message: 'OpenAgenda a répondu de façon inattendue.', retry: true };
    case 'http': {
      const during = STEP_LABELS[failure.step];
      if (failure.status === 401 || failure.status === 403) {
        return { message: `OpenAgenda a refusé la clé de l’instance pendant ${during} : l’équipe qui administre Trame doit la vérifier.`, retry: false };
      }
      if (failure.status === 429 || failure.status >= 500) {
        return { message: `OpenAgenda est momentanément indisponible (erreur ${failure.status} pendant ${during}).`, retry: true };
      }
      return { message: `OpenAgenda a refusé ${during} (erreur ${failure.status}) : vérifiez le titre, les dates et l’adresse de l’événement.`, retry: false };
    }
  }
}
