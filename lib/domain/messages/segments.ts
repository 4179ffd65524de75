import { isPlaceholderEmail } from '@/lib/domain/registrations/personal-data';

/*
 * À qui écrire : les groupes (« segments ») d'un message de l'organisation. Règle pure : elle reçoit les
 * personnes de l'événement et rend les destinataires, une fois chacun·e (par adresse), jamais une
 * inscription annulée ou anonymisée, jamais une personne désabonnée, jamais une adresse de remplacement.
 */

export const SEGMENT_KINDS = ['confirmed', 'waiting', 'session', 'day', 'present', 'absent', 'speakers', 'coorganisers'] as const;
export type SegmentKind = (typeof SEGMENT_KINDS)[number];

export type Segment =
  | { kind: 'confirmed' | 'waiting' | 'speakers' | 'coorganisers' }
  | { kind: 'session'; sessionId: string }
  | { kind: 'day' | 'present' | 'absent'; day: string };

export const SEGMENT_LABELS: Record<SegmentKind, string> = {
  confirmed: 'Toutes les personnes inscrites (confirmées)',
  waiting: 'La liste d’attente',
  session: 'Les inscrit·es d’une séance',
  day: 'Les inscrit·es d’une journée',
  present: 'Les présent·es d’une journée',
  absent: 'Les absent·es d’une journée',
  speakers: 'Les intervenant·es',
  coorganisers: 'Les membres des structures co-organisatrices',
};

/** What a segment needs besides its kind. */
export const SEGMENT_PARAMETER: Record<SegmentKind, 'session' | 'day' | null> = {
  confirmed: null,
  waiting: null,
  session: 'session',
  day: 'day',
  present: 'day',
  absent: 'day',
  speakers: null,
  coorganisers: null,
};

/** Participants may stop these messages (unsubscribe); speakers and co-organisers work with the organisers. */
export function isParticipantSegment(kind: SegmentKind): boolean {
  return kind !== 'speakers' && kind !== 'coorganisers';
}

type SeatStatus = 'CONFIRMED' | 'WAITING' | 'CANCELLED';

export type AudienceRegistration = {
  id: string;
  name: string;
  email: string;
  status: SeatStatus;
  anonymised: boolean;
  unsubscribed: boolean;
  /** Paris days the person plans to attend; empty = every day. */
  days: readonly string[];
  sessions: ReadonlyArray<{ sessionId: string; status: SeatStatus }>;
  /** Days on which the person was checked in (status PRESENT). */
  presentDays: readonly string[];
};

export type Audience = {
  registrations: readonly AudienceRegistration[];
  speakers: ReadonlyArray<{ id: string; name: string; email: string | null }>;
  coOrganiserMembers: ReadonlyArray<{ userId: string; name: string; email: string }>;
};

export type Recipient = {
  name: string;
  email: string;
  /** Set for participants: their message carries an unsubscribe link. */
  registrationId: string | null;
};

const expectedOn = (registration: AudienceRegistration, day: string) => registration.days.length === 0 || registration.days.includes(day);

function participantRule(segment: Segment): ((registration: AudienceRegistration) => boolean) | null {
  switch (segment.kind) {
    case 'confirmed':
      return (r) => r.status === 'CONFIRMED';
    case 'waiting':
      return (r) => r.status === 'WAITING';
    case 'session':
      return (r) => r.status === 'CONFIRMED' && r.sessions.some((s) => s.sessionId === segment.sessionId && s.status === 'CONFIRMED');
    case 'day':
      return (r) => r.status === 'CONFIRMED' && expectedOn(r, segment.day);
    case 'present':
      return (r) => r.status !== 'CANCELLED' && r.presentDays.includes(segment.day);
    case 'absent':
      return (r) => r.status === 'CONFIRMED' && expectedOn(r, segment.day) && !r.presentDays.includes(segment.day);
    default:
      return null;
  }
}

const reachable = (email: string | null): email is string => Boolean(email && email.includes('@') && !isPlaceholderEmail(email));

/** The recipients of `segment`, each address once, in a stable order (name, then address). */
export function selectRecipients(segment: Segment, audience: Audience): Recipient[] {
  const rule = participantRule(segment);
  const unsubscribed = new Set(audience.registrations.filter((r) => r.unsubscribed).map((r) => r.email.toLowerCase()));
  let candidates: Recipient[];
  if (rule) {
    candidates = audience.registrations
      .filter((r) => !r.anonymised && r.status !== 'CANCELLED' && !r.unsubscribed && rule(r))
      .map((r) => ({ name: r.name, email: r.email, registrationId: r.id }));
  } else if (segment.kind === 'speakers') {
    candidates = audience.speakers.flatMap((s) => (reachable(s.email) ? [{ name: s.name, email: s.email, registrationId: null }] : []));
  } else {
    candidates = audience.coOrganiserMembers.map((m) => ({ name: m.name, email: m.email, registrationId: null }));
  }
  const seen = new Set<string>();
  const recipients: Recipient[] = [];
  for (const candidate of candidates) {
    const key = candidate.email.trim().toLowerCase();
    // Someone who unsubscribed as a participant is not written to under another hat either.
    if (!reachable(candidate.email) || seen.has(key) || unsubscribed.has(key)) continue;
    seen.add(key);
    recipients.push(candidate);
  }
  return recipients.sort((a, b) => a.name.localeCompare(b.name, 'fr') || a.email.localeCompare(b.email));
}

/** The key of a segment in a table of counts: `confirmed`, `session:<id>`, `present:<day>`… */
export function segmentKey(segment: Segment): string {
  if (segment.kind === 'session') return `session:${segment.sessionId}`;
  if ('day' in segment) return `${segment.kind}:${segment.day}`;
  return segment.kind;
}

/** Every segment the compose form may offer for these sessions and days, with its count. */
export function segmentCounts(audience: Audience, sessionIds: readonly string[], days: readonly string[]): Record<string, number> {
  const segments: Segment[] = [
    ...SEGMENT_KINDS.flatMap((kind): Segment[] => (SEGMENT_PARAMETER[kind] === null ? [{ kind } as Segment] : [])),
    ...sessionIds.map((sessionId): Segment => ({ kind: 'session', sessionId })),
    ...days.flatMap((day): Segment[] => (['day', 'present', 'absent'] as const).map((kind) => ({ kind, day }))),
  ];
  return Object.fromEntries(segments.map((segment) => [segmentKey(segment), selectRecipients(segment, audience).length]));
}
