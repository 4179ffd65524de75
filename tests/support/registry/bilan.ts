// Bilan: an outsider tries to write or validate organisation A's bilan.
import { refusals, type RegistryEntry, type Scene } from './kinds';
import { saveBilanTextsAction, saveEvaluationFrameAction, validateBilanAction } from '@/lib/server/actions/bilan';
import { deleteOutsideResultAction, saveOutsideResultAction } from '@/lib/server/actions/outside-results';
import { POST as importOutside } from '@/app/(app)/evenements/[id]/bilan/hors-trame/import/route';

const outsideRows = new Map<string, Promise<{ id: string }>>();

/** One source of results gathered outside Trame on A's event, created once per scene. */
function outsideOf({ db, eventA }: Scene) {
  let row = outsideRows.get(eventA.id);
  if (!row) {
    row = db.outsideResult.create({ data: { eventId: eventA.id, sourceLabel: 'questionnaire papier', responseCount: 7 }, select: { id: true } });
    outsideRows.set(eventA.id, row);
  }
  return row;
}

async function outsideUntouched(scene: Scene) {
  await outsideOf(scene);
  const rows = await scene.db.outsideResult.findMany({ where: { eventId: scene.eventA.id }, select: { sourceLabel: true, responseCount: true } });
  if (JSON.stringify(rows) !== JSON.stringify([{ sourceLabel: 'questionnaire papier', responseCount: 7 }])) {
    throw new Error(`A’s outside results changed: ${JSON.stringify(rows)}`);
  }
}

function importOutsideRequest(scene: Scene) {
  const body = new FormData();
  body.set('sourceLabel', 'Pirate');
  body.set('file', new File(['Note\r\n5\r\n'], 'reponses.csv', { type: 'text/csv' }));
  return new Request(`http://localhost/evenements/${scene.eventA.id}/bilan/hors-trame/import`, { method: 'POST', body, headers: { origin: 'http://localhost' } });
}

async function untouched({ db, eventA }: Scene) {
  const [bilans, versions] = await Promise.all([
    db.bilan.count({ where: { eventId: eventA.id } }),
    db.bilanVersion.count({ where: { eventId: eventA.id } }),
  ]);
  if (bilans + versions !== 0) throw new Error(`A’s bilan changed: ${bilans} bilan(s), ${versions} version(s)`);
}

const emptyTexts = { introduction: 'Pirate', analysis: '', keep: '', improve: '', consider: '', staffEventPeople: '', staffEventHours: '', staffPrepPeople: '', staffPrepDays: '' };

export const bilanEntries: RegistryEntry[] = [
  {
    kind: 'action',
    name: 'saveEvaluationFrameAction',
    attempt: (scene) => saveEvaluationFrameAction({ eventId: scene.eventA.id, version: 0, why: 'Pirate', who: '', how: '', what: '', review: '' }),
    unchanged: untouched,
    expect: refusals.event('event.edit'),
  },
  {
    kind: 'action',
    name: 'saveBilanTextsAction',
    attempt: (scene) => saveBilanTextsAction({ eventId: scene.eventA.id, version: 0, ...emptyTexts }),
    unchanged: untouched,
    expect: refusals.event('event.edit'),
  },
  {
    kind: 'action',
    name: 'validateBilanAction',
    attempt: (scene) => validateBilanAction({ eventId: scene.eventA.id }),
    unchanged: untouched,
    expect: refusals.event('event.publish'),
  },
  {
    kind: 'action',
    name: 'saveOutsideResultAction',
    attempt: async (scene) =>
      saveOutsideResultAction({
        eventId: scene.eventA.id,
        resultId: (await outsideOf(scene)).id,
        sourceLabel: 'Pirate',
        responseCount: '1',
        scores: [],
        quotes: '',
        quotesConsented: false,
      }),
    unchanged: outsideUntouched,
    expect: refusals.event('event.edit'),
  },
  {
    kind: 'action',
    name: 'deleteOutsideResultAction',
    attempt: async (scene) => deleteOutsideResultAction({ eventId: scene.eventA.id, resultId: (await outsideOf(scene)).id }),
    unchanged: outsideUntouched,
    expect: refusals.event('event.edit'),
  },
  {
    kind: 'route',
    name: 'app/(app)/evenements/[id]/bilan/hors-trame/import/route.ts',
    attempt: async (scene) => {
      await outsideOf(scene);
      return importOutside(importOutsideRequest(scene), { params: Promise.resolve({ id: scene.eventA.id }) });
    },
    unchanged: outsideUntouched,
    expect: refusals.event('event.edit'),
  },
];
