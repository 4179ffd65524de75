// Bilan: an outsider tries to write or validate organisation A's bilan.
import { refusals, type RegistryEntry, type Scene } from './kinds';
import { saveBilanTextsAction, saveEvaluationFrameAction, validateBilanAction } from '@/lib/server/actions/bilan';

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
];
