// The programme builder's actions and routes, tried by an outsider on organisation A's event.
import type { Permission } from '@/lib/domain/access/permissions';
import { refusals, type RegistryEntry, type Scene } from './kinds';
import { createDayAction, deleteDayAction, updateDayAction } from '@/lib/server/actions/programme-days';
import { createRoomAction, deleteRoomAction, updateRoomAction } from '@/lib/server/actions/programme-rooms';
import {
  cancelSessionAction,
  createSessionAction,
  deleteSessionAction,
  restoreSessionAction,
  updateSessionAction,
} from '@/lib/server/actions/programme-sessions';
import { createSpeakerAction, deleteSpeakerAction, updateSpeakerAction } from '@/lib/server/actions/programme-speakers';
import { markEventDoneAction, publishEventAction, unpublishEventAction } from '@/lib/server/actions/programme-status';
import { pushToOpenAgendaAction } from '@/lib/server/actions/openagenda';
import { GET as getProgrammePdf } from '@/app/(app)/evenements/[id]/programme/pdf/route';
import { GET as getOpenAgenda } from '@/app/(app)/evenements/[id]/openagenda.json/route';
import { createDay, createRoom, createSession, createSpeaker } from '@/tests/factories/programme';

type Fixture = { dayId: string; roomId: string; speakerId: string; sessionId: string };
const fixtures = new Map<string, Promise<Fixture>>();

/** A day, a room, a speaker and a session in A's event, created once per scene. */
function programmeOf({ db, eventA }: Scene): Promise<Fixture> {
  let fixture = fixtures.get(eventA.id);
  if (!fixture) {
    fixture = (async () => {
      const day = await createDay(db, { eventId: eventA.id, date: '2027-02-11' });
      const room = await createRoom(db, { eventId: eventA.id, name: 'Salle A' });
      const speaker = await createSpeaker(db, { eventId: eventA.id, name: 'Awa A' });
      const session = await createSession(db, { eventId: eventA.id, day, roomId: room.id, title: 'Séance A', speakerIds: [speaker.id] });
      return { dayId: day.id, roomId: room.id, speakerId: speaker.id, sessionId: session.id };
    })();
    fixtures.set(eventA.id, fixture);
  }
  return fixture;
}

/** Every programme write bumps programmeVersion first: still 1 means nothing was written. */
async function untouched(scene: Scene) {
  const { db, eventA } = scene;
  const event = await db.event.findUniqueOrThrow({ where: { id: eventA.id }, select: { programmeVersion: true, status: true } });
  if (event.programmeVersion !== 1 || event.status !== 'DRAFT') throw new Error(`A’s programme changed: ${JSON.stringify(event)}`);
  const f = await programmeOf(scene);
  const session = await db.session.findUniqueOrThrow({ where: { id: f.sessionId }, select: { title: true, status: true, version: true } });
  if (session.title !== 'Séance A' || session.status !== 'PLANNED' || session.version !== 1) throw new Error('A’s session changed');
  if ((await db.room.count({ where: { eventId: eventA.id } })) !== 1) throw new Error('A’s rooms changed');
  if ((await db.speaker.count({ where: { eventId: eventA.id } })) !== 1) throw new Error('A’s speakers changed');
  if ((await db.eventDay.count({ where: { eventId: eventA.id } })) !== 1) throw new Error('A’s days changed');
  if ((await db.openAgendaPush.count({ where: { eventId: eventA.id } })) !== 0) throw new Error('A’s event was queued for OpenAgenda');
}

const day = { date: '2027-02-12', startTime: '09:00', endTime: '17:00' };
const room = { name: 'Salle pirate', capacity: 10, equipment: '' };
const speaker = { name: 'Pirate', role: '', organisation: '', scope: 'LOCAL', gender: '', email: '', phone: '' } as const;
const session = (f: Fixture) => ({
  title: 'Séance pirate',
  formatChoice: 'atelier' as const,
  customFormat: '',
  description: '',
  dayId: f.dayId,
  startTime: '14:00',
  endTime: '15:00',
  roomId: f.roomId,
  capacity: 10,
  access: 'ACCES_LIBRE' as const,
  allRooms: false,
  speakerIds: [f.speakerId],
  hostIds: [],
});

function entry(
  name: string,
  attempt: (scene: Scene, f: Fixture) => Promise<{ ok: boolean } | Response>,
  permission: Permission = 'event.edit',
): RegistryEntry {
  return {
    expect: refusals.event(permission),
    kind: name.endsWith('route.ts') ? 'route' : 'action',
    name,
    attempt: async (scene) => attempt(scene, await programmeOf(scene)),
    unchanged: untouched,
  };
}

export const programmeEntries: RegistryEntry[] = [
  entry('createDayAction', ({ eventA }) => createDayAction({ eventId: eventA.id, ...day })),
  entry('updateDayAction', ({ eventA }, f) => updateDayAction({ eventId: eventA.id, dayId: f.dayId, ...day })),
  entry('deleteDayAction', ({ eventA }, f) => deleteDayAction({ eventId: eventA.id, dayId: f.dayId })),
  entry('createRoomAction', ({ eventA }) => createRoomAction({ eventId: eventA.id, ...room })),
  entry('updateRoomAction', ({ eventA }, f) => updateRoomAction({ eventId: eventA.id, roomId: f.roomId, ...room })),
  entry('deleteRoomAction', ({ eventA }, f) => deleteRoomAction({ eventId: eventA.id, roomId: f.roomId })),
  entry('createSpeakerAction', ({ eventA }) => createSpeakerAction({ eventId: eventA.id, ...speaker })),
  entry('updateSpeakerAction', ({ eventA }, f) => updateSpeakerAction({ eventId: eventA.id, speakerId: f.speakerId, ...speaker })),
  entry('deleteSpeakerAction', ({ eventA }, f) => deleteSpeakerAction({ eventId: eventA.id, speakerId: f.speakerId })),
  entry('createSessionAction', ({ eventA }, f) => createSessionAction({ eventId: eventA.id, ...session(f) })),
  entry('updateSessionAction', ({ eventA }, f) =>
    updateSessionAction({ eventId: eventA.id, sessionId: f.sessionId, version: 1, ...session(f) }),
  ),
  entry('cancelSessionAction', ({ eventA }, f) => cancelSessionAction({ eventId: eventA.id, sessionId: f.sessionId, reason: 'Pirate' })),
  entry('restoreSessionAction', ({ eventA }, f) => restoreSessionAction({ eventId: eventA.id, sessionId: f.sessionId })),
  entry('deleteSessionAction', ({ eventA }, f) => deleteSessionAction({ eventId: eventA.id, sessionId: f.sessionId })),
  entry('publishEventAction', ({ eventA }) => publishEventAction({ eventId: eventA.id }), 'event.publish'),
  entry('unpublishEventAction', ({ eventA }) => unpublishEventAction({ eventId: eventA.id }), 'event.publish'),
  entry('markEventDoneAction', ({ eventA }) => markEventDoneAction({ eventId: eventA.id }), 'event.publish'),
  entry('pushToOpenAgendaAction', ({ eventA }) => pushToOpenAgendaAction({ eventId: eventA.id })),
  entry('app/(app)/evenements/[id]/programme/pdf/route.ts', ({ eventA }) =>
      getProgrammePdf(new Request('http://localhost/evenements/x/programme/pdf'), { params: Promise.resolve({ id: eventA.id }) }),
    'event.read',
  ),
  entry('app/(app)/evenements/[id]/openagenda.json/route.ts', ({ eventA }) =>
      getOpenAgenda(new Request('http://localhost/evenements/x/openagenda.json'), { params: Promise.resolve({ id: eventA.id }) }),
    'event.read',
  ),
];
