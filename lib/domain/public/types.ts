// What the public page of an event may show: nothing private (no visio link, no e-mail, phone or
// gender of a speaker, no venue notes). The query selects exactly these fields.
import type { EventMode } from '@/lib/domain/events/mode';
import type { SessionAccessMode } from '@/lib/domain/programme/labels';
import type { SeatAvailability } from './seats';

export const PUBLIC_EVENT_STATUSES = ['PUBLISHED', 'DONE', 'BILAN_VALIDATED'] as const;
export type PublicEventStatus = (typeof PUBLIC_EVENT_STATUSES)[number];
export type { EventMode };
export type SessionAccess = SessionAccessMode;

export type PublicVenue = {
  readonly name: string | null;
  readonly address: string | null;
  readonly accessible: boolean;
  readonly nearStation: boolean;
  readonly hasPlenary: boolean;
  readonly hasBreakouts: boolean;
  readonly hasProjection: boolean;
  readonly hasSound: boolean;
};

export type PublicSessionPerson = { readonly id: string; readonly name: string; readonly role: 'SPEAKER' | 'HOST' };

export type PublicSession = {
  readonly id: string;
  readonly title: string;
  readonly description: string | null;
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly roomId: string | null;
  readonly roomName: string | null;
  /** Rooms' display order, so that parallel sessions read in the same order every time. */
  readonly roomPosition: number | null;
  readonly formatId: string | null;
  readonly formatName: string | null;
  readonly access: SessionAccess;
  readonly status: 'PLANNED' | 'CANCELLED';
  readonly cancelReason: string | null;
  readonly updatedAt: Date;
  readonly people: readonly PublicSessionPerson[];
};

export type PublicSpeaker = {
  readonly id: string;
  readonly name: string;
  readonly role: string | null;
  readonly organisation: string | null;
};

export type PublicOrganiser = { readonly name: string; readonly role: 'host' | 'co'; readonly logoUrl: string | null };

export type PublicContact = { readonly email: string | null; readonly phone: string | null };

/** The public contact, only when at least one of its two ways is filled in. */
export function publicContact(email: string | null, phone: string | null): PublicContact | null {
  const contact = { email: email?.trim() || null, phone: phone?.trim() || null };
  return contact.email || contact.phone ? contact : null;
}

export type PublicEventDay = { readonly date: string; readonly startsAt: Date; readonly endsAt: Date };

export type PublicEvent = {
  readonly id: string;
  readonly slug: string;
  readonly title: string;
  readonly description: string | null;
  readonly status: PublicEventStatus;
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly mode: EventMode;
  readonly venue: PublicVenue;
  readonly themes: readonly string[];
  readonly hashtag: string | null;
  readonly organisers: readonly string[];
  /** The same organisers, the host first, with the address of their logo when they have one. */
  readonly organiserCards: readonly PublicOrganiser[];
  /** The contact the organisers chose to show; `null` when they gave none. */
  readonly contact: PublicContact | null;
  readonly partners: readonly { readonly id: string; readonly name: string; readonly url: string | null; readonly hasLogo: boolean }[];
  readonly programmeVersion: number;
  /** Organisers may close registrations before the event. */
  readonly registrationOpen: boolean;
  /** The call for proposals (« appel à intervention ») takes proposals now. */
  readonly callOpen: boolean;
  /** Seats in all (null: no limit) and those still free when the page was rendered (cached ≤ 60 s). */
  readonly capacity: number | null;
  readonly seatsLeft: number | null;
  /** What the page says about seats (« 12 places restantes », « Complet — … »). */
  readonly seats: SeatAvailability;
  readonly updatedAt: Date;
  readonly days: readonly PublicEventDay[];
  readonly sessions: readonly PublicSession[];
  readonly speakers: readonly PublicSpeaker[];
};

export function isPublicStatus(status: string): status is PublicEventStatus {
  return PUBLIC_EVENT_STATUSES.some((s) => s === status);
}
