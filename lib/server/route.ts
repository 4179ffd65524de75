import 'server-only';
import { z } from 'zod';
import type { Permission } from '@/lib/domain/access/permissions';
import { diagnosticAccess, eventAccess, getViewer, organisationAccess, type EventRef, type MembershipView, type Viewer } from '@/lib/server/authz';
import { forbidden, notFound, SafeError, unauthenticated } from '@/lib/server/errors';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '@/lib/server/database-unavailable';

export const HTTP_STATUS: Record<SafeError['code'], number> = {
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'rate-limited': 429,
  invalid: 400,
  unavailable: 503,
  'too-large': 413,
};

/** The response of a route handler that failed: a safe French message, or a generic one logged. */
export function routeErrorResponse(error: unknown): Response {
  if (error instanceof SafeError) return Response.json({ error: error.message }, { status: HTTP_STATUS[error.code] });
  if (error instanceof z.ZodError) {
    return Response.json({ error: 'Requête invalide.', fieldErrors: z.flattenError(error).fieldErrors }, { status: 400 });
  }
  if (isDatabaseUnavailable(error)) return Response.json({ error: DATABASE_UNAVAILABLE_MESSAGE }, { status: 503, headers: { 'Retry-After': '5' } });
  console.error(error);
  return Response.json({ error: 'Une erreur inattendue est survenue.' }, { status: 500 });
}

/**
 * Route handlers that change data answer only this site's pages, as Next does for server actions:
 * the Origin a browser sends must name this host (behind a proxy, the forwarded one); a request
 * without Origin passes only when the browser says it is same-origin (Sec-Fetch-Site).
 */
export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get('origin');
  if (origin === null) {
    if (request.headers.get('sec-fetch-site') !== 'same-origin') throw forbidden();
    return;
  }
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? new URL(request.url).host;
  if (!URL.canParse(origin) || new URL(origin).host !== host) throw forbidden();
}

/*
 * The route-handler side of the mutation path (see lib/server/action.ts): the wrapper checks the
 * Origin of a mutating request, resolves the viewer once, parses the route's params with zod (a
 * malformed id — not a UUID, a null byte — is "not found", never a 500), authorizes, runs the
 * handler and turns failures into French JSON with the status of their code.
 */

/** The segments a route receives, as Next hands them. */
type SegmentParams = Record<string, string | string[] | undefined>;
export type RouteHandler = (request: Request, context?: { params: Promise<SegmentParams> }) => Promise<Response>;

/** An id in the address: a UUID, else the resource is simply not found. */
export const idParam = z.uuid();
/** A public event's slug as slugify writes it (lib/domain/text/slug.ts). */
export const slugParam = z.string().max(200).regex(/^[a-z0-9-]+$/);

export type RouteOptions = {
  /** A route that changes data answers only this site's pages (assertSameOrigin). */
  mutates?: boolean;
};

type Base<P> = { request: Request; params: P };

function handle<S extends z.ZodType<object>, C>(
  paramsSchema: S,
  authorize: ((viewer: Viewer, params: z.output<S>) => Promise<C>) | null,
  handler: (context: C & Base<z.output<S>>) => Promise<Response>,
  options: RouteOptions,
): RouteHandler {
  return async (request, context) => {
    try {
      if (options.mutates) assertSameOrigin(request);
      const viewer = authorize ? await getViewer() : null;
      if (authorize && !viewer) throw unauthenticated();
      const parsed = paramsSchema.safeParse((await context?.params) ?? {});
      if (!parsed.success) throw notFound();
      const params = parsed.data;
      const granted = authorize && viewer ? await authorize(viewer, params) : ({} as C);
      return await handler({ ...granted, request, params });
    } catch (error) {
      return routeErrorResponse(error);
    }
  };
}

const noParams = z.object({});

/** No account needed: say why at the call (a published programme, a bilan's read-only link…). */
export function publicRoute<S extends z.ZodType<object> = typeof noParams>(
  handler: (context: Base<z.output<S>>) => Promise<Response>,
  options: RouteOptions & { params?: S } = {},
): RouteHandler {
  return handle((options.params ?? noParams) as S, null, handler, options);
}

/** Signed in, whatever the organisation (public reference data, a bilan shared with a funder…). */
export function userRoute<S extends z.ZodType<object> = typeof noParams>(
  handler: (context: Base<z.output<S>> & { viewer: Viewer }) => Promise<Response>,
  options: RouteOptions & { params?: S } = {},
): RouteHandler {
  return handle((options.params ?? noParams) as S, async (viewer) => ({ viewer }), handler, options);
}

/** On the organisation the person works in now (the switcher's), with `permission` there: 403 otherwise. */
export function organisationRoute<S extends z.ZodType<object> = typeof noParams>(
  permission: Permission | null,
  handler: (context: Base<z.output<S>> & { viewer: Viewer; membership: MembershipView }) => Promise<Response>,
  options: RouteOptions & { params?: S } = {},
): RouteHandler {
  return handle(
    (options.params ?? noParams) as S,
    async (viewer) => ({ viewer, membership: organisationAccess(viewer, viewer.current.organisationId, permission) }),
    handler,
    options,
  );
}

const eventParams = z.object({ id: idParam });
type EventParams = z.output<typeof eventParams>;

/** On the event of the address (`[id]`), with `permission` there: 404 when not visible, 403 when not allowed. */
export function eventRoute<S extends z.ZodType<object> = typeof eventParams>(
  permission: Permission,
  handler: (context: Base<z.output<S> & EventParams> & { viewer: Viewer; membership: MembershipView; event: EventRef }) => Promise<Response>,
  options: RouteOptions & { params?: S } = {},
): RouteHandler {
  const schema = options.params ? z.intersection(eventParams, options.params) : eventParams;
  return handle(
    schema as z.ZodType<z.output<S> & EventParams>,
    async (viewer, params) => ({ viewer, ...(await eventAccess(viewer, params.id, permission)) }),
    handler,
    options,
  );
}

/** On the diagnostic of the address (`[id]`), reached through its organisation: 404 for anyone else. */
export function diagnosticRoute(
  permission: Permission | null,
  handler: (context: Base<EventParams> & { viewer: Viewer; membership: MembershipView; diagnosticId: string }) => Promise<Response>,
  options: RouteOptions = {},
): RouteHandler {
  return handle(
    eventParams,
    async (viewer, params) => {
      const { membership, diagnostic } = await diagnosticAccess(viewer, params.id, permission);
      return { viewer, membership, diagnosticId: diagnostic.id };
    },
    handler,
    options,
  );
}
