// The shape of the authorization registry (tests/support/authorization-registry.ts): who tries, and
// what each caller kind must get back. Kept apart so that the registry's parts can import it.
import type { PrismaClient } from '@/prisma/generated/client';
import { can, type Permission } from '@/lib/domain/access/permissions';

export type Scene = {
  db: PrismaClient;
  orgA: { id: string };
  adminA: { id: string };
  eventA: { id: string; slug: string };
  diagnosticA: { id: string };
  outsider: { id: string; organisationId: string };
};

/**
 * Who tries, each claiming organisation A as their current one: nobody signed in; an admin of
 * another hub; an admin of a funder organisation (nothing shared with it); a MEMBER of A itself.
 */
export const CALLERS = ['signedOut', 'outsider', 'funder', 'member'] as const;
export type CallerKind = (typeof CALLERS)[number];

export type RefusalCode = 'unauthenticated' | 'forbidden' | 'not-found';
/** A refusal code, or why this caller may legitimately act (on their own organisation, or as a reader). */
export type Expectation = RefusalCode | { allowed: string };
export type Expectations = Record<CallerKind, Expectation>;

type Outcome = { ok: boolean; code?: string } | Response;

export type RegistryEntry =
  | { kind: 'action' | 'route'; name: string; public: string }
  | {
      kind: 'action' | 'route';
      name: string;
      /** Run once per caller kind, with valid input. */
      attempt: (scene: Scene) => Promise<Outcome>;
      /** What must hold afterwards: organisation A's data untouched. */
      unchanged?: (scene: Scene) => Promise<void>;
      expect: Expectations;
    };

/** A MEMBER of A is refused only what their role does not grant. */
function memberWith(permission: Permission | null): Expectation {
  return permission === null || can('MEMBER', permission)
    ? { allowed: `a MEMBER of A holds ${permission ?? 'membership'}` }
    : 'forbidden';
}

/** The usual expectations, by what the handler is reached through. */
export const refusals = {
  /** An event (or a task, a share… of it): strangers are never told it exists. */
  event: (permission: Permission): Expectations => ({
    signedOut: 'unauthenticated',
    outsider: 'not-found',
    funder: 'not-found',
    member: memberWith(permission),
  }),
  /** A diagnostic, reached through the organisation that made it. */
  diagnostic: (permission: Permission | null): Expectations => ({
    signedOut: 'unauthenticated',
    outsider: 'not-found',
    funder: 'not-found',
    member: memberWith(permission),
  }),
  /** A token is the credential: whoever calls, a made-up token is simply not found. */
  token: (): Expectations => ({ signedOut: 'not-found', outsider: 'not-found', funder: 'not-found', member: 'not-found' }),
};

