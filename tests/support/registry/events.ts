// The event record's actions (issue 4), tried by an outsider who claims organisation A as theirs.
import { refusals, type RegistryEntry, type Scene } from './kinds';
import { duplicateEventAction } from '@/lib/server/actions/event-duplicate';
import { answerCoOrganiserInvitationAction, linkOutsideCoOrganiserAction } from '@/lib/server/actions/co-organisers';
import { createEventAction, updateEventAction } from '@/lib/server/actions/events';
import { createEvent } from '@/tests/factories';
import { buildEventInput } from '@/tests/factories/events';

const PIRATE = 'Événement pirate (registre)';

async function expectNoPirateEvent({ db }: Scene) {
  const count = await db.event.count({ where: { title: { startsWith: PIRATE } } });
  if (count !== 0) throw new Error(`pirate events: ${count}`);
}

export const eventsEntries: RegistryEntry[] = [
  {
    kind: 'action',
    name: 'createEventAction',
    // The event always lands in the caller's own organisation, whatever organisation they claim.
    attempt: () => createEventAction(buildEventInput({ title: 'Événement de la structure B (registre)' })),
    expect: { signedOut: 'unauthenticated', outsider: { allowed: 'creates in their own organisation' }, funder: 'forbidden', member: 'forbidden' },
    unchanged: async ({ db, orgA }) => {
      const count = await db.event.count({ where: { ownerOrganisationId: orgA.id } });
      if (count !== 1) throw new Error(`A’s events changed: ${count}`);
    },
  },
  {
    kind: 'action',
    name: 'updateEventAction',
    attempt: ({ eventA }) => updateEventAction({ ...buildEventInput({ title: PIRATE }), eventId: eventA.id }),
    expect: refusals.event('event.edit'),
    unchanged: expectNoPirateEvent,
  },
  {
    kind: 'action',
    name: 'duplicateEventAction',
    attempt: ({ eventA }) => duplicateEventAction({ ...buildEventInput({ title: PIRATE }), sourceEventId: eventA.id }),
    // Creating needs event.create in the current organisation (checked first), then reading the source.
    expect: { signedOut: 'unauthenticated', outsider: 'not-found', funder: 'forbidden', member: 'forbidden' },
    unchanged: expectNoPirateEvent,
  },
  {
    kind: 'action',
    name: 'answerCoOrganiserInvitationAction',
    // The outsider names A co-organiser of their own event, then tries to accept in A's name.
    attempt: async ({ db, orgA, outsider }) => {
      const event = await createEvent(db, { ownerOrganisationId: outsider.organisationId, title: 'Invitation forcée (registre)' });
      await db.eventCoOrganiser.create({ data: { eventId: event.id, organisationId: orgA.id } });
      return answerCoOrganiserInvitationAction({ eventId: event.id, organisationId: orgA.id, accept: true });
    },
    // Answering is for A's admins and coordinators: strangers and A's MEMBER are refused.
    expect: { signedOut: 'unauthenticated', outsider: 'forbidden', funder: 'forbidden', member: 'forbidden' },
    unchanged: async ({ db, orgA }) => {
      const accepted = await db.eventCoOrganiser.count({ where: { organisationId: orgA.id, status: 'ACCEPTED', event: { title: 'Invitation forcée (registre)' } } });
      if (accepted !== 0) throw new Error(`invitations accepted for A: ${accepted}`);
    },
  },
  {
    kind: 'action',
    name: 'linkOutsideCoOrganiserAction',
    // A's event names a co-organiser not on Trame with the outsider's name: linking it is for A's editors.
    attempt: async ({ db, eventA, outsider }) => {
      const organisation = await db.organisation.findUniqueOrThrow({ where: { id: outsider.organisationId }, select: { name: true } });
      const outside = await db.outsideCoOrganiser.create({ data: { eventId: eventA.id, name: organisation.name }, select: { id: true } });
      return linkOutsideCoOrganiserAction({ eventId: eventA.id, outsideId: outside.id, organisationId: outsider.organisationId });
    },
    expect: refusals.event('event.edit'),
    unchanged: async ({ db, eventA }) => {
      const linked = await db.eventCoOrganiser.count({ where: { eventId: eventA.id } });
      if (linked !== 0) throw new Error(`A’s co-organisers changed: ${linked}`);
    },
  },
];
