import 'server-only';
import { cityOf, SIGNATORY_ROLE_LABELS } from '@/lib/domain/attestations/attestation-text';
import { certificateFor, isAttestationEligible, type Certificate, type CertificateEvent } from '@/lib/domain/attestations/certificate-hours';
import { formatDate, formatDateRange } from '@/lib/domain/dates';
import { eventCalendarDays } from '@/lib/domain/registrations/event-days';
import type { MembershipView, Viewer } from '@/lib/server/authz';
import type { Db, Tx } from '@/lib/server/db';
import { notFound, SafeError } from '@/lib/server/errors';
import { toAttendanceStatus } from '@/lib/server/participants/facts';

/*
 * What the attestations de présence of an event print: the event (title, dates, place, organisers,
 * partners' logos), the signatory (the person who issues them) and, for each person present at least
 * once and not anonymised, their days and hours (lib/domain/attestations/certificate-hours.ts).
 */

export type AttestationLogo = { data: Buffer; format: 'png' | 'jpg' };

export type AttestationEvent = {
  id: string;
  title: string;
  slug: string;
  dates: string;
  place: string | null;
  online: boolean;
  organisers: string[];
  logos: AttestationLogo[];
  city: string | null;
};

export type Signatory = { name: string; role: string; organisation: string };

export type AttestationPerson = {
  registrationId: string;
  name: string;
  email: string;
  organisation: string | null;
  certificate: Certificate;
};

export type AttestationBatch = {
  event: AttestationEvent;
  signatory: Signatory;
  issuedOn: string;
  people: AttestationPerson[];
};

type Reader = Pick<Db | Tx, 'event' | 'registration'>;

const LOGO_FORMATS: Record<string, AttestationLogo['format']> = { 'image/png': 'png', 'image/jpeg': 'jpg' };
const MAX_LOGOS = 6;

export function signatoryOf(viewer: Viewer, membership: MembershipView): Signatory {
  return { name: viewer.user.name, role: SIGNATORY_ROLE_LABELS[membership.role], organisation: membership.organisationName };
}

async function loadEvent(reader: Reader, eventId: string): Promise<{ event: AttestationEvent; rule: CertificateEvent }> {
  const row = await reader.event.findUnique({
    where: { id: eventId },
    select: {
      id: true,
      title: true,
      slug: true,
      startsAt: true,
      endsAt: true,
      mode: true,
      venueName: true,
      venueAddress: true,
      territory: { select: { name: true, level: true } },
      owner: { select: { name: true } },
      coOrganisers: { where: { status: 'ACCEPTED' }, select: { organisation: { select: { name: true } } }, orderBy: { invitedAt: 'asc' } },
      outsideCoOrganisers: { select: { name: true }, orderBy: { position: 'asc' } },
      partners: { where: { logoType: { in: Object.keys(LOGO_FORMATS) } }, select: { logo: true, logoType: true }, orderBy: { position: 'asc' }, take: MAX_LOGOS },
      days: { select: { date: true, startsAt: true, endsAt: true } },
      sessions: { select: { startsAt: true, endsAt: true, status: true, formatId: true, countsAsContent: true, day: { select: { date: true } } } },
    },
  });
  if (!row) throw notFound('Cet événement');
  const online = row.mode === 'DISTANCIEL';
  const place = online ? null : [row.venueName, row.venueAddress].filter(Boolean).join(', ') || null;
  const organisers = [...new Set([row.owner.name, ...row.coOrganisers.map((c) => c.organisation.name), ...row.outsideCoOrganisers.map((o) => o.name)])];
  return {
    event: {
      id: row.id,
      title: row.title,
      slug: row.slug,
      dates: formatDateRange(row.startsAt, row.endsAt),
      place,
      online,
      organisers,
      logos: row.partners.flatMap((p) => (p.logo && p.logoType ? [{ data: Buffer.from(p.logo), format: LOGO_FORMATS[p.logoType]! }] : [])),
      city: online ? null : cityOf(row.venueAddress, row.territory?.level === 'COMMUNE' ? row.territory.name : null),
    },
    rule: {
      days: eventCalendarDays({ dayDates: row.days.map((d) => d.date), startsAt: row.startsAt, endsAt: row.endsAt }),
      openings: row.days,
      sessions: row.sessions.map((s) => ({
        startsAt: s.startsAt,
        endsAt: s.endsAt,
        dayDate: s.day?.date ?? null,
        cancelled: s.status === 'CANCELLED',
        formatId: s.formatId,
        countsAsContent: s.countsAsContent,
      })),
    },
  };
}

/**
 * The attestations of an event: everyone eligible, sorted by name, or only `registrationId` (then
 * "not found" when that person gets none: absent, anonymised or of another event).
 */
export async function loadAttestations(
  reader: Reader,
  eventId: string,
  options: { signatory: Signatory; now: Date; registrationId?: string },
): Promise<AttestationBatch> {
  const { event, rule } = await loadEvent(reader, eventId);
  const rows = await reader.registration.findMany({
    where: {
      eventId,
      anonymisedAt: null,
      attendances: { some: { status: 'PRESENT' } },
      ...(options.registrationId ? { id: options.registrationId } : {}),
    },
    select: { id: true, name: true, email: true, organisation: true, anonymisedAt: true, attendances: { select: { date: true, status: true } } },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  });
  const people = rows
    .map((row) => ({ row, attendance: row.attendances.map((a) => ({ date: a.date, status: toAttendanceStatus(a.status) })) }))
    .filter(({ row, attendance }) => isAttestationEligible({ anonymised: row.anonymisedAt !== null, attendance }, rule.days))
    .map(({ row, attendance }) => ({
      registrationId: row.id,
      name: row.name,
      email: row.email,
      organisation: row.organisation,
      certificate: certificateFor(rule, attendance),
    }));
  if (options.registrationId && people.length === 0) {
    throw new SafeError('Pas d’attestation pour cette personne : elle n’a été pointée présente aucun jour de l’événement, ou ses données ont été anonymisées.', 'not-found');
  }
  return { event, signatory: options.signatory, issuedOn: formatDate(options.now), people };
}
