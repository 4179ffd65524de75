// Every server action and route handler, with how an outsider (a member of another organisation)
// tries to reach organisation A's data through it. The authorization test runs each attempt and
// fails when an action or route exists that is not listed here.
import type { PrismaClient } from '@/prisma/generated/client';
import { createInvitationAction, joinWithInvitationAction } from '@/lib/server/actions/invitations';
import { createOrganisationAction, switchOrganisationAction } from '@/lib/server/actions/organisations';

export type Scene = {
  db: PrismaClient;
  orgA: { id: string };
  adminA: { id: string };
  eventA: { id: string; slug: string };
  outsider: { id: string; organisationId: string };
};

type Outcome = { ok: boolean } | Response;

export type RegistryEntry =
  | { kind: 'action' | 'route'; name: string; public: string }
  | {
      kind: 'action' | 'route';
      name: string;
      /** Run as the outsider, who also claims organisation A as their current one. */
      attempt: (scene: Scene) => Promise<Outcome>;
      /** What must hold afterwards: organisation A's data untouched. */
      unchanged?: (scene: Scene) => Promise<void>;
      /** Some actions legitimately succeed for the outsider on their own organisation. */
      mayAct?: true;
    };

function expectZero(count: number, what: string) {
  if (count !== 0) throw new Error(`${what}: ${count}`);
}

export const registry: RegistryEntry[] = [
  { kind: 'action', name: 'signUpAction', public: 'creates a new account and organisation' },
  { kind: 'action', name: 'signInAction', public: 'sign-in form' },
  { kind: 'action', name: 'signOutAction', public: 'ends the caller’s own session' },
  { kind: 'action', name: 'acceptInvitationAction', public: 'the invitation token is the credential' },
  {
    kind: 'action',
    name: 'createInvitationAction',
    attempt: () => createInvitationAction({ role: 'ADMIN' }),
    mayAct: true,
    unchanged: async ({ db, orgA }) => expectZero(await db.invitation.count({ where: { organisationId: orgA.id } }), 'invitations to A'),
  },
  {
    kind: 'action',
    name: 'joinWithInvitationAction',
    attempt: () => joinWithInvitationAction({ token: 'x'.repeat(43) }),
    unchanged: async ({ db, orgA, outsider }) =>
      expectZero(await db.membership.count({ where: { organisationId: orgA.id, userId: outsider.id } }), 'outsider in A'),
  },
  {
    kind: 'action',
    name: 'switchOrganisationAction',
    attempt: ({ orgA }) => switchOrganisationAction({ organisationId: orgA.id }),
  },
  {
    kind: 'action',
    name: 'createOrganisationAction',
    attempt: () => createOrganisationAction({ organisationName: 'Structure B2', organisationKind: 'AUTRE', siret: '' }),
    mayAct: true,
    unchanged: async ({ db, orgA }) => {
      if ((await db.membership.count({ where: { organisationId: orgA.id } })) !== 1) throw new Error('A’s members changed');
    },
  },
  { kind: 'route', name: 'app/api/health/route.ts', public: 'health check for load balancers, no data' },
  { kind: 'route', name: 'app/api/auth/[...nextauth]/route.ts', public: 'Auth.js endpoints' },
];
