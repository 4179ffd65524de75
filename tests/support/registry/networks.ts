// Networks (issue 19.3): only a network's admins invite and write core questions, only an invited
// organisation's admins answer, only an event's owner coordinators put it in a cycle.
import { refusals, type RegistryEntry, type Scene } from './kinds';
import {
  answerNetworkInvitationAction,
  deleteCoreQuestionAction,
  inviteNetworkMemberAction,
  leaveNetworkAction,
  removeNetworkMemberAction,
  saveCoreQuestionAction,
  setCycleEventAction,
} from '@/lib/server/actions/networks';
import { GET as networkExport } from '@/app/(app)/reseau/export/route';
import { createOrganisation } from '@/tests/factories';

type Fixture = { networkId: string; coreId: string };
const fixtures = new Map<string, Promise<Fixture>>();
const CORE_LABEL = 'Question commune du réseau de A';

/** A network that invited A (still pending) and has one core question, created once per scene. */
function fixtureOf({ db, orgA, adminA }: Scene): Promise<Fixture> {
  let fixture = fixtures.get(orgA.id);
  if (!fixture) {
    fixture = (async () => {
      const network = await createOrganisation(db, { kind: 'RESEAU', name: 'Réseau de A' });
      await db.networkMembership.create({ data: { networkId: network.id, memberOrganisationId: orgA.id, invitedById: adminA.id } });
      const core = await db.coreQuestion.create({ data: { networkId: network.id, kind: 'scale', label: CORE_LABEL, position: 1 } });
      return { networkId: network.id, coreId: core.id };
    })();
    fixtures.set(orgA.id, fixture);
  }
  return fixture;
}

async function networkUnchanged(scene: Scene) {
  const { networkId, coreId } = await fixtureOf(scene);
  const memberships = await scene.db.networkMembership.findMany({ where: { memberOrganisationId: scene.orgA.id }, select: { networkId: true, joinedAt: true } });
  if (memberships.length !== 1 || memberships[0]?.networkId !== networkId || memberships[0].joinedAt !== null) throw new Error('A’s networks changed');
  const core = await scene.db.coreQuestion.findUnique({ where: { id: coreId }, select: { label: true } });
  if (core?.label !== CORE_LABEL) throw new Error('the core question changed');
  if ((await scene.db.networkCycleEvent.count({ where: { eventId: scene.eventA.id } })) !== 0) throw new Error('A’s event put in a cycle');
}

/** The caller's current organisation must be a network: a hub's or a funder's admin is refused. */
const networkAdminOnly = { signedOut: 'unauthenticated', outsider: 'forbidden', funder: 'forbidden', member: 'forbidden' } as const;

export const networksEntries: RegistryEntry[] = [
  {
    kind: 'action',
    name: 'inviteNetworkMemberAction',
    attempt: ({ orgA }) => inviteNetworkMemberAction({ organisationId: orgA.id }),
    expect: networkAdminOnly,
    unchanged: networkUnchanged,
  },
  {
    kind: 'action',
    name: 'answerNetworkInvitationAction',
    attempt: async (scene) => answerNetworkInvitationAction({ networkId: (await fixtureOf(scene)).networkId, accept: true }),
    // The outsider's and the funder's own organisations were never invited; A's MEMBER is no admin.
    expect: { signedOut: 'unauthenticated', outsider: 'not-found', funder: 'not-found', member: 'forbidden' },
    unchanged: networkUnchanged,
  },
  {
    kind: 'action',
    name: 'setCycleEventAction',
    attempt: async (scene) => setCycleEventAction({ eventId: scene.eventA.id, networkId: (await fixtureOf(scene)).networkId, inCycle: true }),
    expect: refusals.event('event.publish'),
    unchanged: networkUnchanged,
  },
  {
    kind: 'action',
    name: 'saveCoreQuestionAction',
    attempt: async (scene) => saveCoreQuestionAction({ id: (await fixtureOf(scene)).coreId, kind: 'scale', label: 'Question pirate', options: '' }),
    expect: networkAdminOnly,
    unchanged: networkUnchanged,
  },
  {
    kind: 'action',
    name: 'deleteCoreQuestionAction',
    attempt: async (scene) => deleteCoreQuestionAction({ id: (await fixtureOf(scene)).coreId }),
    expect: networkAdminOnly,
    unchanged: networkUnchanged,
  },
  {
    kind: 'action',
    name: 'leaveNetworkAction',
    attempt: async (scene) => leaveNetworkAction({ networkId: (await fixtureOf(scene)).networkId }),
    // The outsider's and the funder's own organisations are in no network; A's MEMBER is no admin.
    expect: { signedOut: 'unauthenticated', outsider: 'not-found', funder: 'not-found', member: 'forbidden' },
    unchanged: networkUnchanged,
  },
  {
    kind: 'action',
    name: 'removeNetworkMemberAction',
    // Withdrawing A's pending invitation: only the network's own admins may.
    attempt: async (scene) => {
      await fixtureOf(scene);
      return removeNetworkMemberAction({ organisationId: scene.orgA.id });
    },
    expect: networkAdminOnly,
    unchanged: networkUnchanged,
  },
  {
    kind: 'route',
    name: 'app/(app)/reseau/export/route.ts',
    // As the page: only a network's members. A is a member organisation (invited) of the network, not the network.
    attempt: async (scene) => {
      await fixtureOf(scene);
      return networkExport(new Request('http://localhost/reseau/export?fichier=csv'));
    },
    expect: networkAdminOnly,
  },
];
