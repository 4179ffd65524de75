// Tasks, communication plan and indicators: an outsider tries each action on organisation A's event.
import { refusals, type RegistryEntry, type Scene } from './kinds';
import {
  createCommunicationActionAction,
  createDefaultCommunicationPlanAction,
  deleteCommunicationActionAction,
  setCommunicationActionStatusAction,
  updateCommunicationActionAction,
} from '@/lib/server/actions/communication';
import { saveIndicatorValuesAction } from '@/lib/server/actions/indicators';
import {
  applyTaskTemplateAction,
  createTaskAction,
  deleteTaskAction,
  setTaskDoneAction,
  updateTaskAction,
} from '@/lib/server/actions/tasks';
import { createCommunicationAction, createTask } from '@/tests/factories/tasks';

type Fixture = { taskId: string; actionId: string };
const fixtures = new Map<string, Promise<Fixture>>();

/** One task and one communication action in A's event, created once per scene. */
function planOf({ db, eventA }: Scene): Promise<Fixture> {
  let fixture = fixtures.get(eventA.id);
  if (!fixture) {
    fixture = (async () => {
      const task = await createTask(db, { eventId: eventA.id, title: 'Tâche A' });
      const action = await createCommunicationAction(db, { eventId: eventA.id, title: 'Publication A' });
      return { taskId: task.id, actionId: action.id };
    })();
    fixtures.set(eventA.id, fixture);
  }
  return fixture;
}

async function untouched(scene: Scene) {
  const { db, eventA } = scene;
  await planOf(scene);
  const tasks = await db.task.findMany({ where: { eventId: eventA.id }, select: { title: true, done: true, dueDate: true } });
  if (JSON.stringify(tasks) !== JSON.stringify([{ title: 'Tâche A', done: false, dueDate: '2027-01-15' }])) {
    throw new Error(`A’s tasks changed: ${JSON.stringify(tasks)}`);
  }
  const actions = await db.communicationAction.findMany({ where: { eventId: eventA.id }, select: { title: true, status: true } });
  if (JSON.stringify(actions) !== JSON.stringify([{ title: 'Publication A', status: 'PLANNED' }])) {
    throw new Error(`A’s communication plan changed: ${JSON.stringify(actions)}`);
  }
  if ((await db.indicatorValue.count({ where: { eventId: eventA.id } })) !== 0) throw new Error('A’s indicators changed');
}

const taskFields = { title: 'Tâche pirate', stage: 'MOBILISER', phase: 'AVANT', schedule: 'offset', offset: 'J-10', date: '', assignee: '' } as const;
const actionFields = { title: 'Action pirate', channel: 'PRESSE', schedule: 'date', offset: '', date: '2027-01-05', status: 'DONE' } as const;

const entry = (name: string, attempt: (scene: Scene) => Promise<{ ok: boolean }>): RegistryEntry => ({
  kind: 'action',
  name,
  attempt: async (scene) => {
    await planOf(scene);
    return attempt(scene);
  },
  unchanged: untouched,
  expect: refusals.event('event.edit'),
});

export const tasksEntries: RegistryEntry[] = [
  entry('applyTaskTemplateAction', ({ eventA }) => applyTaskTemplateAction({ eventId: eventA.id, templateId: 'rezolutions' })),
  entry('createTaskAction', ({ eventA }) => createTaskAction({ ...taskFields, eventId: eventA.id })),
  entry('updateTaskAction', async (scene) => updateTaskAction({ ...taskFields, taskId: (await planOf(scene)).taskId })),
  entry('deleteTaskAction', async (scene) => deleteTaskAction({ taskId: (await planOf(scene)).taskId })),
  entry('setTaskDoneAction', async (scene) => setTaskDoneAction({ taskId: (await planOf(scene)).taskId, done: true })),
  entry('createDefaultCommunicationPlanAction', ({ eventA }) => createDefaultCommunicationPlanAction({ eventId: eventA.id })),
  entry('createCommunicationActionAction', ({ eventA }) => createCommunicationActionAction({ ...actionFields, eventId: eventA.id })),
  entry('updateCommunicationActionAction', async (scene) =>
    updateCommunicationActionAction({ ...actionFields, actionId: (await planOf(scene)).actionId }),
  ),
  entry('setCommunicationActionStatusAction', async (scene) =>
    setCommunicationActionStatusAction({ actionId: (await planOf(scene)).actionId, status: 'CANCELLED' }),
  ),
  entry('deleteCommunicationActionAction', async (scene) => deleteCommunicationActionAction({ actionId: (await planOf(scene)).actionId })),
  entry('saveIndicatorValuesAction', ({ eventA }) => saveIndicatorValuesAction({ eventId: eventA.id, 'bounce-rate': '12' })),
];
