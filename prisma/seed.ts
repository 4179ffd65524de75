// Demo data, created once on the first start of the embedded database (and by `npm run db:seed`).
// It uses the same factories as the tests; running it again changes nothing.
import { PrismaPg } from '@prisma/adapter-pg';
import departements from '@etalab/decoupage-administratif/data/departements.json' with { type: 'json' };
import { PrismaClient } from './generated/client';
import { createEvent, createOrganisation, createTerritory, createUser } from '../tests/factories';
import { seedNecMarseilleOutcome } from '../tests/factories/bilan-demo';
import { seedNecMarseilleProgramme } from '../tests/factories/public';
import { seedRegistrationDemo } from '../tests/factories/registrations';

export const DEMO = {
  coordinator: { email: 'coordination@demo.trame.fr', password: 'demo-trame-2026', name: 'Camille Martin' },
  funder: { email: 'financeur@demo.trame.fr', password: 'demo-trame-2026', name: 'Dominique Leroy' },
} as const;

/** The demo funder's SIRET (fictitious SIREN 123 456 789, valid Luhn key). */
export const DEMO_FUNDER_SIRET = '12345678900015';

/** The public page of the demo's past event lives at /e/<this slug>. */
export const NEC_MARSEILLE_SLUG = 'rencontre-nec-locale-marseille';

export async function seedDemo(db: PrismaClient): Promise<'created' | 'present'> {
  if (await db.user.findUnique({ where: { email: DEMO.coordinator.email }, select: { id: true } })) return 'present';
  await db.$transaction(async (tx) => {
    const hub = await createOrganisation(tx, { name: 'Hub numérique inclusif Sud (démo)', kind: 'HUB' });
    const partner = await createOrganisation(tx, { name: 'Le Mouvement associatif Provence-Alpes-Côte d’Azur (démo)', kind: 'MOUVEMENT_ASSOCIATIF' });
    // A fictitious but well-formed SIRET (Luhn key), verified as an instance administrator would.
    const funder = await createOrganisation(tx, {
      name: 'Fondation pour l’inclusion numérique (démo)',
      kind: 'FINANCEUR',
      siret: DEMO_FUNDER_SIRET,
      verifiedAt: new Date('2026-11-01T09:00:00Z'),
    });
    await createUser(tx, { ...DEMO.coordinator, organisationId: hub.id, role: 'ADMIN' });
    await createUser(tx, { ...DEMO.funder, organisationId: funder.id, role: 'ADMIN' });
    const bdr = departements.find((d) => d.code === '13');
    const territory = await createTerritory(tx, { level: 'DEPARTEMENT', inseeCode: '13', name: bdr?.nom ?? 'Bouches-du-Rhône' });
    const necMarseille = await createEvent(tx, {
      ownerOrganisationId: hub.id,
      territoryId: territory.id,
      title: 'Rencontre NEC locale — Marseille',
      slug: NEC_MARSEILLE_SLUG,
      startsAt: new Date('2026-10-08T07:30:00Z'),
      endsAt: new Date('2026-10-08T15:30:00Z'),
      status: 'DONE',
    });
    // A past event is public: its programme gives the public page something to show.
    await seedNecMarseilleProgramme(tx, necMarseille.id);
    await seedNecMarseilleOutcome(tx, { eventId: necMarseille.id });
    await createEvent(tx, {
      ownerOrganisationId: hub.id,
      territoryId: territory.id,
      coOrganiserIds: [partner.id],
      title: 'RéZolutions numériques — rencontre régionale',
      startsAt: new Date('2027-02-11T08:30:00Z'),
      endsAt: new Date('2027-02-12T16:00:00Z'),
    });
    // A published event open to registration, with a full workshop (waiting list).
    await seedRegistrationDemo(tx, { ownerOrganisationId: hub.id, territoryId: territory.id });
    // All or nothing, but a few hundred writes: Prisma's default 5 s ran out on a loaded 2-core machine.
  }, { timeout: 120_000, maxWait: 30_000 });
  return 'created';
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL manquant.');
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    const outcome = await seedDemo(db);
    console.log(
      outcome === 'created' ? '[trame] Données de démonstration créées.' : '[trame] Données de démonstration déjà présentes.',
    );
    console.log(`[trame] Compte de démonstration — coordination : ${DEMO.coordinator.email} / ${DEMO.coordinator.password}`);
    console.log(`[trame] Compte de démonstration — financeur : ${DEMO.funder.email} / ${DEMO.funder.password}`);
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
