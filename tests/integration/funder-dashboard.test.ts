import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as exportDashboard } from '@/app/(app)/financeur/export/route';
import type { BilanSnapshot } from '@/lib/domain/bilan/types';
import { requireViewer } from '@/lib/server/authz';
import { runAsCaller } from '@/lib/server/current-user';
import { getFunderDashboard } from '@/lib/server/queries/funder-dashboard';
import { createEvent, createTerritory, createUser } from '@/tests/factories';
import { createBilanVersion, sampleBilanSnapshot } from '@/tests/factories/bilan-snapshot';
import { createRegistration } from '@/tests/factories/registrations';
import { testDb } from '@/tests/support/db';

type Person = { id: string; organisationId: string };
let coordinatorA: Person;
let coordinatorB: Person;
let funder: Person;
let otherFunder: Person;
let revokedEventTitle: string;
const PERSON_EMAIL = 'camille.personne@exemple.fr';
const PERSON_NAME = 'Camille Personne-Unique';

/** A snapshot whose produits carry the funder's grant on one line, and its figures for the roll-up. */
function snapshot(title: string, funderName: string, participants: number, grantReference: string | null): BilanSnapshot {
  const base = sampleBilanSnapshot();
  return sampleBilanSnapshot({
    introduction: { ...base.introduction, title },
    quantitative: { ...base.quantitative, participants: { ...base.quantitative.participants, total: participants } },
    financial: {
      produitsBySource: [
        {
          category: 'subvention',
          label: 'Subventions',
          forecastCents: 400_000,
          actualCents: 400_000,
          lines: [
            {
              label: 'Subvention',
              source: funderName,
              forecastCents: 100_000,
              actualCents: 100_000,
              grant: grantReference ? { reference: grantReference, agreementDate: '2027-01-15', amountCents: 1_000_000, euCofinanced: false } : null,
            },
            { label: 'Autre financeur', source: 'Fondation ailleurs', forecastCents: 300_000, actualCents: 300_000, grant: null },
          ],
        },
      ],
    },
  });
}

async function share(versionId: string, organisationId: string, sharedById: string, revokedAt: Date | null = null) {
  await testDb().bilanShare.create({ data: { bilanVersionId: versionId, organisationId, sharedById, revokedAt } });
}

const dashboardOf = (person: Person, params: Record<string, string> = {}) =>
  runAsCaller({ userId: person.id }, async () => getFunderDashboard(await requireViewer(), params));
const exportAs = (person: Person, query: string) =>
  runAsCaller({ userId: person.id }, () => exportDashboard(new Request(`http://localhost/financeur/export?${query}`)));

beforeAll(async () => {
  const db = testDb();
  coordinatorA = await createUser(db, { role: 'COORDINATOR' });
  coordinatorB = await createUser(db, { role: 'COORDINATOR' });
  funder = await createUser(db, { role: 'ADMIN', organisation: { kind: 'FINANCEUR', name: 'Région Test Financements' } });
  otherFunder = await createUser(db, { role: 'ADMIN', organisation: { kind: 'FINANCEUR', name: 'Fondation Autre' } });
  const bordeaux = await createTerritory(db, { level: 'COMMUNE', inseeCode: '33063', name: 'Bordeaux' });
  const bouches = await createTerritory(db, { level: 'DEPARTEMENT', inseeCode: '13', name: 'Bouches-du-Rhône' });

  // Hub A, in Gironde (Nouvelle-Aquitaine, 75): two versions, both shared; only the latest counts.
  const a1 = await createEvent(db, { ownerOrganisationId: coordinatorA.organisationId, status: 'BILAN_VALIDATED', territoryId: bordeaux.id, startsAt: new Date('2027-03-10T08:00:00Z') });
  const v1 = await createBilanVersion(db, { eventId: a1.id, validatedById: coordinatorA.id, number: 1, snapshot: snapshot('Rencontre de Bordeaux', 'Région Test Financements', 50, 'CONV-1') });
  const v2 = await createBilanVersion(db, { eventId: a1.id, validatedById: coordinatorA.id, number: 2, snapshot: snapshot('Rencontre de Bordeaux', 'Région Test Financements', 60, 'CONV-1') });
  await share(v1.id, funder.organisationId, coordinatorA.id);
  await share(v2.id, funder.organisationId, coordinatorA.id);
  await createRegistration(db, { eventId: a1.id, email: PERSON_EMAIL, name: PERSON_NAME });

  // Hub B, in Bouches-du-Rhône (Provence-Alpes-Côte d'Azur, 93): one shared, one revoked, one shared with the other funder.
  const b1 = await createEvent(db, { ownerOrganisationId: coordinatorB.organisationId, status: 'BILAN_VALIDATED', territoryId: bouches.id, startsAt: new Date('2027-05-04T08:00:00Z') });
  const vb1 = await createBilanVersion(db, { eventId: b1.id, validatedById: coordinatorB.id, snapshot: snapshot('Forum de Marseille', 'région test financements', 40, 'CONV-1') });
  await share(vb1.id, funder.organisationId, coordinatorB.id);
  const b2 = await createEvent(db, { ownerOrganisationId: coordinatorB.organisationId, status: 'BILAN_VALIDATED', territoryId: bouches.id });
  revokedEventTitle = 'Atelier retiré';
  const vb2 = await createBilanVersion(db, { eventId: b2.id, validatedById: coordinatorB.id, snapshot: snapshot(revokedEventTitle, 'Région Test Financements', 999, null) });
  await share(vb2.id, funder.organisationId, coordinatorB.id, new Date());
  const b3 = await createEvent(db, { ownerOrganisationId: coordinatorB.organisationId, status: 'BILAN_VALIDATED' });
  const vb3 = await createBilanVersion(db, { eventId: b3.id, validatedById: coordinatorB.id, snapshot: snapshot('Pour un autre financeur', 'Fondation Autre', 7, null) });
  await share(vb3.id, otherFunder.organisationId, coordinatorB.id);
  // A draft event of hub B (no validated version): nothing to share, nothing shown.
  await createEvent(db, { ownerOrganisationId: coordinatorB.organisationId, title: 'Brouillon jamais validé' });
}, 120_000);

describe('funder dashboard', () => {
  it('shows the latest live-shared validated version of each event, across hubs, with the roll-up', async () => {
    const dashboard = await dashboardOf(funder);
    expect(dashboard.sharedCount).toBe(2);
    expect(dashboard.rows.map((row) => [row.title, row.versionNumber, row.participants])).toEqual([
      ['Rencontre de Bordeaux', 2, 60],
      ['Forum de Marseille', 1, 40],
    ]);
    expect(dashboard.totals).toMatchObject({ events: 2, hubs: 2, participants: 100, funderCents: 200_000, produitsCents: 800_000, funderSharePercent: 25 });
    expect(dashboard.grants).toEqual([
      expect.objectContaining({ reference: 'CONV-1', amountCents: 1_000_000, eventCents: 200_000, participants: 100, consumedPercent: 20 }),
    ]);
    expect(JSON.stringify(dashboard)).not.toContain(revokedEventTitle);
  });

  it('never carries a person: no e-mail, no name of a participant', async () => {
    const text = JSON.stringify(await dashboardOf(funder));
    expect(text).not.toContain(PERSON_EMAIL);
    expect(text).not.toContain(PERSON_NAME);
    const csv = await (await exportAs(funder, 'fichier=csv')).text();
    expect(csv).not.toContain(PERSON_EMAIL);
    expect(csv).not.toContain(PERSON_NAME);
  });

  it('shows another funder only what was shared with it', async () => {
    const dashboard = await dashboardOf(otherFunder);
    expect(dashboard.rows.map((row) => row.title)).toEqual(['Pour un autre financeur']);
    expect(dashboard.rows[0]?.funderCents).toBe(100_000);
  });

  it.each([
    [{ region: '75' }, ['Rencontre de Bordeaux']],
    [{ departement: '13' }, ['Forum de Marseille']],
    [{ du: '2027-04-01' }, ['Forum de Marseille']],
    [{ au: '2027-03-10' }, ['Rencontre de Bordeaux']],
    [{ region: '84' }, []],
  ])('filters by %o', async (params, titles) => {
    expect((await dashboardOf(funder, params)).rows.map((row) => row.title)).toEqual(titles);
  });

  it('filters by hub', async () => {
    const dashboard = await dashboardOf(funder, { structure: coordinatorB.organisationId });
    expect(dashboard.rows.map((row) => row.title)).toEqual(['Forum de Marseille']);
    expect(dashboard.options.hubs).toHaveLength(2);
  });

  it.each([
    [{ du: '2027-13-01' }, 'Indiquez la date « du » au format AAAA-MM-JJ.'],
    [{ du: '1990-01-01' }, 'Choisissez une date entre le 1er janvier 2000 et le 31 décembre 2100.'],
    [{ du: '2027-06-01', au: '2027-01-01' }, 'La fin de la période doit suivre son début.'],
    [{ region: '999' }, 'Cette région n’existe pas : choisissez-la dans la liste.'],
    [{ format: 'karaoke' }, 'Ce format n’existe pas : choisissez-le dans la liste.'],
  ])('refuses %o with a French message and no figures', async (params, message) => {
    const dashboard = await dashboardOf(funder, params);
    expect(dashboard.errors).toEqual([message]);
    expect(dashboard.rows).toEqual([]);
  });

  it('exports CSV and XLSX with the filters, and 400 in French on a bad filter', async () => {
    const csv = await exportAs(funder, 'region=75&fichier=csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const text = await csv.text();
    expect(text).toContain('Rencontre de Bordeaux');
    expect(text).not.toContain('Forum de Marseille');
    expect(text).toContain('Total;1 structure;');

    const xlsx = await exportAs(funder, 'fichier=xlsx');
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Bilans partagés', 'Par subvention']);
    expect(workbook.getWorksheet('Bilans partagés')?.rowCount).toBe(4);

    const bad = await exportAs(funder, 'du=demain');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'Indiquez la date « du » au format AAAA-MM-JJ.' });
  });

  it('refuses a hub’s member (403) and explains the empty state to a funder without shares', async () => {
    const hub = await exportAs(coordinatorA, 'fichier=csv');
    expect(hub.status).toBe(403);
    await expect(dashboardOf(coordinatorA)).rejects.toThrow('réservé aux financeurs');
    const lonely = await createUser(testDb(), { role: 'MEMBER', organisation: { kind: 'FINANCEUR', name: 'Financeur sans partage' } });
    const dashboard = await dashboardOf(lonely);
    expect([dashboard.sharedCount, dashboard.rows.length]).toEqual([0, 0]);
  });
});
