import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as exportRollup } from '@/app/(app)/reseau/export/route';
import { coreQuestionId, withCoreQuestions } from '@/lib/domain/networks/core-questions';
import { defaultQuestions } from '@/lib/domain/questionnaire/defaults';
import { inviteNetworkMemberAction, leaveNetworkAction, removeNetworkMemberAction } from '@/lib/server/actions/networks';
import { requireViewer } from '@/lib/server/authz';
import { runAsCaller } from '@/lib/server/current-user';
import { getMemberNetworks, getNetworkPage, type NetworkPage } from '@/lib/server/queries/network';
import { readQuestions } from '@/lib/server/questionnaires/stored';
import { createEvent, createUser } from '@/tests/factories';
import { createBilanVersion } from '@/tests/factories/bilan-snapshot';
import { sharedSnapshot } from '@/tests/factories/funder-dashboard';
import { createCoreQuestion, createNetwork, joinNetwork } from '@/tests/factories/networks';
import { testDb } from '@/tests/support/db';

type Person = { id: string; organisationId: string };
let network: Person;
let networkMember: Person;
let hubA: Person;
let coordinatorA: Person;
let hubB: Person;
let hubC: Person;
let stranger: Person;
const ids = { a1: '', a2: '', b1: '', core: '', bilanA: '' };
const NETWORK_NAME = 'Réseau des Fabriques';
const INJECTED = '=HYPERLINK("http://exemple.invalid","clic")';

const as = <T>(person: Person, fn: () => Promise<T>) => runAsCaller({ userId: person.id, organisationId: person.organisationId }, fn);
const pageOf = (person: Person) => as(person, async () => getNetworkPage(await requireViewer()));
const exportAs = (person: Person | null, fichier: string) => {
  const call = () => exportRollup(new Request(`http://localhost/reseau/export?fichier=${fichier}`));
  return person ? as(person, call) : runAsCaller(null, call);
};

/** A questionnaire holding the core question, with these ratings answered; `sent` freezes it. */
async function questionnaire(eventId: string, ratings: number[], sent: boolean) {
  const db = testDb();
  const core = await db.coreQuestion.findUniqueOrThrow({ where: { id: ids.core } });
  const q = await db.questionnaire.create({
    data: { eventId, questions: withCoreQuestions(defaultQuestions(), [{ ...core, kind: 'scale' }]), sendOn: '2027-03-20', sentAt: sent ? new Date('2027-03-20T08:00:00Z') : null },
  });
  for (const rating of ratings) {
    await db.questionnaireResponse.create({ data: { questionnaireId: q.id, answers: { [coreQuestionId(ids.core)]: rating }, submittedOn: '2027-03-21' } });
  }
}

const csvRows = async (response: Response) => {
  const bytes = new Uint8Array(await response.arrayBuffer());
  // UTF-8 with BOM, what French Excel opens with a double click.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return Papa.parse<string[]>(new TextDecoder().decode(bytes), { delimiter: ';', skipEmptyLines: false }).data;
};
const cents = (cell: string | undefined) => (cell ? Math.round(Number(cell.replace(/\s/g, '').replace(',', '.')) * 100) : null);
const decimal = (cell: string | undefined) => (cell ? Number(cell.replace(',', '.')) : null);

beforeAll(async () => {
  const db = testDb();
  const made = await createNetwork(db, { name: NETWORK_NAME });
  network = made.admin;
  networkMember = await createUser(db, { role: 'MEMBER', organisationId: network.organisationId });
  hubA = await createUser(db, { role: 'ADMIN', organisation: { name: 'Hub du Sud' } });
  coordinatorA = await createUser(db, { role: 'COORDINATOR', organisationId: hubA.organisationId });
  hubB = await createUser(db, { role: 'ADMIN', organisation: { name: INJECTED } });
  hubC = await createUser(db, { role: 'ADMIN', organisation: { name: 'Hub invité' } });
  stranger = await createUser(db, { role: 'ADMIN', organisation: { name: 'Hub étranger' } });
  for (const hub of [hubA, hubB]) await joinNetwork(db, { networkId: network.organisationId, memberOrganisationId: hub.organisationId, invitedById: network.id });
  await joinNetwork(db, { networkId: network.organisationId, memberOrganisationId: hubC.organisationId, invitedById: network.id, pending: true });
  ids.core = (await createCoreQuestion(db, { networkId: network.organisationId, label: 'Cette rencontre vous a-t-elle été utile ?' })).id;
  // Late evening in Paris on 31 March is already 1 April there: the export shows Paris days.
  const a1 = await createEvent(db, { ownerOrganisationId: hubA.organisationId, title: 'Rencontre du Sud', status: 'BILAN_VALIDATED', startsAt: new Date('2027-03-31T20:00:00Z'), endsAt: new Date('2027-03-31T23:30:00Z') });
  const a2 = await createEvent(db, { ownerOrganisationId: hubA.organisationId, title: 'Atelier du Sud', status: 'BILAN_VALIDATED', startsAt: new Date('2027-04-10T08:00:00Z'), endsAt: new Date('2027-04-11T16:00:00Z') });
  const b1 = await createEvent(db, { ownerOrganisationId: hubB.organisationId, title: 'Forum de l’Ouest', status: 'PUBLISHED', startsAt: new Date('2027-05-02T08:00:00Z'), endsAt: new Date('2027-05-02T16:00:00Z') });
  Object.assign(ids, { a1: a1.id, a2: a2.id, b1: b1.id });
  ids.bilanA = (await createBilanVersion(db, { eventId: a1.id, validatedById: hubA.id, snapshot: sharedSnapshot('Rencontre du Sud', NETWORK_NAME, 60, null, 125_050) })).id;
  await createBilanVersion(db, { eventId: a2.id, validatedById: hubA.id, snapshot: sharedSnapshot('Atelier du Sud', NETWORK_NAME, 40, null, 0) });
  for (const [eventId, by] of [[a1.id, hubA.id], [a2.id, hubA.id], [b1.id, hubB.id]] as const) {
    await db.networkCycleEvent.create({ data: { networkId: network.organisationId, eventId, assignedById: by } });
  }
  await questionnaire(a1.id, [5, 4, 4], true);
  await questionnaire(b1.id, [2], false);
}, 120_000);

describe('the network roll-up export', () => {
  let page: NetworkPage;
  beforeAll(async () => {
    page = await pageOf(networkMember);
  });

  it('writes the page’s rows, totals and core results in the CSV, in euros and Paris days, formula-safe', async () => {
    const response = await exportAs(networkMember, 'csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="cycle-du-reseau.csv"');
    const rows = await csvRows(response);
    const header = rows[0] ?? [];
    const col = (name: string) => {
      const index = header.indexOf(name);
      expect(index, name).toBeGreaterThanOrEqual(0);
      return index;
    };
    expect(page.rows.map((r) => r.title)).toEqual(['Rencontre du Sud', 'Atelier du Sud', 'Forum de l’Ouest']);
    const body = rows.slice(1, 1 + page.rows.length);
    expect(body.map((r) => r[col('Événement')])).toEqual(page.rows.map((r) => r.title));
    // The hub's name typed as a formula is written as text.
    expect(body.map((r) => r[col('Structure membre')])).toEqual(['Hub du Sud', 'Hub du Sud', `'${INJECTED}`]);
    expect(body.map((r) => [r[col('Début')], r[col('Fin')]])).toEqual([
      ['2027-03-31', '2027-04-01'],
      ['2027-04-10', '2027-04-11'],
      ['2027-05-02', '2027-05-02'],
    ]);
    expect(body.map((r) => r[col('Statut')])).toEqual(['Bilan validé', 'Bilan validé', 'Publié']);
    expect(body.map((r) => r[col('Questionnaires remplis')])).toEqual(['3', '', '1']);
    for (const [index, row] of page.rows.entries()) {
      const cells = body[index] ?? [];
      expect(Number(cells[col('Participant·es présent·es')] || NaN)).toEqual(row.figures?.participants ?? NaN);
      expect(cents(cells[col('Coût par participant·e (€)')])).toBe(row.figures?.costPerParticipantCents ?? null);
      expect(cents(cells[col('Produits (€)')])).toBe(row.figures?.produitsCents ?? null);
      expect(cents(cells[col('Apport du réseau (€)')])).toBe(row.figures?.funderCents ?? null);
      expect(decimal(cells[col('No-show (%)')])).toBe(row.figures?.noShowRate ?? null);
      expect(decimal(cells[col('Satisfaction (sur 5)')])).toBe(row.figures?.satisfaction.average ?? null);
    }
    expect(page.rows[0]?.figures?.funderCents).toBe(125_050);
    expect(body[0]?.[col('Apport du réseau (€)')]).toBe('1250,50');

    const totals = rows[1 + page.rows.length] ?? [];
    expect(totals[col('Structure membre')]).toBe('Total');
    expect(totals[col('Événement')]).toBe('2 bilans validés, 1 structure');
    expect(page.totals).toMatchObject({ events: 2, hubs: 1, participants: 100, funderCents: 125_050 });
    expect(Number(totals[col('Participant·es présent·es')])).toBe(page.totals.participants);
    expect(cents(totals[col('Apport du réseau (€)')])).toBe(page.totals.funderCents);
    expect(cents(totals[col('Produits (€)')])).toBe(page.totals.produitsCents);
    expect(cents(totals[col('Coût par participant·e (€)')])).toBe(page.totals.costPerParticipantCents);
    expect(decimal(totals[col('Part du réseau dans les produits (%)')])).toBe(page.totals.funderSharePercent);

    // Then an empty line and the core results' own section.
    expect(rows[2 + page.rows.length]?.every((cell) => cell === '')).toBe(true);
    const coreHeader = rows[3 + page.rows.length] ?? [];
    expect(coreHeader.slice(0, 8)).toEqual(['Question commune', 'Type', 'Événements', 'Réponses à la question', 'Moyenne (sur 5)', 'Note ou réponse proposée', 'Nombre de réponses', 'Part des réponses (%)']);
    const core = rows.slice(4 + page.rows.length).filter((r) => r.some((cell) => cell !== ''));
    const [result] = page.coreResults;
    if (result?.kind !== 'scale') throw new Error('expected the scale result');
    // (5 + 4 + 4 + 2) / 4 = 3.75 → 3.8, over two events.
    expect(result).toMatchObject({ events: 2, answers: 4, average: 3.8, distribution: [0, 1, 0, 2, 1] });
    expect(core.map((r) => [r[0], r[2], r[3], decimal(r[4]), r[5], Number(r[6])])).toEqual(
      result.distribution.map((count, index) => [result.label, '2', '4', 3.8, `${index + 1} sur 5`, count]),
    );
  });

  it('writes the same figures as numbers in the XLSX, the core results on a second sheet', async () => {
    const response = await exportAs(networkMember, 'xlsx');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="cycle-du-reseau.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Événements du cycle', 'Socle commun']);
    const sheet = workbook.getWorksheet('Événements du cycle');
    if (!sheet) throw new Error('no events sheet');
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const cell = (line: number, name: string) => sheet.getRow(line).getCell(header.indexOf(name) + 1).value;
    expect(sheet.rowCount).toBe(1 + page.rows.length + 1);
    for (const [index, row] of page.rows.entries()) {
      expect(cell(index + 2, 'Événement')).toBe(row.title);
      expect(cell(index + 2, 'Participant·es présent·es')).toBe(row.figures?.participants ?? null);
      expect(cell(index + 2, 'Apport du réseau (€)')).toBe(row.figures && row.figures.funderCents !== null ? row.figures.funderCents / 100 : null);
      expect(cell(index + 2, 'Coût par participant·e (€)')).toBe(row.figures?.costPerParticipantCents != null ? row.figures.costPerParticipantCents / 100 : null);
    }
    expect(cell(3, 'Structure membre')).toBe('Hub du Sud');
    expect(cell(4, 'Structure membre')).toBe(`'${INJECTED}`);
    const total = page.rows.length + 2;
    expect(cell(total, 'Structure membre')).toBe('Total');
    expect(cell(total, 'Participant·es présent·es')).toBe(page.totals.participants);
    expect(cell(total, 'Apport du réseau (€)')).toBe(page.totals.funderCents / 100);
    expect(cell(total, 'Produits (€)')).toBe(page.totals.produitsCents / 100);
    expect(sheet.getRow(2).getCell(header.indexOf('Apport du réseau (€)') + 1).numFmt).toBe('#,##0.00 "€"');

    const core = workbook.getWorksheet('Socle commun');
    const [result] = page.coreResults;
    if (!core || result?.kind !== 'scale') throw new Error('no core sheet');
    expect(core.rowCount).toBe(1 + 5);
    expect([2, 3, 4, 5, 6].map((line) => (core.getRow(line).values as unknown[]).slice(1))).toEqual(
      result.distribution.map((count, index) => [result.label, 'Note de 1 à 5', 2, 4, 3.8, `${index + 1} sur 5`, count]),
    );
  });

  it('refuses whoever is not in the network organisation: a member organisation, a stranger, signed out', async () => {
    expect((await exportAs(hubA, 'csv')).status).toBe(403);
    expect((await exportAs(coordinatorA, 'xlsx')).status).toBe(403);
    expect((await exportAs(stranger, 'csv')).status).toBe(403);
    expect((await exportAs(null, 'csv')).status).toBe(401);
    const bad = await exportAs(network, 'pdf');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'Choisissez un fichier CSV ou XLSX.' });
  });
});

describe('leaving a network, removing a member', () => {
  it('lets only an admin of the member organisation leave a network it joined', async () => {
    expect(await as(coordinatorA, () => leaveNetworkAction({ networkId: network.organisationId }))).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await as(stranger, () => leaveNetworkAction({ networkId: network.organisationId }))).toMatchObject({ ok: false, code: 'not-found' });
    // A pending invitation is declined, not left.
    expect(await as(hubC, () => leaveNetworkAction({ networkId: network.organisationId }))).toMatchObject({ ok: false, code: 'not-found' });
    expect(await as(hubB, () => leaveNetworkAction({ networkId: 'not-a-uuid' }))).toMatchObject({ ok: false, fieldErrors: { networkId: ['Réseau inconnu.'] } });
    expect(await testDb().networkMembership.count({ where: { networkId: network.organisationId } })).toBe(3);
  });

  it('takes the leaving member’s events out of the cycle, untouched, and the roll-up no longer counts them', async () => {
    const before = await testDb().event.findUniqueOrThrow({ where: { id: ids.b1 }, select: { title: true, status: true, updatedAt: true } });
    expect(await as(hubB, () => leaveNetworkAction({ networkId: network.organisationId }))).toEqual({ ok: true, data: { cycleEvents: 1 } });
    expect(await testDb().networkMembership.count({ where: { networkId: network.organisationId, memberOrganisationId: hubB.organisationId } })).toBe(0);
    expect(await testDb().networkCycleEvent.count({ where: { eventId: ids.b1 } })).toBe(0);
    expect(await testDb().event.findUniqueOrThrow({ where: { id: ids.b1 }, select: { title: true, status: true, updatedAt: true } })).toEqual(before);
    // Its unsent questionnaire loses the network's question; its answers stay.
    const q = await testDb().questionnaire.findUniqueOrThrow({ where: { eventId: ids.b1 }, select: { questions: true, _count: { select: { responses: true } } } });
    expect(readQuestions(q.questions).some((question) => question.id.startsWith('core-'))).toBe(false);
    expect(q._count.responses).toBe(1);

    const page = await pageOf(network);
    expect(page.members.map((m) => m.name)).toEqual(['Hub du Sud', 'Hub invité']);
    expect(page.rows.map((r) => r.title)).toEqual(['Rencontre du Sud', 'Atelier du Sud']);
    expect(page.coreResults[0]).toMatchObject({ events: 1, answers: 3 });
    const csv = await (await exportAs(network, 'csv')).text();
    expect(csv).not.toContain('Forum de l’Ouest');
    expect((await as(hubB, async () => getMemberNetworks(await requireViewer()))).networks).toEqual([]);
    // It may be invited again.
    expect(await as(network, () => inviteNetworkMemberAction({ organisationId: hubB.organisationId }))).toMatchObject({ ok: true });
  });

  it('lets only the network’s admins remove a member or withdraw an invitation', async () => {
    expect(await as(networkMember, () => removeNetworkMemberAction({ organisationId: hubA.organisationId }))).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await as(hubA, () => removeNetworkMemberAction({ organisationId: hubA.organisationId }))).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await as(network, () => removeNetworkMemberAction({ organisationId: stranger.organisationId }))).toMatchObject({ ok: false, code: 'not-found' });
    expect(await testDb().networkCycleEvent.count({ where: { networkId: network.organisationId } })).toBe(2);
  });

  it('removes a member: its events leave the cycle with their bilans untouched; an invitation is withdrawn', async () => {
    const bilan = await testDb().bilanVersion.findUniqueOrThrow({ where: { id: ids.bilanA } });
    expect(await as(network, () => removeNetworkMemberAction({ organisationId: hubA.organisationId }))).toEqual({ ok: true, data: { cycleEvents: 2, wasPending: false } });
    expect(await as(network, () => removeNetworkMemberAction({ organisationId: hubC.organisationId }))).toEqual({ ok: true, data: { cycleEvents: 0, wasPending: true } });
    expect(await testDb().bilanVersion.findUniqueOrThrow({ where: { id: ids.bilanA } })).toEqual(bilan);
    expect(await testDb().event.count({ where: { id: { in: [ids.a1, ids.a2] } } })).toBe(2);
    // A sent questionnaire keeps the questions its participants received.
    const sent = await testDb().questionnaire.findUniqueOrThrow({ where: { eventId: ids.a1 }, select: { questions: true } });
    expect(readQuestions(sent.questions).some((question) => question.id === coreQuestionId(ids.core))).toBe(true);

    const page = await pageOf(network);
    expect(page.members.map((m) => [m.name, m.joinedAt])).toEqual([[INJECTED, null]]);
    expect(page.rows).toEqual([]);
    expect(page.totals).toMatchObject({ events: 0, participants: 0 });
    expect(page.coreResults[0]).toMatchObject({ events: 0, answers: 0 });
    expect((await as(hubC, async () => getMemberNetworks(await requireViewer()))).invitations).toEqual([]);
    expect(await as(network, () => inviteNetworkMemberAction({ organisationId: hubA.organisationId }))).toMatchObject({ ok: true });
  });
});
