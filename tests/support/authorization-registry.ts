// Every server action and route handler, with how each kind of caller tries to reach organisation A's
// data through it and the refusal CODE each must get (tests/integration/authorization.test.ts). The
// attempts send valid input, so a validation error can never pass for a refusal; the test fails
// when an action or route exists that is not listed here, or is listed without a refusal.
import { refusals, type RegistryEntry } from './registry/kinds';
import { createInvitationAction, joinWithInvitationAction } from '@/lib/server/actions/invitations';
import { createOrganisationAction, removeMemberAction, switchOrganisationAction } from '@/lib/server/actions/organisations';
import {
  createEventFromDiagnosticAction,
  overrideDiagnosticLevelAction,
  saveDiagnosticAction,
} from '@/lib/server/actions/diagnostics';
import { GET as getDiagnosticPdf } from '@/app/(app)/diagnostic/[id]/pdf/route';
import { GET as searchTerritories } from '@/app/api/territoires/route';
import { programmeEntries } from './registry/programme';
import { publicEntries } from './registry/public';
import { tasksEntries } from './registry/tasks';
import { budgetEntries } from './registry/budget';
import { participantsEntries } from './registry/participants';
import { eventsEntries } from './registry/events';
import { registrationsEntries } from './registry/registrations';
import { logosEntries } from './registry/logos';
import { attendanceSheetsEntries } from './registry/attendance-sheets';
import { questionnaireEntries } from './registry/questionnaire';
import { bilanSharingEntries } from './registry/bilan-sharing';
import { bilanEntries } from './registry/bilan';
import { messagesEntries } from './registry/messages';
import { attestationsEntries } from './registry/attestations';
import { speakersEntries } from './registry/speakers';
import { webhooksEntries } from './registry/webhooks';
import { networksEntries } from './registry/networks';

export { CALLERS, refusals, type CallerKind, type Expectation, type Expectations, type RefusalCode, type RegistryEntry, type Scene } from './registry/kinds';

function expectZero(count: number, what: string) {
  if (count !== 0) throw new Error(`${what}: ${count}`);
}

const ownOrganisation = 'acts on their own current organisation, never on A';

export const registry: RegistryEntry[] = [
  ...tasksEntries,
  ...programmeEntries,
  ...publicEntries,
  ...budgetEntries,
  ...participantsEntries,
  ...eventsEntries,
  ...registrationsEntries,
  ...logosEntries,
  ...attendanceSheetsEntries,
  ...questionnaireEntries,
  ...bilanSharingEntries,
  ...bilanEntries,
  ...messagesEntries,
  ...attestationsEntries,
  ...speakersEntries,
  ...webhooksEntries,
  ...networksEntries,
  { kind: 'action', name: 'signUpAction', public: 'creates a new account and organisation' },
  { kind: 'action', name: 'signInAction', public: 'the sign-in form: no account yet, failed attempts rate-limited' },
  { kind: 'action', name: 'signOutAction', public: 'ends the caller’s own session' },
  { kind: 'action', name: 'acceptInvitationAction', public: 'the invitation token is the credential' },
  { kind: 'action', name: 'signOutEverywhereAction', public: 'revokes the caller’s own sessions only' },
  { kind: 'action', name: 'changePasswordAction', public: 'changes the caller’s own password, the current one required' },
  { kind: 'action', name: 'requestPasswordResetAction', public: 'e-mails a link to the address’s owner, same answer for any address' },
  { kind: 'action', name: 'resetPasswordAction', public: 'the e-mailed single-use token is the credential' },
  { kind: 'action', name: 'confirmAddressAction', public: 'the e-mailed single-use token is the credential' },
  {
    kind: 'action',
    name: 'removeMemberAction',
    attempt: ({ adminA }) => removeMemberAction({ userId: adminA.id }),
    // Acts on the caller's own current organisation, where A's admin is no member.
    expect: { signedOut: 'unauthenticated', outsider: 'not-found', funder: 'not-found', member: 'forbidden' },
    unchanged: async ({ db, orgA, adminA }) => {
      if ((await db.membership.count({ where: { organisationId: orgA.id, userId: adminA.id } })) !== 1) throw new Error('A’s admin removed');
    },
  },
  {
    kind: 'action',
    name: 'createInvitationAction',
    attempt: () => createInvitationAction({ role: 'ADMIN' }),
    // A funder's admin manages their own organisation's members too.
    expect: { signedOut: 'unauthenticated', outsider: { allowed: ownOrganisation }, funder: { allowed: ownOrganisation }, member: 'forbidden' },
    unchanged: async ({ db, orgA }) => expectZero(await db.invitation.count({ where: { organisationId: orgA.id } }), 'invitations to A'),
  },
  {
    kind: 'action',
    name: 'joinWithInvitationAction',
    attempt: () => joinWithInvitationAction({ token: 'x'.repeat(43) }),
    // Any signed-in person may join through a live link: a made-up one is not found.
    expect: { signedOut: 'unauthenticated', outsider: 'not-found', funder: 'not-found', member: 'not-found' },
    unchanged: async ({ db, orgA, outsider }) =>
      expectZero(await db.membership.count({ where: { organisationId: orgA.id, userId: outsider.id } }), 'outsider in A'),
  },
  {
    kind: 'action',
    name: 'switchOrganisationAction',
    attempt: ({ orgA }) => switchOrganisationAction({ organisationId: orgA.id }),
    expect: { signedOut: 'unauthenticated', outsider: 'forbidden', funder: 'forbidden', member: { allowed: 'a member of A may work in A' } },
  },
  {
    kind: 'action',
    name: 'createOrganisationAction',
    attempt: () => createOrganisationAction({ organisationName: 'Structure B2', organisationKind: 'AUTRE', siret: '' }),
    expect: {
      signedOut: 'unauthenticated',
      outsider: { allowed: 'creates a new organisation of their own' },
      funder: { allowed: 'creates a new organisation of their own' },
      member: { allowed: 'creates a new organisation of their own' },
    },
    unchanged: async ({ db, orgA }) => {
      // Two: A's admin and the MEMBER caller of the registry.
      if ((await db.membership.count({ where: { organisationId: orgA.id } })) !== 2) throw new Error('A’s members changed');
    },
  },
  {
    kind: 'action',
    name: 'saveDiagnosticAction',
    // Saving always lands in the caller's own organisation, whatever organisation they claim.
    attempt: () => saveDiagnosticAction({ territory: { level: 'DEPARTEMENT', code: '13' }, ecosystem: 3, events: 3, engagement: 3 }),
    expect: { signedOut: 'unauthenticated', outsider: { allowed: ownOrganisation }, funder: 'forbidden', member: 'forbidden' },
    unchanged: async ({ db, orgA }) => {
      if ((await db.diagnostic.count({ where: { organisationId: orgA.id } })) !== 1) throw new Error('A’s diagnostics changed');
    },
  },
  {
    kind: 'action',
    name: 'overrideDiagnosticLevelAction',
    attempt: ({ diagnosticA }) =>
      overrideDiagnosticLevelAction({ diagnosticId: diagnosticA.id, level: 3, reason: 'Une raison assez longue pour passer.' }),
    expect: refusals.diagnostic('diagnostic.write'),
    unchanged: async ({ db, diagnosticA }) =>
      expectZero(await db.diagnostic.count({ where: { id: diagnosticA.id, chosenLevel: { not: null } } }), 'A’s diagnostic overridden'),
  },
  {
    kind: 'action',
    name: 'createEventFromDiagnosticAction',
    attempt: ({ diagnosticA }) =>
      createEventFromDiagnosticAction({ diagnosticId: diagnosticA.id, title: 'Événement pirate', startDate: '2027-03-01' }),
    expect: refusals.diagnostic('event.create'),
    unchanged: async ({ db, diagnosticA }) =>
      expectZero(await db.event.count({ where: { diagnosticId: diagnosticA.id } }), 'events from A’s diagnostic'),
  },
  {
    kind: 'route',
    name: 'app/(app)/diagnostic/[id]/pdf/route.ts',
    attempt: ({ diagnosticA }) =>
      getDiagnosticPdf(new Request('http://localhost/diagnostic/x/pdf'), { params: Promise.resolve({ id: diagnosticA.id }) }),
    expect: refusals.diagnostic(null),
  },
  {
    kind: 'route',
    name: 'app/api/territoires/route.ts',
    // Any signed-in person may search the official referential: public reference data, no organisation's.
    attempt: () => searchTerritories(new Request('http://localhost/api/territoires?q=marseille')),
    expect: {
      signedOut: 'unauthenticated',
      outsider: { allowed: 'public reference data' },
      funder: { allowed: 'public reference data' },
      member: { allowed: 'public reference data' },
    },
  },
  { kind: 'route', name: 'app/api/health/route.ts', public: 'health check for load balancers, no data' },
  { kind: 'route', name: 'app/api/auth/[...nextauth]/route.ts', public: 'Auth.js endpoints' },
];
