import 'server-only';

/** The event record's own fields, as the overview and the event form both read them. */
export const eventDetailsSelect = {
  title: true,
  startsAt: true,
  endsAt: true,
  ownerOrganisationId: true,
  territory: { select: { level: true, inseeCode: true, name: true } },
  days: { select: { date: true, startsAt: true, endsAt: true }, orderBy: { date: 'asc' } },
  mode: true,
  visioUrl: true,
  level: true,
  objective: true,
  venueName: true,
  venueAddress: true,
  venueNotes: true,
  venueNearStation: true,
  venueAccessible: true,
  venueHasPlenary: true,
  venueHasBreakouts: true,
  venueHasProjection: true,
  venueHasSound: true,
  participantMin: true,
  participantMax: true,
  themes: true,
  hashtag: true,
  description: true,
  publicContactEmail: true,
  publicContactPhone: true,
  // Every named co-organiser, invitation pending or declined too: the form keeps them, the overview says where each stands.
  coOrganisers: { select: { status: true, organisation: { select: { id: true, name: true } } } },
  // Co-organisers not on Trame (issue 15.13), in the order the coordinator gave.
  outsideCoOrganisers: { select: { id: true, name: true, siret: true, invitedOrganisationId: true }, orderBy: { position: 'asc' } },
  audiences: { select: { category: true, territoryTotal: true } },
} as const;
