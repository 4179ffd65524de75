// Check-in, import, export and personal data of participants, tried by an outsider on A's event.
import { refusals, type RegistryEntry, type Scene } from './kinds';
import { checkInVersionAction, recordCheckInTapsAction, setAttendanceAction, setSessionAttendanceAction } from '@/lib/server/actions/checkin';
import {
  addWalkInAction,
  anonymiseExpiredParticipantsAction,
  eraseParticipantAction,
  updateRetentionAction,
} from '@/lib/server/actions/participants';
import {
  addParticipantAction,
  cancelParticipantAction,
  promoteParticipantAction,
  reinstateParticipantAction,
  resendConfirmationAction,
  updateParticipantAction,
} from '@/lib/server/actions/participant-record';
import { confirmRegistrationImportAction, previewRegistrationImportAction } from '@/lib/server/actions/registration-import';
import { emptyMapping } from '@/lib/domain/registrations/import-columns';
import { POST as postImportPreview } from '@/app/(app)/evenements/[id]/participants/import/apercu/route';
import { POST as postImportConfirm } from '@/app/(app)/evenements/[id]/participants/import/confirmer/route';
import { GET as getParticipantExport } from '@/app/(app)/evenements/[id]/participants/export/route';
import {
  createCheckInLinkAction,
  recordVolunteerTapsAction,
  revokeCheckInLinkAction,
  unlockCheckInLinkAction,
  volunteerCheckInVersionAction,
} from '@/lib/server/actions/checkin-links';
import { createRegistrationSession } from '@/tests/factories/registrations';
import { createParticipant } from '@/tests/factories/participants';

type Fixture = { registrationId: string; sessionRegistrationId: string };
const fixtures = new Map<string, Promise<Fixture>>();
const NAME = 'Personne de A';

/** One participant of A's event, registered to one session on pre-registration, created once per scene. */
function participantOf({ db, eventA }: Scene): Promise<Fixture> {
  let fixture = fixtures.get(eventA.id);
  if (!fixture) {
    fixture = (async () => {
      const registration = await createParticipant(db, { eventId: eventA.id, name: NAME, email: 'personne-a@exemple.fr' });
      const session = await createRegistrationSession(db, { eventId: eventA.id, title: 'Atelier de A' });
      const entry = await db.sessionRegistration.create({ data: { sessionId: session.id, registrationId: registration.id, status: 'CONFIRMED' } });
      return { registrationId: registration.id, sessionRegistrationId: entry.id };
    })();
    fixtures.set(eventA.id, fixture);
  }
  return fixture;
}

async function untouched(scene: Scene) {
  const { db, eventA } = scene;
  const { registrationId, sessionRegistrationId } = await participantOf(scene);
  const person = await db.registration.findUniqueOrThrow({ where: { id: registrationId }, select: { name: true, anonymisedAt: true } });
  if (person.name !== NAME || person.anonymisedAt) throw new Error('A’s participant changed');
  if ((await db.attendance.count({ where: { registration: { eventId: eventA.id } } })) !== 0) throw new Error('attendance written in A');
  const entry = await db.sessionRegistration.findUniqueOrThrow({ where: { id: sessionRegistrationId }, select: { attended: true } });
  if (entry.attended !== null) throw new Error('A’s session attendance changed');
  const others = await db.registration.count({ where: { eventId: eventA.id, name: { not: NAME } } });
  if (others !== 0) throw new Error(`registrations added to A: ${others}`);
  const event = await db.event.findUniqueOrThrow({ where: { id: eventA.id }, select: { retentionMonths: true } });
  if (event.retentionMonths !== 12) throw new Error('A’s retention changed');
}

const CSV = new TextEncoder().encode('Nom;E-mail\nPirate;pirate@exemple.fr\n');
const file = { name: 'pirate.csv', bytes: CSV };
const mapping = { ...emptyMapping(), lastName: 0, email: 1 };

function upload(eventId: string, step: 'apercu' | 'confirmer') {
  const form = new FormData();
  form.set('source', 'generique');
  form.set('mapping', JSON.stringify(mapping));
  form.set('file', new File([CSV], 'pirate.csv', { type: 'text/csv' }));
  return new Request(`http://localhost/evenements/${eventId}/participants/import/${step}`, { method: 'POST', body: form, headers: { origin: 'http://localhost' } });
}

const params = (scene: Scene) => ({ params: Promise.resolve({ id: scene.eventA.id }) });

export const participantsEntries: RegistryEntry[] = [
  {
    kind: 'action',
    name: 'setAttendanceAction',
    expect: refusals.event('event.edit'),
    attempt: async (scene) => {
      const { registrationId } = await participantOf(scene);
      return setAttendanceAction({ eventId: scene.eventA.id, registrationId, date: '2027-02-11', status: 'PRESENT' });
    },
    unchanged: untouched,
  },
  {
    kind: 'action',
    name: 'recordCheckInTapsAction',
    expect: refusals.event('event.edit'),
    attempt: async (scene) => {
      const { registrationId } = await participantOf(scene);
      const tap = { tapId: '0b6d3a8e-1c2f-4e5a-9b7c-3d4e5f6a7b8c', date: '2027-02-11', tappedAt: new Date().toISOString(), status: 'PRESENT' as const };
      return recordCheckInTapsAction({ eventId: scene.eventA.id, taps: [{ ...tap, registrationId }] });
    },
    unchanged: untouched,
  },
  {
    kind: 'action',
    name: 'createCheckInLinkAction',
    expect: refusals.event('event.edit'),
    attempt: ({ eventA }) => createCheckInLinkAction({ eventId: eventA.id, label: 'Pirate', hours: 72 }),
    unchanged: async ({ db, eventA }) => {
      if ((await db.checkInLink.count({ where: { eventId: eventA.id } })) !== 0) throw new Error('check-in link created in A');
    },
  },
  {
    kind: 'action',
    name: 'revokeCheckInLinkAction',
    expect: refusals.event('event.edit'),
    attempt: ({ eventA }) => revokeCheckInLinkAction({ eventId: eventA.id, linkId: '0b6d3a8e-1c2f-4e5a-9b7c-3d4e5f6a7b8c' }),
  },
  {
    kind: 'action',
    name: 'unlockCheckInLinkAction',
    // The link's secret and PIN are the credential: a made-up link is not found, whoever asks.
    expect: refusals.token(),
    attempt: () => unlockCheckInLinkAction({ secret: 'x'.repeat(43), pin: '123456' }),
  },
  {
    kind: 'action',
    name: 'recordVolunteerTapsAction',
    // A live link unlocked by its PIN is the credential, and it reaches its own event only.
    expect: refusals.token(),
    attempt: async (scene) => {
      const { registrationId } = await participantOf(scene);
      const tap = { tapId: '0b6d3a8e-1c2f-4e5a-9b7c-3d4e5f6a7b8d', date: '2027-02-11', tappedAt: new Date().toISOString(), status: 'PRESENT' as const, registrationId };
      return recordVolunteerTapsAction({ secret: 'x'.repeat(43), proof: 'y'.repeat(43), eventId: scene.eventA.id, taps: [tap] });
    },
    unchanged: untouched,
  },
  {
    kind: 'action',
    name: 'checkInVersionAction',
    // Read only, but it tells whether A's list moves: same permission as the taps.
    expect: refusals.event('event.edit'),
    attempt: ({ eventA }) => checkInVersionAction({ eventId: eventA.id, day: '2027-02-11' }),
  },
  {
    kind: 'action',
    name: 'volunteerCheckInVersionAction',
    // The same credential as a volunteer's taps: a live link unlocked by its PIN, for its own event.
    expect: refusals.token(),
    attempt: ({ eventA }) => volunteerCheckInVersionAction({ secret: 'x'.repeat(43), proof: 'y'.repeat(43), eventId: eventA.id, day: '2027-02-11' }),
  },
  {
    kind: 'action',
    name: 'setSessionAttendanceAction',
    expect: refusals.event('event.edit'),
    attempt: async (scene) => {
      const { sessionRegistrationId } = await participantOf(scene);
      return setSessionAttendanceAction({ eventId: scene.eventA.id, sessionRegistrationId, attended: true });
    },
    unchanged: untouched,
  },
  {
    kind: 'action',
    name: 'addWalkInAction',
    expect: refusals.event('event.edit'),
    attempt: ({ eventA }) =>
      addWalkInAction({ eventId: eventA.id, date: '2027-02-11', name: 'Pirate', category: 'AUTRE', email: '', organisation: '' }),
    unchanged: untouched,
  },
  {
    kind: 'action',
    name: 'eraseParticipantAction',
    expect: refusals.event('event.edit'),
    attempt: async (scene) => eraseParticipantAction({ eventId: scene.eventA.id, registrationId: (await participantOf(scene)).registrationId }),
    unchanged: untouched,
  },
  {
    kind: 'action',
    name: 'addParticipantAction',
    expect: refusals.event('event.edit'),
    attempt: ({ eventA }) =>
      addParticipantAction({
        eventId: eventA.id,
        name: 'Pirate',
        email: 'pirate@exemple.fr',
        organisation: '',
        category: 'AUTRE',
        isSpeaker: false,
        accessibilityNeeds: '',
        sessionIds: [],
        notify: false,
        overCapacity: true,
      }),
    unchanged: untouched,
  },
  {
    kind: 'action',
    name: 'updateParticipantAction',
    expect: refusals.event('event.edit'),
    attempt: async (scene) =>
      updateParticipantAction({
        eventId: scene.eventA.id,
        registrationId: (await participantOf(scene)).registrationId,
        name: 'Pirate',
        email: 'personne-a@exemple.fr',
        organisation: '',
        category: 'AUTRE',
        isSpeaker: false,
        accessibilityNeeds: '',
        sessionIds: [],
      }),
    unchanged: untouched,
  },
  {
    kind: 'action',
    name: 'cancelParticipantAction',
    expect: refusals.event('event.edit'),
    attempt: async (scene) =>
      cancelParticipantAction({ eventId: scene.eventA.id, registrationId: (await participantOf(scene)).registrationId, notify: false }),
    unchanged: async (scene) => {
      await untouched(scene);
      const { registrationId } = await participantOf(scene);
      const person = await scene.db.registration.findUniqueOrThrow({ where: { id: registrationId }, select: { status: true } });
      if (person.status === 'CANCELLED') throw new Error('A’s participant cancelled');
    },
  },
  ...(
    [
      ['resendConfirmationAction', resendConfirmationAction],
      ['reinstateParticipantAction', reinstateParticipantAction],
      ['promoteParticipantAction', promoteParticipantAction],
    ] as const
  ).map(
    ([name, action]): RegistryEntry => ({
      kind: 'action',
      name,
      expect: refusals.event('event.edit'),
      attempt: async (scene) => action({ eventId: scene.eventA.id, registrationId: (await participantOf(scene)).registrationId }),
      unchanged: async (scene) => {
        await untouched(scene);
        const { registrationId } = await participantOf(scene);
        const person = await scene.db.registration.findUniqueOrThrow({ where: { id: registrationId }, select: { status: true, resentTokenHash: true } });
        if (person.status !== 'CONFIRMED' || person.resentTokenHash !== null) throw new Error('A’s participant changed');
        if ((await scene.db.registrationChange.count({ where: { registrationId } })) !== 0) throw new Error('history written in A');
      },
    }),
  ),
  {
    kind: 'action',
    name: 'updateRetentionAction',
    expect: refusals.event('event.edit'),
    attempt: ({ eventA }) => updateRetentionAction({ eventId: eventA.id, retentionMonths: 1 }),
    unchanged: untouched,
  },
  {
    kind: 'action',
    name: 'anonymiseExpiredParticipantsAction',
    expect: refusals.event('event.edit'),
    attempt: ({ eventA }) => anonymiseExpiredParticipantsAction({ eventId: eventA.id }),
    unchanged: untouched,
  },
  {
    kind: 'action',
    name: 'previewRegistrationImportAction',
    expect: refusals.event('event.edit'),
    attempt: ({ eventA }) => previewRegistrationImportAction({ eventId: eventA.id, source: 'generique', file, mapping }),
  },
  {
    kind: 'action',
    name: 'confirmRegistrationImportAction',
    expect: refusals.event('event.edit'),
    attempt: ({ eventA }) => confirmRegistrationImportAction({ eventId: eventA.id, source: 'generique', file, mapping }),
    unchanged: untouched,
  },
  {
    kind: 'route',
    name: 'app/(app)/evenements/[id]/participants/import/apercu/route.ts',
    expect: refusals.event('event.edit'),
    attempt: (scene) => postImportPreview(upload(scene.eventA.id, 'apercu'), params(scene)),
  },
  {
    kind: 'route',
    name: 'app/(app)/evenements/[id]/participants/import/confirmer/route.ts',
    expect: refusals.event('event.edit'),
    attempt: (scene) => postImportConfirm(upload(scene.eventA.id, 'confirmer'), params(scene)),
    unchanged: untouched,
  },
  {
    kind: 'route',
    name: 'app/(app)/evenements/[id]/participants/export/route.ts',
    expect: refusals.event('event.read'),
    attempt: (scene) => getParticipantExport(new Request(`http://localhost/evenements/${scene.eventA.id}/participants/export?format=csv`), params(scene)),
  },
];
