// Factories shared by the integration tests, the e2e tests and the demo seed.
// buildX(overrides) returns plain data; createX(db, overrides) persists it.
import { randomInt, randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import type { PrismaClient } from '@/prisma/generated/client';
import { computeMaturityLevel } from '@/lib/domain/diagnostic/level';
import { luhnCheckDigit } from '@/lib/domain/organisations/siret';
import { slugify } from '@/lib/domain/text/slug';

type Db = Pick<PrismaClient, 'organisation' | 'user' | 'membership' | 'territory' | 'event' | 'eventCoOrganiser' | 'diagnostic'>;
type Kind = 'HUB' | 'MOUVEMENT_ASSOCIATIF' | 'COLLECTIVITE' | 'ASSOCIATION' | 'FINANCEUR' | 'RESEAU' | 'AUTRE';
type Role = 'ADMIN' | 'COORDINATOR' | 'MEMBER';

const unique = () => randomUUID().slice(0, 8);

/** A well-formed SIRET (Luhn key) that no other test organisation has. */
export function buildSiret(): string {
  const first13 = `9${String(randomInt(0, 10 ** 12)).padStart(12, '0')}`;
  return `${first13}${luhnCheckDigit(first13)}`;
}

/** A funder gets a SIRET, as the sign-up form requires. */
export function buildOrganisation(overrides: Partial<{ name: string; kind: Kind; siret: string | null; verifiedAt: Date | null }> = {}) {
  const kind = overrides.kind ?? 'HUB';
  return { name: `Structure ${unique()}`, kind, siret: kind === 'FINANCEUR' ? buildSiret() : null, ...overrides };
}

export function createOrganisation(db: Db, overrides: Parameters<typeof buildOrganisation>[0] = {}) {
  return db.organisation.create({ data: buildOrganisation(overrides) });
}

export const DEFAULT_PASSWORD = 'mot-de-passe-de-test';

export function buildUser(overrides: Partial<{ email: string; name: string; password: string }> = {}) {
  const id = unique();
  return { email: `personne-${id}@exemple.fr`, name: `Personne ${id}`, password: DEFAULT_PASSWORD, ...overrides };
}

/** A user with one membership (created organisation unless one is given). */
export async function createUser(
  db: Db,
  overrides: Parameters<typeof buildUser>[0] & { organisationId?: string; role?: Role; organisation?: Parameters<typeof buildOrganisation>[0] } = {},
) {
  const { organisationId, role = 'ADMIN', organisation, ...userOverrides } = overrides;
  const data = buildUser(userOverrides);
  const orgId = organisationId ?? (await createOrganisation(db, organisation)).id;
  const user = await db.user.create({
    data: { email: data.email, name: data.name, passwordHash: await hash(data.password) },
  });
  await db.membership.create({ data: { userId: user.id, organisationId: orgId, role } });
  return { ...user, password: data.password, organisationId: orgId };
}

export function createTerritory(
  db: Db,
  overrides: Partial<{ level: 'COMMUNE' | 'EPCI' | 'DEPARTEMENT' | 'REGION'; inseeCode: string; name: string }> = {},
) {
  const data = { level: 'DEPARTEMENT' as const, inseeCode: '13', name: 'Bouches-du-Rhône', ...overrides };
  return db.territory.upsert({
    where: { level_inseeCode: { level: data.level, inseeCode: data.inseeCode } },
    create: data,
    update: {},
  });
}

export function buildEvent(overrides: Partial<{ title: string; slug: string; startsAt: Date; endsAt: Date }> = {}) {
  const startsAt = overrides.startsAt ?? new Date('2027-02-11T08:00:00Z');
  const title = overrides.title ?? `Rencontre ${unique()}`;
  return {
    title,
    slug: overrides.slug ?? `${slugify(title)}-${unique()}`,
    startsAt,
    endsAt: overrides.endsAt ?? new Date(startsAt.getTime() + 8 * 3600 * 1000),
  };
}

export async function createEvent(
  db: Db,
  overrides: Parameters<typeof buildEvent>[0] & {
    ownerOrganisationId: string;
    territoryId?: string | null;
    status?: 'DRAFT' | 'PUBLISHED' | 'DONE' | 'BILAN_VALIDATED';
    coOrganiserIds?: string[];
  },
) {
  const { ownerOrganisationId, territoryId = null, status = 'DRAFT', coOrganiserIds = [], ...rest } = overrides;
  const event = await db.event.create({ data: { ...buildEvent(rest), ownerOrganisationId, territoryId, status } });
  // Co-organisers given here have already accepted the invitation.
  for (const organisationId of coOrganiserIds) {
    await db.eventCoOrganiser.create({ data: { eventId: event.id, organisationId, status: 'ACCEPTED' } });
  }
  return event;
}

type Answer = 1 | 2 | 3;

/** A saved diagnostic; the computed level follows the domain rule unless a test forges one. */
export function createDiagnostic(
  db: Db,
  overrides: {
    organisationId: string;
    territoryId: string;
    createdById: string;
    answers?: { ecosystem: Answer; events: Answer; engagement: Answer };
    chosenLevel?: Answer | null;
    overrideReason?: string | null;
    createdAt?: Date;
  },
) {
  const { answers = { ecosystem: 1, events: 2, engagement: 3 }, chosenLevel = null, overrideReason = null, ...rest } = overrides;
  return db.diagnostic.create({
    data: { ...rest, ...answers, computedLevel: computeMaturityLevel(answers).level, chosenLevel, overrideReason },
  });
}
