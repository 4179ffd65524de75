// Satisfaction questionnaire: an outsider tries each organiser action on organisation A's event.
import { refusals, type RegistryEntry, type Scene } from './kinds';
import {
  editQuestionnaireQuestionsAction,
  editQuestionnaireScheduleAction,
  prepareQuestionnaireAction,
  selectVerbatimAction,
  sendQuestionnaireNowAction,
} from '@/lib/server/actions/questionnaire';
import { DEFAULT_QUESTIONS } from '@/lib/domain/questionnaire/defaults';
import { createQuestionnaire } from '@/tests/factories/questionnaire';

type Fixture = { responseId: string };
const fixtures = new Map<string, Promise<Fixture>>();

/** A's questionnaire, not sent, with one response quoted with consent; created once per scene. */
function questionnaireOf({ db, eventA }: Scene): Promise<Fixture> {
  let fixture = fixtures.get(eventA.id);
  if (!fixture) {
    fixture = (async () => {
      const questionnaire = await createQuestionnaire(db, { eventId: eventA.id, sendOn: '2099-01-01', reminderOn: null, closesOn: null });
      const response = await db.questionnaireResponse.create({
        data: { questionnaireId: questionnaire.id, answers: { overall: 5 }, verbatim: 'Citation A', verbatimConsent: true, submittedOn: '2026-11-20' },
      });
      return { responseId: response.id };
    })();
    fixtures.set(eventA.id, fixture);
  }
  return fixture;
}

async function untouched(scene: Scene) {
  const { db, eventA } = scene;
  await questionnaireOf(scene);
  const q = await db.questionnaire.findUniqueOrThrow({
    where: { eventId: eventA.id },
    select: { version: true, sentAt: true, sendOn: true, _count: { select: { invitations: true } }, responses: { select: { verbatimSelected: true } } },
  });
  const seen = JSON.stringify(q);
  const expected = JSON.stringify({ version: 1, sentAt: null, sendOn: '2099-01-01', _count: { invitations: 0 }, responses: [{ verbatimSelected: false }] });
  if (seen !== expected) throw new Error(`A’s questionnaire changed: ${seen}`);
}

const questions = DEFAULT_QUESTIONS.map((q) => ({ id: q.id, kind: q.kind, label: `${q.label} (pirate)`, required: q.required, options: q.kind === 'choice' ? q.options.join('\n') : '' }));

const entry = (name: string, attempt: (scene: Scene) => Promise<{ ok: boolean }>): RegistryEntry => ({
  kind: 'action',
  name,
  attempt: async (scene) => {
    await questionnaireOf(scene);
    return attempt(scene);
  },
  unchanged: untouched,
  expect: refusals.event('event.edit'),
});

export const questionnaireEntries: RegistryEntry[] = [
  entry('prepareQuestionnaireAction', ({ eventA }) => prepareQuestionnaireAction({ eventId: eventA.id })),
  entry('editQuestionnaireQuestionsAction', ({ eventA }) => editQuestionnaireQuestionsAction({ eventId: eventA.id, version: 1, questions })),
  entry('editQuestionnaireScheduleAction', ({ eventA }) =>
    editQuestionnaireScheduleAction({ eventId: eventA.id, version: 1, sendOn: '2099-02-01', reminderOn: '', closesOn: '' }),
  ),
  entry('sendQuestionnaireNowAction', ({ eventA }) => sendQuestionnaireNowAction({ eventId: eventA.id })),
  entry('selectVerbatimAction', async (scene) =>
    selectVerbatimAction({ eventId: scene.eventA.id, responseId: (await questionnaireOf(scene)).responseId, selected: true }),
  ),
  { kind: 'action', name: 'submitQuestionnaireAnswersAction', public: 'the answer link’s token is the credential of one invitation' },
];
