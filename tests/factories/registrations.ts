// Factories for registrations: published events open to registration, sessions that need
// pre-registration, and registrations. Shared by the integration tests, the e2e tests and the demo seed.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { PrismaClient } from '@/prisma/generated/client';
import type { AudienceCategory } from '@/lib/domain/registrations/audience-categories';
import { createEvent } from './index';

type Db = Parameters<typeof createEvent>[0] & Pick<PrismaClient, 'session' | 'registration' | 'sessionRegistration'>;
type Status = 'CONFIRMED' | 'WAITING' | 'CANCELLED';

const unique = () => randomUUID().slice(0, 8);

/** A published event open to registration (capacity null = unlimited). */
export async function createOpenEvent(
  db: Db,
  overrides: Parameters<typeof createEvent>[1] & { capacity?: number | null; registrationOpen?: boolean; retentionMonths?: number },
) {
  const { capacity = null, registrationOpen = true, retentionMonths = 12, ...eventOverrides } = overrides;
  const event = await createEvent(db, { status: 'PUBLISHED', ...eventOverrides });
  return db.event.update({ where: { id: event.id }, data: { capacity, registrationOpen, retentionMonths, publishedAt: new Date() } });
}

export function createRegistrationSession(
  db: Db,
  overrides: {
    eventId: string;
    title?: string;
    capacity?: number | null;
    access?: 'PRE_INSCRIPTION' | 'ACCES_LIBRE' | 'SUR_INVITATION';
    startsAt?: Date;
    endsAt?: Date;
  },
) {
  const startsAt = overrides.startsAt ?? new Date('2027-02-11T09:00:00Z');
  return db.session.create({
    data: {
      eventId: overrides.eventId,
      title: overrides.title ?? `Atelier ${unique()}`,
      formatId: 'atelier',
      startsAt,
      endsAt: overrides.endsAt ?? new Date(startsAt.getTime() + 90 * 60 * 1000),
      capacity: overrides.capacity === undefined ? 20 : overrides.capacity,
      access: overrides.access ?? 'PRE_INSCRIPTION',
    },
  });
}

/** The public form's input (what registerAction receives). */
export function buildRegistrationInput(overrides: Partial<{
  eventId: string;
  name: string;
  email: string;
  organisation: string;
  category: AudienceCategory;
  accessibilityNeeds: string;
  sessionIds: string[];
  consent: boolean;
  website: string;
}> = {}) {
  const id = unique();
  return {
    eventId: randomUUID(),
    name: `Participant·e ${id}`,
    email: `participant-${id}@exemple.fr`,
    organisation: 'Association du quartier',
    category: 'MEDIATEUR' as AudienceCategory,
    accessibilityNeeds: '',
    sessionIds: [] as string[],
    consent: true,
    website: '',
    ...overrides,
  };
}

/**
 * A registration written directly (no e-mail, no seat decision: the caller states the seat).
 * Returns its personal token too. (The token is hashed like lib/server/tokens, which cannot be
 * imported outside the server.)
 */
export async function createRegistration(
  db: Db,
  overrides: {
    eventId: string;
    email?: string;
    name?: string;
    category?: AudienceCategory;
    status?: Status;
    rank?: number | null;
    registeredAt?: Date;
    sessions?: Array<{ sessionId: string; status?: Status; rank?: number | null }>;
  },
) {
  const id = unique();
  const token = randomBytes(32).toString('base64url');
  const registration = await db.registration.create({
    data: {
      eventId: overrides.eventId,
      email: overrides.email ?? `inscrit-${id}@exemple.fr`,
      name: overrides.name ?? `Inscrit·e ${id}`,
      category: overrides.category ?? 'CONSEILLER_NUMERIQUE',
      status: overrides.status ?? 'CONFIRMED',
      rank: overrides.rank ?? null,
      tokenHash: createHash('sha256').update(token).digest('hex'),
      consentAt: new Date(),
      registeredAt: overrides.registeredAt ?? new Date(),
    },
  });
  for (const session of overrides.sessions ?? []) {
    await db.sessionRegistration.create({
      data: { registrationId: registration.id, sessionId: session.sessionId, status: session.status ?? 'CONFIRMED', rank: session.rank ?? null },
    });
  }
  return { ...registration, token };
}

/** The demo's event open to registration, with a full workshop: the registration journey starts at /e/<slug>/inscription. */
export const DEMO_REGISTRATION_SLUG = 'atelier-demo-inscriptions';

export async function seedRegistrationDemo(
  db: Db,
  input: { ownerOrganisationId: string; territoryId: string; title?: string; slug?: string },
) {
  const { title = 'Matinée des ateliers numériques — Aix-en-Provence', slug = DEMO_REGISTRATION_SLUG, ...owner } = input;
  const event = await createOpenEvent(db, {
    ...owner,
    slug,
    title,
    startsAt: new Date('2027-01-21T08:30:00Z'),
    endsAt: new Date('2027-01-21T11:30:00Z'),
    capacity: 60,
  });
  await db.event.update({ where: { id: event.id }, data: { venueName: 'Médiathèque (démo)', venueAddress: 'Aix-en-Provence' } });
  const full = await createRegistrationSession(db, {
    eventId: event.id,
    title: 'Atelier : accompagner les démarches en ligne',
    capacity: 2,
    startsAt: new Date('2027-01-21T08:45:00Z'),
    endsAt: new Date('2027-01-21T10:00:00Z'),
  });
  const open = await createRegistrationSession(db, {
    eventId: event.id,
    title: 'Démo : des outils libres pour la médiation',
    capacity: 20,
    startsAt: new Date('2027-01-21T10:15:00Z'),
    endsAt: new Date('2027-01-21T11:15:00Z'),
  });
  await createRegistrationSession(db, { eventId: event.id, title: 'Plénière d’ouverture', capacity: null, access: 'ACCES_LIBRE', startsAt: event.startsAt, endsAt: new Date('2027-01-21T08:45:00Z') });
  const people = [
    { name: 'Inès Benali', category: 'CONSEILLER_NUMERIQUE', sessions: [full.id, open.id] },
    { name: 'Paul Girard', category: 'AGENT_COLLECTIVITE', sessions: [full.id] },
    { name: 'Awa Diallo', category: 'ASSOCIATION', sessions: [open.id] },
  ] as const;
  for (const [index, person] of people.entries()) {
    await createRegistration(db, {
      eventId: event.id,
      name: person.name,
      email: `participant${index + 1}@demo.trame.fr`,
      category: person.category,
      sessions: person.sessions.map((sessionId) => ({ sessionId })),
    });
  }
  return event;
}
