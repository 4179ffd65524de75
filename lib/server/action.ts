import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import type { Permission } from '@/lib/domain/access/permissions';
import {
  diagnosticAccess,
  eventAccess,
  getViewer,
  organisationAccess,
  type EventRef,
  type MembershipView,
  type Viewer,
} from '@/lib/server/authz';
import { db, type Tx } from '@/lib/server/db';
import { SafeError, unauthenticated } from '@/lib/server/errors';
import { revalidate } from '@/lib/server/revalidate';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '@/lib/server/database-unavailable';

/*
 * The mutation path. Every server action is one of these wrappers, which resolves the context once
 * and hands it to the handler, so that authorization cannot be forgotten:
 *
 *   viewer (cached per request) → parse the input → permission on the organisation, event or
 *   diagnostic named by the input (404 when not visible, 403 when visible but not allowed, 401
 *   when signed out) → transaction → handler → revalidate what the handler declared → result,
 *   or a French message with a typed code.
 *
 * Files under lib/server/actions never call require* nor open a transaction themselves
 * (tests/unit/mutation-path.test.ts).
 */

export type FieldErrors = Record<string, string[] | undefined>;
export type ErrorCode = SafeError['code'];
export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: string; code?: ErrorCode; fieldErrors?: FieldErrors };

/** A refusal tied to one field, for rules only the server can check (a duplicate e-mail…). */
export class FieldError extends SafeError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message, 'invalid');
  }
}

const GENERIC = 'Une erreur inattendue est survenue. Réessayez ; si elle persiste, contactez l’équipe Trame.';
const INVALID = 'Certains champs sont à corriger.';

export { revalidate } from '@/lib/server/revalidate';

/** What a handler asks to refresh once its writes are committed. */
export type Revalidate = (path: string, type?: 'layout' | 'page') => void;

type TransactionSettings = { timeout?: number; maxWait?: number };

/**
 * Prisma's default (5 s) is tight once a handler's first reads (the territory referential, a file to
 * decode) run inside the transaction on a loaded machine; a handler may still ask for more.
 */
const DEFAULT_TRANSACTION: TransactionSettings = { timeout: 15_000, maxWait: 5_000 };

export type ActionOptions = {
  /**
   * Default: the handler runs in one transaction (`tx`), committed before anything is revalidated.
   * `false` hands the pool client instead, each statement committing on its own: only for handlers
   * that send mail, run their own locked transaction, or write something that must survive a later
   * failure (a rate-limit count). Say why beside each use.
   */
  transaction?: TransactionSettings | false;
};

/** Runs `work` atomically: in the wrapper's transaction, or in a new one when the handler opted out. */
export type Atomic = <T>(work: (tx: Tx) => Promise<T>, settings?: TransactionSettings) => Promise<T>;

type Base<I> = {
  input: I;
  /** The transaction (or, with `transaction: false`, the pool client). */
  tx: Tx;
  /**
   * With `transaction: false`, the part of the handler that must be atomic (an account and its
   * membership, after the rate limit and before the session starts). Inside the wrapper's own
   * transaction it simply runs there.
   */
  transaction: Atomic;
  revalidate: Revalidate;
};

export type PublicContext<I> = Base<I>;
export type UserContext<I> = Base<I> & { viewer: Viewer };
export type OrganisationContext<I> = UserContext<I> & { membership: MembershipView };
export type EventContext<I> = OrganisationContext<I> & { event: EventRef };
export type DiagnosticContext<I> = OrganisationContext<I> & {
  diagnostic: Awaited<ReturnType<typeof diagnosticAccess>>['diagnostic'];
};

function failure(error: unknown): ActionResult<never> {
  unstable_rethrow(error);
  if (error instanceof FieldError) {
    return { ok: false, error: error.message, code: error.code, fieldErrors: { [error.field]: [error.message] } };
  }
  if (error instanceof SafeError) return { ok: false, error: error.message, code: error.code };
  if (isDatabaseUnavailable(error)) return { ok: false, error: DATABASE_UNAVAILABLE_MESSAGE, code: 'unavailable' };
  console.error(error);
  return { ok: false, error: GENERIC };
}

/** Runs `work` in a transaction (unless opted out), then revalidates what it declared. */
async function run<T>(options: ActionOptions, work: (tx: Tx, transaction: Atomic, revalidate: Revalidate) => Promise<T>): Promise<T> {
  const paths: Array<[string, 'layout' | 'page' | undefined]> = [];
  const declare: Revalidate = (path, type) => void paths.push([path, type]);
  const settings = options.transaction;
  const data =
    settings === false
      ? await work(db(), (atomic, own) => db().$transaction(atomic, own), declare)
      : await db().$transaction((tx) => work(tx, (atomic) => atomic(tx), declare), settings ?? DEFAULT_TRANSACTION);
  for (const [path, type] of paths) revalidate(path, type);
  return data;
}

/**
 * The skeleton of every wrapper: `authorize` turns the viewer and the parsed input into the
 * handler's context (throwing SafeErrors); everything else is shared. A wrapper that needs a
 * viewer refuses a signed-out caller before parsing, so that nothing about the input leaks.
 */
function wrap<S extends z.ZodType, C, T>(
  schema: S,
  authorize: ((viewer: Viewer, input: z.output<S>) => Promise<C>) | null,
  handler: (context: C & Base<z.output<S>>) => Promise<T>,
  options: ActionOptions = {},
) {
  return async (raw: z.input<S>): Promise<ActionResult<T>> => {
    try {
      const viewer = authorize ? await getViewer() : null;
      if (authorize && !viewer) throw unauthenticated();
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        return { ok: false, error: INVALID, code: 'invalid', fieldErrors: z.flattenError(parsed.error).fieldErrors as FieldErrors };
      }
      const input = parsed.data;
      const context = authorize && viewer ? await authorize(viewer, input) : ({} as C);
      return { ok: true, data: await run(options, (tx, transaction, revalidate) => handler({ ...context, input, tx, transaction, revalidate })) };
    } catch (error) {
      return failure(error);
    }
  };
}

/** No account needed (sign-up, public registration, a questionnaire's answer): say why at the call. */
export function publicAction<S extends z.ZodType, T>(
  schema: S,
  handler: (context: PublicContext<z.output<S>>) => Promise<T>,
  options?: ActionOptions,
) {
  return wrap(schema, null, handler, options);
}

/** Signed in, whatever the organisation (create an organisation, join one). */
export function userAction<S extends z.ZodType, T>(
  schema: S,
  handler: (context: UserContext<z.output<S>>) => Promise<T>,
  options?: ActionOptions,
) {
  return wrap(schema, async (viewer) => ({ viewer }), handler, options);
}

export type OrgActionOptions<I> = ActionOptions & {
  /** The organisation the input names, when the action is not about the caller's current one. */
  organisationOf?: (input: I) => string;
};

/**
 * On an organisation: the caller's current one, or the one `organisationOf` reads in the input.
 * `permission: null` asks for membership only.
 */
export function orgAction<S extends z.ZodType, T>(
  schema: S,
  permission: Permission | null,
  handler: (context: OrganisationContext<z.output<S>>) => Promise<T>,
  options: OrgActionOptions<z.output<S>> = {},
) {
  return wrap(
    schema,
    async (viewer, input) => {
      const organisationId = options.organisationOf ? options.organisationOf(input) : viewer.current.organisationId;
      return { viewer, membership: organisationAccess(viewer, organisationId, permission) };
    },
    handler,
    options,
  );
}

export type EventActionOptions<I> = ActionOptions & {
  /**
   * The event the input acts on, when it is not `input.eventId` (a task, a shared bilan…): throw
   * notFound when the thing itself does not exist.
   */
  eventOf?: (input: I) => Promise<string>;
};

/** On the event named by `input.eventId` (or found by `eventOf`), with `permission` there. */
export function eventAction<S extends z.ZodType, T>(
  schema: S,
  permission: Permission,
  handler: (context: EventContext<z.output<S>>) => Promise<T>,
  options: EventActionOptions<z.output<S>> = {},
) {
  return wrap(
    schema,
    async (viewer, input) => {
      const eventId = options.eventOf ? await options.eventOf(input) : (input as { eventId: string }).eventId;
      return { viewer, ...(await eventAccess(viewer, eventId, permission)) };
    },
    handler,
    options,
  );
}

/** On the diagnostic named by `input.diagnosticId`; `permission: null` reads with membership only. */
export function diagnosticAction<S extends z.ZodType, T>(
  schema: S,
  permission: Permission | null,
  handler: (context: DiagnosticContext<z.output<S>>) => Promise<T>,
  options?: ActionOptions,
) {
  return wrap(
    schema,
    async (viewer, input) => ({ viewer, ...(await diagnosticAccess(viewer, (input as { diagnosticId: string }).diagnosticId, permission)) }),
    handler,
    options,
  );
}

