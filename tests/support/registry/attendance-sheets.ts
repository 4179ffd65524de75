// Attendance sheets and the proof pack: the printable sheet and the signed scans need event.read to
// read and event.edit to send or delete; the proof pack needs event.read, or a live share for a funder.
import { refusals, type RegistryEntry, type Scene } from './kinds';
import { GET as getSheetPdf } from '@/app/(app)/evenements/[id]/emargement/[fichier]/route';
import { POST as postSignedSheet } from '@/app/(app)/evenements/[id]/emargement/signees/route';
import { DELETE as deleteSignedSheet, GET as getSignedSheet, POST as postDeleteSignedSheet } from '@/app/(app)/evenements/[id]/emargement/signees/[sheetId]/route';
import { GET as organiserProofPack } from '@/app/(app)/evenements/[id]/bilan/dossier-preuves.zip/route';
import { GET as funderProofPack } from '@/app/(app)/bilans/[versionId]/dossier-preuves.zip/route';
import { createEvent } from '@/tests/factories';
import { createBilanVersion } from '@/tests/factories/bilan-snapshot';

const PDF = new TextEncoder().encode('%PDF-1.4\n%registre\n');
const DAY = '2027-02-11';
const sheets = new Map<string, Promise<{ id: string }>>();
const versions = new Map<string, Promise<{ id: string; eventId: string }>>();

/** One signed sheet of A's event, created once per scene. */
function sheetOf({ db, eventA }: Scene) {
  let sheet = sheets.get(eventA.id);
  if (!sheet) {
    sheet = db.signedSheet.create({
      data: { eventId: eventA.id, date: DAY, fileName: 'feuille.pdf', contentType: 'application/pdf', size: PDF.length, content: PDF, uploadedBy: 'Admin A' },
      select: { id: true },
    });
    sheets.set(eventA.id, sheet);
  }
  return sheet;
}

/** A validated version of another event of A, shared with nobody in the scene. */
function versionOf({ db, orgA, adminA }: Scene) {
  let version = versions.get(orgA.id);
  if (!version) {
    version = (async () => {
      const event = await createEvent(db, { ownerOrganisationId: orgA.id, status: 'BILAN_VALIDATED' });
      const created = await createBilanVersion(db, { eventId: event.id, validatedById: adminA.id });
      return { id: created.id, eventId: event.id };
    })();
    versions.set(orgA.id, version);
  }
  return version;
}

async function sheetsUnchanged(scene: Scene) {
  const { id } = await sheetOf(scene);
  const rows = await scene.db.signedSheet.findMany({ where: { eventId: scene.eventA.id }, select: { id: true } });
  if (rows.length !== 1 || rows[0]?.id !== id) throw new Error(`A’s signed sheets changed: ${rows.length}`);
}

const mutating = (url: string, method: string, body?: FormData) => new Request(url, { method, body, headers: { origin: 'http://localhost' } });

export const attendanceSheetsEntries: RegistryEntry[] = [
  {
    kind: 'route',
    name: 'app/(app)/evenements/[id]/emargement/[fichier]/route.ts',
    attempt: ({ eventA }) =>
      getSheetPdf(new Request(`http://localhost/evenements/${eventA.id}/emargement/${DAY}.pdf`), { params: Promise.resolve({ id: eventA.id, fichier: `${DAY}.pdf` }) }),
    expect: refusals.event('event.read'),
  },
  {
    kind: 'route',
    name: 'app/(app)/evenements/[id]/emargement/signees/route.ts',
    attempt: async (scene) => {
      await sheetOf(scene);
      const form = new FormData();
      form.set('jour', DAY);
      form.set('fichier', new File([PDF], 'feuille.pdf', { type: 'application/pdf' }));
      return postSignedSheet(mutating(`http://localhost/evenements/${scene.eventA.id}/emargement/signees`, 'POST', form), {
        params: Promise.resolve({ id: scene.eventA.id }),
      });
    },
    unchanged: sheetsUnchanged,
    expect: refusals.event('event.edit'),
  },
  {
    kind: 'route',
    name: 'app/(app)/evenements/[id]/emargement/signees/[sheetId]/route.ts',
    // Download (event.read), deletion by form and by DELETE (event.edit): a MEMBER holds both.
    attempt: async (scene) => {
      const { id } = await sheetOf(scene);
      const url = `http://localhost/evenements/${scene.eventA.id}/emargement/signees/${id}`;
      const params = () => ({ params: Promise.resolve({ id: scene.eventA.id, sheetId: id }) });
      const answers = [
        await getSignedSheet(new Request(url), params()),
        await postDeleteSignedSheet(mutating(url, 'POST'), params()),
        await deleteSignedSheet(mutating(url, 'DELETE'), params()),
      ];
      return answers.find((answer) => answer.status !== answers[0]?.status) ?? answers[0]!;
    },
    unchanged: sheetsUnchanged,
    expect: refusals.event('event.read'),
  },
  {
    kind: 'route',
    name: 'app/(app)/evenements/[id]/bilan/dossier-preuves.zip/route.ts',
    attempt: async (scene) => {
      const { eventId } = await versionOf(scene);
      return organiserProofPack(new Request('http://localhost/x'), { params: Promise.resolve({ id: eventId }) });
    },
    expect: refusals.event('event.read'),
  },
  {
    kind: 'route',
    name: 'app/(app)/bilans/[versionId]/dossier-preuves.zip/route.ts',
    // The funder of the scene is not one A shared with: it is told nothing either.
    expect: { signedOut: 'unauthenticated', outsider: 'not-found', funder: 'not-found', member: { allowed: 'an organiser reads the bilan' } },
    attempt: async (scene) => funderProofPack(new Request('http://localhost/x'), { params: Promise.resolve({ versionId: (await versionOf(scene)).id }) }),
  },
];
