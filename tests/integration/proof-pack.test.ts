// Issue 16, point 8: the funder's proof pack, one ZIP built from a validated bilan version.
import yauzl from 'yauzl';
import { describe, expect, it } from 'vitest';
import { GET as organiserProofPack } from '@/app/(app)/evenements/[id]/bilan/dossier-preuves.zip/route';
import { GET as funderProofPack } from '@/app/(app)/bilans/[versionId]/dossier-preuves.zip/route';
import { runAsCaller } from '@/lib/server/current-user';
import { createEvent, createUser } from '@/tests/factories';
import { createBilanVersion, sampleBilanSnapshot } from '@/tests/factories/bilan-snapshot';
import { testDb } from '@/tests/support/db';

const PDF = new TextEncoder().encode('%PDF-1.4\n%feuille signee\n%%EOF\n');
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 2, 3]);

/** Every entry of a ZIP, by name, inflated (yauzl checks sizes and CRCs as it reads). */
async function unzip(bytes: ArrayBuffer): Promise<Map<string, Buffer>> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (error, file) => (error ? reject(error) : resolve(file))),
  );
  const entries = new Map<string, Buffer>();
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      zip.openReadStream(entry, (error, stream) => {
        if (error) return reject(error);
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          entries.set(entry.fileName, Buffer.concat(chunks));
          zip.readEntry();
        });
        stream.on('error', reject);
      });
    });
    zip.on('end', resolve);
    zip.on('error', reject);
    zip.readEntry();
  });
  return entries;
}

async function scene() {
  const db = testDb();
  const hub = await createUser(db, { role: 'COORDINATOR' });
  const event = await createEvent(db, { ownerOrganisationId: hub.organisationId, status: 'BILAN_VALIDATED', title: 'Rencontre régionale 2027' });
  await createBilanVersion(db, { eventId: event.id, validatedById: hub.id, number: 1, snapshot: sampleBilanSnapshot({ eventId: event.id }) });
  const version = await createBilanVersion(db, {
    eventId: event.id,
    validatedById: hub.id,
    number: 2,
    validatedAt: new Date('2027-04-02T10:00:00Z'),
    snapshot: sampleBilanSnapshot({ eventId: event.id, introduction: { title: 'Rencontre régionale 2027' } }),
  });
  for (const [date, halfDay, contentType, content] of [
    ['2027-03-11', 'matin', 'application/pdf', PDF],
    ['2027-03-12', null, 'image/jpeg', JPEG],
  ] as const) {
    await db.signedSheet.create({ data: { eventId: event.id, date, halfDay, fileName: 'scan', contentType, size: content.length, content, uploadedBy: 'Coordination' } });
  }
  const funder = await createUser(db, { role: 'ADMIN', organisation: { kind: 'FINANCEUR', name: 'Fonds régional' } });
  const share = await db.bilanShare.create({ data: { bilanVersionId: version.id, organisationId: funder.organisationId, sharedById: hub.id } });
  const asOrganiser = (userId = hub.id) =>
    runAsCaller({ userId }, () => organiserProofPack(new Request('http://localhost/x'), { params: Promise.resolve({ id: event.id }) }));
  const asFunder = (userId = funder.id) =>
    runAsCaller({ userId }, () => funderProofPack(new Request('http://localhost/x'), { params: Promise.resolve({ versionId: version.id }) }));
  return { db, hub, event, version, funder, share, asOrganiser, asFunder };
}

describe('proof pack', () => {
  it('holds the validated bilan, the Cerfa, attendance per day, the programme, the signed sheets and a LISEZMOI', async () => {
    const { asOrganiser } = await scene();
    const response = await asOrganiser();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toContain('dossier-preuves-rencontre-regionale-2027-v2.zip');
    const entries = await unzip(await response.arrayBuffer());
    expect([...entries.keys()]).toEqual([
      'LISEZMOI.txt',
      'bilan-rencontre-regionale-2027-v2.pdf',
      'compte-rendu-financier-cerfa.csv',
      'presences-par-journee.csv',
      'programme.pdf',
      'feuilles-signees/emargement-signe-rencontre-regionale-2027-2027-03-11-matin-1.pdf',
      'feuilles-signees/emargement-signe-rencontre-regionale-2027-2027-03-12-2.jpg',
    ]);
    expect(entries.get('bilan-rencontre-regionale-2027-v2.pdf')!.subarray(0, 5).toString()).toBe('%PDF-');
    expect(entries.get('programme.pdf')!.subarray(0, 5).toString()).toBe('%PDF-');
    expect(entries.get('feuilles-signees/emargement-signe-rencontre-regionale-2027-2027-03-11-matin-1.pdf')!.equals(Buffer.from(PDF))).toBe(true);
    expect(entries.get('feuilles-signees/emargement-signe-rencontre-regionale-2027-2027-03-12-2.jpg')!.equals(Buffer.from(JPEG))).toBe(true);

    const readme = entries.get('LISEZMOI.txt')!.toString('utf8');
    expect(readme).toContain('Bilan validé : version 2 du 2 avril 2027');
    expect(readme).toContain('2 feuilles d’émargement signées');
    // The sample version states 1 234 distinct people present at least once.
    expect(readme.replace(/[\u00a0\u202f]/g, ' ')).toContain('Attestations de présence : 1 234 attestations');

    const attendance = entries.get('presences-par-journee.csv')!.toString('utf8');
    expect(attendance.startsWith('\ufeffJournée;Attendu·es;Présent·es')).toBe(true);
    expect(attendance).toContain('1120;1104;6;4;18;');
    expect(attendance).toContain('Personnes distinctes présentes au moins une journée;;1234;9');
    expect(entries.get('compte-rendu-financier-cerfa.csv')!.toString('utf8')).toContain('Code;Rubrique');
  });

  it('reaches the funder the version is shared with, and nobody else', async () => {
    const { db, asFunder, share } = await scene();
    const shared = await asFunder();
    expect(shared.status).toBe(200);
    expect([...(await unzip(await shared.arrayBuffer())).keys()]).toContain('LISEZMOI.txt');
    const otherFunder = await createUser(db, { role: 'ADMIN', organisation: { kind: 'FINANCEUR' } });
    expect((await asFunder(otherFunder.id)).status).toBe(404);
    const outsider = await createUser(db, { role: 'ADMIN' });
    expect((await asFunder(outsider.id)).status).toBe(404);
    await db.bilanShare.update({ where: { id: share.id }, data: { revokedAt: new Date() } });
    expect((await asFunder()).status).toBe(404);
  });

  it('is refused to another organisation’s member and to a funder on the organisers’ address', async () => {
    const { db, asOrganiser, funder } = await scene();
    const outsider = await createUser(db, { role: 'ADMIN' });
    expect((await asOrganiser(outsider.id)).status).toBe(404);
    expect((await asOrganiser(funder.id)).status).toBe(404);
  });

  it('says in French that a bilan must be validated first', async () => {
    const db = testDb();
    const hub = await createUser(db, { role: 'COORDINATOR' });
    const event = await createEvent(db, { ownerOrganisationId: hub.organisationId });
    const response = await runAsCaller({ userId: hub.id }, () => organiserProofPack(new Request('http://localhost/x'), { params: Promise.resolve({ id: event.id }) }));
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: string }).error).toContain('validez le bilan');
  });
});
