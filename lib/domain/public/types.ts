// What the public page of an event may show: nothing private (no visio link, no e-mail, phone or
// gender of a speaker, no venue notes). The query selects exactly these fields.
import type { EventMode } from '@/lib/domain/events/mode';
import type { SessionAccessMode } from '@/lib/domain/programme/labels';

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
  readonly partners: readonly { readonly id: string; readonly name: string; readonly url: string | null; readonly hasLogo: boolean }[];
  readonly programmeVersion: number;
  /** Organisers may close registrations before the event. */
  readonly registrationOpen: boolean;
  /** The call for proposals (« appel à intervention ») takes proposals now. */
  readonly callOpen: boolean;
  /** Seats in all (null: no limit) and those still free when the page was rendered (cached ≤ 60 s). */
  readonly capacity: number | null;
  readonly seatsLeft: number | null;
  readonly updatedAt: Date;
  readonly days: readonly PublicEventDay[];
  readonly sessions: readonly PublicSession[];
  readonly speakers: readonly PublicSpeaker[];
};

export function isPublicStatus(status: string): status is PublicEventStatus {
  return PUBLIC_EVENT_STATUSES.some((s) => s === status);
}
