import 'server-only';
import { callState } from '@/lib/domain/speakers/call';
import { cache } from 'react';
import { z } from 'zod';
import {
  organisationLogoPath,
  PUBLIC_EVENT_STATUSES,
  publicContact,
  publicEventPath,
  publicSpeakers,
  safeWebUrl,
  seatAvailability,
  seatsLeftOf,
  sessionFormatName,
  type PublicEvent,
} from '@/lib/domain/public';
import { revalidate } from '@/lib/server/revalidate';
import { db } from '@/lib/server/db';
import { notFound } from '@/lib/server/errors';
import { appUrl } from '@/lib/env';

// Public by design: anyone may read the programme of a published event, with no account. The
// status filter is the authorization — a draft is "not found" — and the select is the privacy
// rule: no visio link, no venue notes, no speaker e-mail, phone or gender ever leaves the database.

const slugSchema = z.string().max(120).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** The published (or past) event with this slug, or `null`. Cached per request: page and metadata share it. */
export const getPublicEvent = cache(async (slug: string): Promise<PublicEvent | null> => {
  if (!slugSchema.safeParse(slug).success) return null;
  const where = { slug, status: { in: [...PUBLIC_EVENT_STATUSES] } };
  const [row, waitingCount] = await Promise.all([
    db().event.findFirst({
      where,
      select: {
        id: true,
        slug: true,
        title: true,
        description: true,
        status: true,
        startsAt: true,
        endsAt: true,
        mode: true,
        venueName: true,
        venueAddress: true,
        venueAccessible: true,
        venueNearStation: true,
        venueHasPlenary: true,
        venueHasBreakouts: true,
        venueHasProjection: true,
        venueHasSound: true,
        themes: true,
        hashtag: true,
        programmeVersion: true,
        registrationOpen: true,
        callOpen: true,
        callClosesOn: true,
        capacity: true,
        _count: { select: { registrations: { where: { status: 'CONFIRMED' } } } },
        updatedAt: true,
        publicContactEmail: true,
        publicContactPhone: true,
        owner: { select: { id: true, name: true, logoType: true } },
        coOrganisers: { where: { status: 'ACCEPTED' }, select: { organisation: { select: { id: true, name: true, logoType: true } } } },
        outsideCoOrganisers: { select: { name: true }, orderBy: [{ position: 'asc' }, { createdAt: 'asc' }] },
        partners: { select: { id: true, name: true, url: true, logoType: true }, orderBy: [{ position: 'asc' }, { name: 'asc' }] },
        days: { select: { date: true, startsAt: true, endsAt: true }, orderBy: { date: 'asc' } },
        // A draft (an accepted proposal not placed yet) is for the organisers only.
        sessions: {
          where: { draft: false },
          orderBy: { startsAt: 'asc' },
          select: {
            id: true,
            title: true,
            description: true,
            startsAt: true,
            endsAt: true,
            formatId: true,
            customFormat: true,
            access: true,
            status: true,
            cancelReason: true,
            updatedAt: true,
            room: { select: { id: true, name: true, position: true } },
            speakers: { select: { role: true, speaker: { select: { id: true, name: true } } }, orderBy: { speaker: { name: 'asc' } } },
          },
        },
        speakers: {
          select: { id: true, name: true, role: true, organisation: true, sessions: { where: { session: { draft: false } }, select: { session: { select: { status: true } } } } },
        },
      },
    }),
    db().registration.count({ where: { status: 'WAITING', event: where } }),
  ]);
  if (!row || row.status === 'DRAFT') return null;
  const seats = seatAvailability({ capacity: row.capacity, confirmedCount: row._count.registrations, waitingCount });
  const { venueName, venueAddress, venueAccessible, venueNearStation, venueHasPlenary, venueHasBreakouts } = row;
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    description: row.description,
    status: row.status,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    mode: row.mode,
    venue: {
      name: venueName,
      address: venueAddress,
      accessible: venueAccessible,
      nearStation: venueNearStation,
      hasPlenary: venueHasPlenary,
      hasBreakouts: venueHasBreakouts,
      hasProjection: row.venueHasProjection,
      hasSound: row.venueHasSound,
    },
    themes: row.themes,
    hashtag: row.hashtag,
    organisers: [row.owner.name, ...row.coOrganisers.map((c) => c.organisation.name), ...row.outsideCoOrganisers.map((o) => o.name)],
    organiserCards: [
      { name: row.owner.name, role: 'host', logoUrl: logoUrlOf(row.owner) },
      ...row.coOrganisers.map(({ organisation }) => ({ name: organisation.name, role: 'co' as const, logoUrl: logoUrlOf(organisation) })),
      ...row.outsideCoOrganisers.map((o) => ({ name: o.name, role: 'co' as const, logoUrl: null })),
    ],
    contact: publicContact(row.publicContactEmail, row.publicContactPhone),
    partners: row.partners.map((p) => ({ id: p.id, name: p.name, url: safeWebUrl(p.url), hasLogo: p.logoType !== null })),
    programmeVersion: row.programmeVersion,
    registrationOpen: row.registrationOpen,
    /** The call for proposals takes proposals now (the page is rebuilt at least every minute). */
    callOpen: callState(row, new Date()) === 'open',
    capacity: row.capacity,
    seats,
    seatsLeft: seatsLeftOf(seats),
    updatedAt: row.updatedAt,
    days: row.days,
    sessions: row.sessions.map((s) => ({
      id: s.id,
      title: s.title,
      description: s.description,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      roomId: s.room?.id ?? null,
      roomName: s.room?.name ?? null,
      roomPosition: s.room?.position ?? null,
      formatId: s.formatId,
      formatName: sessionFormatName(s.formatId, s.customFormat),
      access: s.access,
      status: s.status,
      cancelReason: s.cancelReason,
      updatedAt: s.updatedAt,
      people: s.speakers.map((link) => ({ id: link.speaker.id, name: link.speaker.name, role: link.role })),
    })),
    speakers: publicSpeakers(row.speakers.map(({ sessions, ...speaker }) => ({ ...speaker, sessionStatuses: sessions.map((l) => l.session.status) }))),
  };
});

function logoUrlOf(organisation: { id: string; logoType: string | null }): string | null {
  return organisation.logoType === null ? null : organisationLogoPath(organisation.id);
}

/**
 * The absolute address of the public page, from the configured app address (APP_URL/AUTH_URL), not
 * the request's Host header: the page is cached and shared by every visitor, and a forged Host must
 * not end up in the JSON-LD served to others.
 */
export function publicEventUrl(slug: string): string {
  return `${appUrl()}${publicEventPath(slug)}`;
}

/**
 * Public event pages, their .ics and programme.json are cached (ISR) and rebuilt on the next visit
 * after this call. The route pattern marks every public event as stale, not only the one that
 * changed: mutations know the event id, not the slug, and a lazy re-render per event is cheap.
 */
/** The public event pages and feeds, for an action's `revalidate(...PUBLIC_EVENTS)`. */
export const PUBLIC_EVENTS = ['/(public)/e/[slug]', 'layout'] as const;

export function revalidatePublicEvents(): void {
  revalidate(...PUBLIC_EVENTS);
}

/** A published event and its page address, for the public feeds; anything else is "not found". */
export async function requirePublicEvent(slug: string): Promise<{ event: PublicEvent; pageUrl: string }> {
  const event = await getPublicEvent(slug);
  if (!event) throw notFound('Cet événement');
  return { event, pageUrl: publicEventUrl(event.slug) };
}
