// A funder with validated bilans shared by two hubs (Bouches-du-Rhône and Gironde), one of them carrying
// the funder's grant reference, and one share revoked: the funder dashboard's world (issue 19).
import type { PrismaClient } from '@/prisma/generated/client';
import type { BilanSnapshot } from '@/lib/domain/bilan/types';
import { createEvent, createOrganisation, createTerritory, createUser } from '@/tests/factories';
import { createBilanVersion, sampleBilanSnapshot } from '@/tests/factories/bilan-snapshot';
import { bouchesDuRhone, createFunder, type HubRef } from '@/tests/factories/world';

type Db = PrismaClient;

/** A bilan whose produits (5 000 €) carry `funderCents` (2 000 € unless told) from `funderName`. */
export function sharedSnapshot(title: string, funderName: string, participants: number, reference: string | null, funderCents = 200_000): BilanSnapshot {
  const base = sampleBilanSnapshot();
  return sampleBilanSnapshot({
    introduction: { ...base.introduction, title },
    quantitative: { ...base.quantitative, participants: { ...base.quantitative.participants, total: participants } },
    financial: {
      produitsBySource: [
        {
          category: 'subvention',
          label: 'Subventions',
          forecastCents: 500_000,
          actualCents: 500_000,
          lines: [
            {
              label: 'Subvention de fonctionnement',
              source: funderName,
              forecastCents: funderCents,
              actualCents: funderCents,
              grant: reference ? { reference, agreementDate: '2026-09-01', amountCents: 1_000_000, euCofinanced: true } : null,
            },
            { label: 'Autre subvention', source: 'Conseil départemental', forecastCents: 500_000 - funderCents, actualCents: 500_000 - funderCents, grant: null },
          ],
        },
      ],
    },
  });
}

export async function createFunderDashboardWorld(db: Db, hub: HubRef & { coordinator: { id: string } }) {
  const funder = await createFunder(db, hub);
  const name = funder.organisation.name;
  const reference = `CONV-${hub.tag}`;
  const marseille = await createEvent(db, {
    ownerOrganisationId: hub.organisation.id,
    territoryId: (await bouchesDuRhone(db)).id,
    title: `Forum de Marseille ${hub.tag}`,
    status: 'BILAN_VALIDATED',
    startsAt: new Date('2026-10-08T07:00:00Z'),
    endsAt: new Date('2026-10-08T16:00:00Z'),
  });
  const other = await createOrganisation(db, { name: `Hub girondin ${hub.tag}`, kind: 'HUB' });
  const otherCoordinator = await createUser(db, { organisationId: other.id, role: 'ADMIN' });
  // Journeys run side by side: two upserts of the same territory may race, the loser reads it back.
  const gironde = await createTerritory(db, { level: 'DEPARTEMENT', inseeCode: '33', name: 'Gironde' }).catch(() =>
    db.territory.findUniqueOrThrow({ where: { level_inseeCode: { level: 'DEPARTEMENT', inseeCode: '33' } } }),
  );
  const bordeaux = await createEvent(db, {
    ownerOrganisationId: other.id,
    territoryId: gironde.id,
    title: `Rencontre de Bordeaux ${hub.tag}`,
    status: 'BILAN_VALIDATED',
    startsAt: new Date('2026-11-19T08:00:00Z'),
    endsAt: new Date('2026-11-19T16:00:00Z'),
  });
  const withdrawn = await createEvent(db, { ownerOrganisationId: other.id, title: `Atelier retiré ${hub.tag}`, status: 'BILAN_VALIDATED' });
  const rows = [
    { event: marseille, by: hub.coordinator.id, snapshot: sharedSnapshot(marseille.title, name, 120, reference), revokedAt: null },
    { event: bordeaux, by: otherCoordinator.id, snapshot: sharedSnapshot(bordeaux.title, name, 80, reference), revokedAt: null },
    { event: withdrawn, by: otherCoordinator.id, snapshot: sharedSnapshot(withdrawn.title, name, 999, null), revokedAt: new Date() },
  ];
  for (const row of rows) {
    const version = await createBilanVersion(db, { eventId: row.event.id, validatedById: row.by, snapshot: row.snapshot });
    await db.bilanShare.create({ data: { bilanVersionId: version.id, organisationId: funder.organisation.id, sharedById: row.by, revokedAt: row.revokedAt } });
  }
  return { funder, reference, titles: { marseille: marseille.title, bordeaux: bordeaux.title, withdrawn: withdrawn.title } };
}
